import type { CollectionAfterChangeHook, Payload, PayloadRequest } from 'payload'

import { accountUrl, adminBase } from '../../notify/links'
import { composeMail } from '../../notify/mailText'
import { sendsEmail } from '../../notify/smtpConfig'
import type { Feedback, Unit, User } from '../../payload-types'
import { relationId } from '../../vocabulary'
import { trackMail } from './privateAnswer'

const describe = (error: unknown): string => (error instanceof Error ? error.message : String(error))

/** The unit and those above it, read on the saving request (its transaction). */
async function unitAndAncestors(req: PayloadRequest, unit: Unit['id'] | null): Promise<Unit['id'][]> {
  const chain: Unit['id'][] = []
  let current = unit
  while (current !== null && !chain.includes(current) && chain.length < 20) {
    chain.push(current)
    const found = (await req.payload.findByID({
      collection: 'units',
      id: current,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
      req,
    })) as Unit | null
    current = relationId(found?.parent) as Unit['id'] | null
  }
  return chain
}

/** The reviewers of the item's unit (or a unit above it), reviewers with no unit, and the province's editors. */
async function reviewersOf(req: PayloadRequest, unit: Unit['id'] | null, actor: User['id']): Promise<string[]> {
  const units = await unitAndAncestors(req, unit)
  const { docs } = await req.payload.find({
    collection: 'users',
    where: {
      and: [
        // Whoever has not switched «Nhận thư thông báo» off, as for the review of materials.
        { notifyByEmail: { not_equals: false } },
        { id: { not_equals: actor } },
        {
          or: [
            { role: { equals: 'editor' } },
            {
              and: [
                { role: { equals: 'reviewer' } },
                { or: [{ unit: { exists: false } }, { unit: { equals: null } }, { unit: { in: units } }] },
              ],
            },
          ],
        },
      ],
    },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { email: true },
    req,
  })
  return docs.map((user) => user.email).filter(Boolean)
}

async function send(payload: Payload, recipients: string[], mail: { subject: string; text: string; html: string }) {
  for (const to of recipients) {
    try {
      await payload.sendEmail({ to, ...mail })
    } catch (error) {
      payload.logger.error(
        `Không gửi được thư báo câu trả lời góp ý chờ duyệt tới ${to}: ${describe(error)}. Câu trả lời vẫn được lưu.`,
      )
    }
  }
}

function reviewMail(payload: Payload, doc: Feedback, actor: User) {
  const link = `${adminBase(payload)}/collections/feedback/${doc.id}`
  return composeMail(
    `[Chờ duyệt] Câu trả lời góp ý của người dân`,
    [
      `${actor.name || actor.email} (${doc.answeredBy ?? 'đơn vị'}) vừa viết câu trả lời cho góp ý của người dân:`,
      { quote: doc.publicText },
      'Câu trả lời:',
      { quote: doc.answer ?? '' },
      'Đọc, sửa nếu cần và bấm «Lưu» để duyệt (hoặc chọn trạng thái «Mới» để trả lại) trong trang quản trị:',
      { link },
    ],
    `Thư tự động từ Thư viện tuyên truyền DVCTT. Bạn nhận thư này vì tài khoản của bạn đang bật «Nhận thư thông báo»; để thôi nhận, bỏ chọn mục đó tại ${accountUrl(payload)}`,
  )
}

/**
 * A contributor's answer now waiting for review: the reviewers are told by e-mail, as for a material
 * sent for review (cms/notify/), when SMTP is configured. Who is read on the saving request; the
 * sending is never awaited by it.
 */
export const notifyAnswerReview: CollectionAfterChangeHook<Feedback> = async ({ doc, previousDoc, operation, req }) => {
  if (operation !== 'update' || !sendsEmail() || !req.user) return doc
  if (doc.answerState !== 'pending' || previousDoc.answerState === 'pending') return doc
  const actor = req.user as User
  const recipients = await reviewersOf(req, relationId(doc.unit) as Unit['id'] | null, actor.id)
  if (recipients.length > 0) trackMail(send(req.payload, recipients, reviewMail(req.payload, doc, actor)))
  return doc
}
