import type { SolutionCheck } from './challenge'
import type { TicketCheck } from './ticket'

/** What a citizen reads when the proof of work or time fails. */
export function solutionMessage(reason: Exclude<SolutionCheck, { ok: true }>['reason']): string {
  switch (reason) {
    case 'missing':
      return 'Thiếu bước chống thư rác. Hãy tải lại trang tài liệu rồi gửi lại góp ý.'
    case 'expired':
      return 'Bước chống thư rác đã hết hạn (quá 10 phút). Nội dung vẫn còn; hãy bấm gửi lại để làm bước mới.'
    case 'replayed':
      return 'Bước chống thư rác này đã được dùng cho một góp ý khác. Hãy tải lại trang rồi gửi lại.'
    default:
      return 'Bước chống thư rác không hợp lệ. Hãy tải lại trang tài liệu rồi gửi lại góp ý.'
  }
}

export function ticketMessage(check: Exclude<TicketCheck, { ok: true }>): string {
  switch (check.reason) {
    case 'early':
      return `Bạn bấm hơi sớm: để chống thư rác, hãy chờ thêm ${check.waitSeconds} giây rồi bấm «Gửi góp ý» lần nữa.`
    case 'expired':
      return 'Trang xác nhận đã quá 10 phút. Nội dung vẫn còn; hãy chờ vài giây rồi bấm «Gửi góp ý» trên trang mới này.'
    case 'replayed':
      return 'Góp ý này đã được gửi rồi. Nếu muốn gửi thêm, hãy quay lại trang tài liệu.'
    case 'changed':
      return 'Nội dung đã thay đổi sau bước xác nhận. Hãy đọc lại nội dung dưới đây rồi bấm «Gửi góp ý».'
    default:
      return 'Mã xác nhận không hợp lệ. Hãy đọc lại nội dung dưới đây rồi bấm «Gửi góp ý».'
  }
}

export const tooManyMessage = (seconds: number): string =>
  `Bạn đã gửi quá nhiều góp ý trong thời gian ngắn. Hãy thử lại sau ${seconds} giây. Nội dung vẫn còn dưới đây.`

export const SENT_MESSAGE =
  'Đã gửi góp ý. Cảm ơn bạn! Cơ quan phụ trách sẽ xem và trả lời; câu hỏi và câu trả lời được đăng trên trang ' +
  'sau khi trả lời (số điện thoại, số giấy tờ trong nội dung được ẩn).'
