import type { ReviewAction } from '../collections/Materials/workflow/states'
import { formatDate } from '../vocabulary'
import { type Mail, type MailPart, composeMail } from './mailText'

export type ReviewStep = {
  action: ReviewAction
  title: string
  /** Who took the action, as the review history names them. */
  actor: string
  unitName: string
  comment: string
  adminUrl: string
  publicUrl: string
  accountUrl: string
  /** Approved ahead of its valid-from date: published on that day, not now. */
  validFrom: string | null
}

const FOOTER = (accountUrl: string): string =>
  `Thư tự động từ Thư viện tuyên truyền DVCTT. Bạn nhận thư này vì tài khoản của bạn đang bật «Nhận thư thông báo»; để thôi nhận, bỏ chọn mục đó tại ${accountUrl}`

function body(step: ReviewStep): { subject: string; parts: MailPart[] } {
  const quoted = step.comment ? [{ quote: step.comment }] : []
  if (step.action === 'submit')
    return {
      subject: `[Chờ duyệt] ${step.title}`,
      parts: [
        `${step.actor} vừa gửi duyệt tài liệu «${step.title}» của ${step.unitName}.`,
        ...(step.comment ? ['Lời nhắn kèm theo:', ...quoted] : []),
        'Xem và duyệt (hoặc trả lại kèm ý kiến) trong trang quản trị:',
        { link: step.adminUrl },
      ],
    }
  if (step.action === 'return')
    return {
      subject: `[Trả lại] ${step.title}`,
      parts: [
        `${step.actor} đã trả lại tài liệu «${step.title}» để bạn sửa, với ý kiến:`,
        ...quoted,
        'Sửa tài liệu rồi bấm «Gửi duyệt» lại trong trang quản trị:',
        { link: step.adminUrl },
      ],
    }
  const when = step.validFrom
    ? `Tài liệu sẽ tự xuất bản vào ngày hiệu lực ${formatDate(step.validFrom)}, tại địa chỉ:`
    : 'Tài liệu đã được xuất bản và sẽ có trên trang công khai trong vài phút, tại địa chỉ:'
  return {
    subject: `[Đã duyệt] ${step.title}`,
    parts: [
      `${step.actor} đã duyệt tài liệu «${step.title}».`,
      ...(step.comment ? ['Ý kiến của người duyệt:', ...quoted] : []),
      when,
      { link: step.publicUrl },
      'Trang quản trị của tài liệu:',
      { link: step.adminUrl },
    ],
  }
}

/** The Vietnamese notification of one review step (subject, plain text and HTML). */
export function reviewMail(step: ReviewStep): Mail {
  const { subject, parts } = body(step)
  return composeMail(subject, parts, FOOTER(step.accountUrl))
}
