import {
  FEEDBACK_FIELDS as F,
  FEEDBACK_KINDS,
  FEEDBACK_PATH,
  FEEDBACK_TEXT_MAX,
  FEEDBACK_TEXT_MIN,
} from '../vocabulary/feedback'
import { TICKET_MIN_AGE_SECONDS } from './limits'

/*
 * The no-JS path's pages, rendered by the CMS in Vietnamese: the confirmation step (with the ticket,
 * ./ticket.ts) and every refusal (with what was typed kept, a way to send again and a way back).
 * Plain HTML with a few lines of inline style, no script, no cookie; every value escaped.
 */

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c)

const STYLE =
  'body{font:17px/1.5 system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}' +
  'blockquote{white-space:pre-wrap;border-left:4px solid #0b5394;margin:1rem 0;padding:.5rem 1rem;background:#f3f6fa}' +
  'textarea,input[type=text]{width:100%;font:inherit;box-sizing:border-box}button{font:inherit;padding:.5rem 1.25rem}' +
  '.loi{border:2px solid #b00020;padding:.75rem 1rem;background:#fdecee}label{display:block;margin-top:1rem}'

function page(title: string, body: string): string {
  return (
    `<!doctype html><html lang="vi"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex">` +
    `<title>${escapeHtml(title)} · Thư viện tuyên truyền DVCTT</title><style>${STYLE}</style></head>` +
    `<body><main><h1>${escapeHtml(title)}</h1>${body}</main></body></html>`
  )
}

const hidden = (name: string, value: string): string =>
  value ? `<input type="hidden" name="${name}" value="${escapeHtml(value)}">` : ''

const backLink = (back: string): string =>
  `<p><a href="${escapeHtml(back || '/')}">← Quay lại trang ${back ? 'tài liệu' : 'chủ'}</a></p>`

const kindLabel = (kind: string): string =>
  FEEDBACK_KINDS.find((entry) => entry.value === kind)?.label.vi ?? FEEDBACK_KINDS[0].label.vi

/** Step 1 of the no-JS path: what will be sent, the ticket, and «Gửi góp ý». */
export function confirmPage(fields: Record<string, string>, ticket: string, note = ''): string {
  const keep = [F.material, F.procedure, F.kind, F.text, F.name, F.contact, F.consent, F.back]
    .map((name) => hidden(name, fields[name] ?? ''))
    .join('')
  const contact = fields[F.contact]
    ? `<p>Trả lời riêng qua: <strong>${escapeHtml(fields[F.contact] ?? '')}</strong> (không công khai).</p>`
    : ''
  return page(
    'Xác nhận gửi góp ý',
    (note ? `<p class="loi" role="alert">${escapeHtml(note)}</p>` : '') +
      `<p>Loại: <strong>${escapeHtml(kindLabel(fields[F.kind] ?? ''))}</strong></p>` +
      `<blockquote>${escapeHtml(fields[F.text] ?? '')}</blockquote>` +
      (fields[F.name] ? `<p>Tên hoặc thôn, bản: <strong>${escapeHtml(fields[F.name] ?? '')}</strong></p>` : '') +
      contact +
      `<p>Để chống thư rác, trang này cần vài giây: hãy đọc lại nội dung, chờ ít nhất ${TICKET_MIN_AGE_SECONDS} giây ` +
      `rồi bấm «Gửi góp ý». Câu hỏi chỉ được đăng công khai sau khi cơ quan trả lời; số điện thoại, số giấy tờ ` +
      `trong nội dung sẽ được ẩn.</p>` +
      `<form method="post" action="${FEEDBACK_PATH}">${keep}${hidden(F.ticket, ticket)}` +
      `<button type="submit">Gửi góp ý</button></form>` +
      backLink(fields[F.back] ?? ''),
  )
}

/** A refusal on the no-JS path: the reason, the form with what was typed, and the way back. */
export function refusalPage(message: string, fields: Record<string, string>): string {
  const keep = [F.material, F.procedure, F.kind, F.back].map((name) => hidden(name, fields[name] ?? '')).join('')
  const consented = fields[F.consent] ? ' checked' : ''
  return page(
    'Góp ý chưa được gửi',
    `<p class="loi" role="alert">${escapeHtml(message)}</p>` +
      `<p>Nội dung bạn đã viết vẫn còn dưới đây: sửa nếu cần rồi bấm «Gửi lại».</p>` +
      `<form method="post" action="${FEEDBACK_PATH}">${keep}` +
      `<label for="text">Nội dung (${FEEDBACK_TEXT_MIN}–${FEEDBACK_TEXT_MAX.toLocaleString('vi-VN')} ký tự)</label>` +
      `<textarea id="text" name="${F.text}" rows="8" maxlength="${FEEDBACK_TEXT_MAX}" required>` +
      `${escapeHtml(fields[F.text] ?? '')}</textarea>` +
      `<label for="name">Tên hoặc thôn, bản (không bắt buộc)</label>` +
      `<input type="text" id="name" name="${F.name}" value="${escapeHtml(fields[F.name] ?? '')}">` +
      `<label for="contact">Số điện thoại hoặc thư điện tử, chỉ khi muốn được trả lời riêng (không công khai)</label>` +
      `<input type="text" id="contact" name="${F.contact}" value="${escapeHtml(fields[F.contact] ?? '')}">` +
      `<label><input type="checkbox" name="${F.consent}" value="on"${consented}> Tôi đồng ý để cơ quan lưu số điện ` +
      `thoại hoặc thư điện tử này để trả lời riêng; nó sẽ bị xóa 90 ngày sau khi trả lời.</label>` +
      `<p><button type="submit">Gửi lại</button></p></form>` +
      backLink(fields[F.back] ?? ''),
  )
}

export const htmlResponse = (html: string, status = 200, headers: Record<string, string> = {}): Response =>
  new Response(html, {
    status,
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', ...headers },
  })
