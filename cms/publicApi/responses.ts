import { ANONYMOUS_MAX_LIMIT } from './limits'

/** Payload's own error shape, `{ errors: [{ message }] }`, so clients read ours the same way. */
const errorJson = (status: number, message: string, headers: Record<string, string> = {}): Response =>
  Response.json({ errors: [{ message }] }, { status, headers })

export const badRequest = (message: string): Response => errorJson(400, message)

export function tooManyRequests(retryAfterSeconds: number, perMinute: number): Response {
  return errorJson(
    429,
    `Địa chỉ của bạn đã gửi quá nhiều yêu cầu tới API công khai (giới hạn ${perMinute} yêu cầu mỗi phút, ` +
      `cho phép dồn thêm ${Math.round(perMinute / 2)}). Hãy thử lại sau ${retryAfterSeconds} giây. ` +
      `Để lấy nhiều tài liệu, hãy đọc từng trang (limit tối đa ${ANONYMOUS_MAX_LIMIT}) thay vì gửi dồn dập; ` +
      'biên tập viên đã đăng nhập không bị giới hạn này.',
    { 'Retry-After': String(retryAfterSeconds) },
  )
}
