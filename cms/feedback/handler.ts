import type { PayloadRequest } from 'payload'

import { clientAddress } from '../auth/loginRateLimit'
import { FEEDBACK_FIELDS as F } from '../vocabulary/feedback'
import { parseFields, readSmallBody } from './body'
import { checkSolution } from './challenge'
import { readForm, type Submission } from './form'
import { SENT_MESSAGE, solutionMessage, ticketMessage, tooManyMessage } from './messages'
import { maskPersonalData } from './personalData'
import { CORS_HEADERS, confirm, type Reply, refuse, thanksLocation, wantsJson } from './respond'
import { storeFeedback } from './store'
import { findTarget } from './target'
import { checkText } from './text'
import { throttlePost } from './throttle'
import { checkTicket, issueTicket } from './ticket'

/** Requests without a forwarded address (straight to the CMS, no nginx) share one bucket. */
const DIRECT = 'direct'

type Proof = { ok: true; via: 'js' | 'no-js' } | { ok: false; response: Response }

/** The JS path proves work (ALTCHA); a plain form proves time (a ticket), or gets its confirmation page. */
async function prove(secret: string, reply: Reply, submission: Submission): Promise<Proof> {
  const solution = reply.fields[F.altcha]
  const ticket = reply.fields[F.ticket]
  if (reply.json || solution) {
    const check = await checkSolution(secret, solution)
    return check.ok
      ? { ok: true, via: 'js' }
      : { ok: false, response: refuse(reply, 400, solutionMessage(check.reason)) }
  }
  if (!ticket) return { ok: false, response: confirm(reply, issueTicket(secret, submission)) }
  const check = checkTicket(secret, ticket, submission)
  if (check.ok) return { ok: true, via: 'no-js' }
  if (check.reason === 'replayed') return { ok: false, response: refuse(reply, 409, ticketMessage(check)) }
  // Too early: the same ticket again; otherwise a new one for what is on the page now.
  const next = check.reason === 'early' ? ticket : issueTicket(secret, submission)
  return { ok: false, response: confirm(reply, next, ticketMessage(check)) }
}

/**
 * `POST /api/feedback` (issue 19): the only way a citizen's feedback gets in. In order: a bounded body,
 * the per-address and global limits, the honeypot, the form's shape, the text's rules (length, links;
 * abuse flagged, personal data masked), the material or procedure, the proof (work or time), then the
 * item and its contact written together. JSON in, JSON out for the page's script; a plain form gets HTML
 * pages and, once stored, a 303 back to the page, at its thank-you note.
 */
export async function handleFeedbackPost(req: PayloadRequest): Promise<Response> {
  const json = wantsJson(req.headers)
  const body = await readSmallBody(req as unknown as Request)
  if (body === undefined) return refuse({ json, fields: {} }, 413, 'Nội dung gửi quá lớn. Hãy rút gọn rồi gửi lại.')
  const fields = (await parseFields(body, req.headers.get('content-type') ?? '')) ?? {}
  const reply: Reply = { json, fields }
  const wait = await throttlePost(clientAddress(req.headers) ?? DIRECT)
  if (wait !== undefined) return refuse(reply, 429, tooManyMessage(wait), wait)
  if (fields[F.honeypot]?.trim())
    return refuse(reply, 400, 'Biểu mẫu có một ô ẩn bị điền (ô dành để chặn máy gửi tự động). Hãy xóa trắng ô đó.')
  const form = readForm(fields)
  if (!form.ok) return refuse(reply, 400, form.message)
  const { submission } = form
  const text = checkText(submission.text)
  if (!text.ok) return refuse(reply, 400, text.message)
  const target = await findTarget(req.payload, submission).catch(() => undefined)
  if (!target?.ok)
    return refuse(reply, 404, target?.message ?? 'Không tìm thấy tài liệu hoặc thủ tục này. Góp ý chưa được gửi.')
  const proof = await prove(req.payload.secret, reply, submission)
  if (!proof.ok) return proof.response
  const publicName = maskPersonalData(submission.name).masked
  try {
    await storeFeedback(req.payload, {
      submission,
      target: target.target,
      facts: text.facts,
      nameFacts: { publicName },
      via: proof.via,
    })
  } catch (error) {
    req.payload.logger.error({ err: error }, 'feedback: storing an item failed')
    return refuse(
      reply,
      500,
      'Máy chủ chưa lưu được góp ý (lỗi tạm thời). Nội dung vẫn còn; hãy thử gửi lại sau ít phút.',
    )
  }
  if (json)
    return Response.json(
      { message: SENT_MESSAGE },
      { status: 201, headers: { ...CORS_HEADERS, 'Cache-Control': 'no-store' } },
    )
  return new Response(null, {
    status: 303,
    headers: { Location: thanksLocation(submission.back, target.target.pagePath), 'Cache-Control': 'no-store' },
  })
}
