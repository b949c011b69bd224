import {
  FEEDBACK_CONTACT_MAX,
  FEEDBACK_FIELDS as F,
  FEEDBACK_KINDS,
  FEEDBACK_NAME_MAX,
  type FeedbackKind,
} from '../vocabulary/feedback'
import { isContact } from './personalData'
import { cleanText } from './text'

/** What the form says, checked for shape (not yet for the text's rules or the target's existence). */
export interface Submission {
  target: { collection: 'materials' | 'procedures'; id: string }
  kind: FeedbackKind
  text: string
  name: string
  contact: string
  /** The page to go back to (a path on the site), when the form gave a sound one. */
  back: string
}

export type FormCheck = { ok: true; submission: Submission } | { ok: false; message: string }

/** An id as the adapters give them: a positive integer (SQL) or a 24-hex ObjectId (MongoDB). */
const ID = /^(?:[1-9]\d{0,15}|[0-9a-f]{24})$/
const KINDS = new Set<string>(FEEDBACK_KINDS.map(({ value }) => value))
/** A root-relative path on the site: no scheme, no host, no «//», nothing to break out of an attribute. */
const PAGE_PATH = /^\/(?!\/)[\p{L}\p{N}\-._~%/]{0,300}$/u
const YES = new Set(['on', 'true', '1', 'yes', 'co', 'có'])

const refuse = (message: string): FormCheck => ({ ok: false, message })

export const isPagePath = (path: string): boolean => PAGE_PATH.test(path) && !path.includes('..')

/** Reads the posted fields (FEEDBACK_FIELDS, cms/vocabulary/feedback.ts), each refusal in Vietnamese. */
export function readForm(fields: Record<string, string>): FormCheck {
  const material = fields[F.material]?.trim() ?? ''
  const procedure = fields[F.procedure]?.trim() ?? ''
  if (Boolean(material) === Boolean(procedure))
    return refuse('Góp ý phải gắn với đúng một tài liệu hoặc một thủ tục. Hãy gửi lại từ trang tài liệu.')
  const id = material || procedure
  if (!ID.test(id)) return refuse('Mã tài liệu hoặc thủ tục không hợp lệ. Hãy gửi lại từ trang tài liệu.')
  const kind = fields[F.kind]?.trim() || 'question'
  if (!KINDS.has(kind)) return refuse('Loại góp ý không hợp lệ: chọn «Hỏi / góp ý» hoặc «Báo nội dung sai, cũ».')
  const name = cleanText(fields[F.name] ?? '').replace(/\s+/g, ' ')
  if ([...name].length > FEEDBACK_NAME_MAX)
    return refuse(`Tên hoặc thôn, bản quá dài (tối đa ${FEEDBACK_NAME_MAX} ký tự).`)
  const contact = cleanText(fields[F.contact] ?? '')
  if (contact) {
    if ([...contact].length > FEEDBACK_CONTACT_MAX || !isContact(contact))
      return refuse('Số điện thoại hoặc địa chỉ thư điện tử không đúng dạng (ví dụ 0912 345 678 hoặc ten@gmail.com).')
    if (!YES.has((fields[F.consent] ?? '').trim().toLowerCase()))
      return refuse('Để được trả lời riêng, hãy đánh dấu ô đồng ý cho cơ quan lưu số điện thoại hoặc thư điện tử.')
  }
  const back = fields[F.back]?.trim() ?? ''
  return {
    ok: true,
    submission: {
      target: { collection: material ? 'materials' : 'procedures', id },
      kind: kind as FeedbackKind,
      text: cleanText(fields[F.text] ?? ''),
      name,
      contact,
      back: isPagePath(back) ? back : '',
    },
  }
}
