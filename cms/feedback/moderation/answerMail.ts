import { composeMail } from '../../notify/mailText'
import { formatDate } from '../../vocabulary'

export interface AnswerMailInput {
  /** «tài liệu «…»» or «thủ tục «…»». */
  about: string
  askedAt: string
  /** The question as published (personal data masked): the mail may be read by others than the sender. */
  question: string
  answer: string
  answeredBy: string
  /** The page where the answer is public; null for a private answer. */
  publicUrl: string | null
  deleteAfter: string
}

const FOOTER =
  'Thư tự động từ Thư viện tuyên truyền dịch vụ công trực tuyến. Thư này không nhận thư trả lời; muốn hỏi thêm, hãy gửi góp ý mới trên trang tài liệu.'

/** The private answer to a citizen who left an e-mail address (Vietnamese, plain text). */
export function answerMail(input: AnswerMailInput): { subject: string; text: string } {
  const { text } = composeMail(
    `Trả lời góp ý của bạn về ${input.about}`,
    [
      'Xin chào bạn,',
      `Ngày ${formatDate(input.askedAt)} bạn đã gửi góp ý về ${input.about}:`,
      { quote: input.question },
      `${input.answeredBy} trả lời:`,
      { quote: input.answer },
      ...(input.publicUrl
        ? ['Câu hỏi (đã ẩn thông tin cá nhân) và câu trả lời cũng được đăng công khai tại:', { link: input.publicUrl }]
        : []),
      `Địa chỉ thư của bạn chỉ được dùng để gửi câu trả lời này và sẽ bị xóa khỏi hệ thống sau ngày ${formatDate(input.deleteAfter)}.`,
    ],
    FOOTER,
  )
  return { subject: `Trả lời góp ý của bạn về ${input.about}`, text }
}
