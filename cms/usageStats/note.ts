import { FLUSH_INTERVAL_MS } from '../usage/limits'

/** Said under every usage figure: what counting keeps, and what a crash can lose (the endpoint's flush window). */
export function usageNote(): string {
  const seconds = Math.round(FLUSH_INTERVAL_MS / 1000)
  return (
    'Việc đếm không lưu gì trên máy người đọc (không cookie) và không giữ địa chỉ IP hay thông tin trình duyệt của ai: ' +
    `chỉ có số lượt cộng theo ngày. Số đếm được ghi vào cơ sở dữ liệu ${seconds} giây một lần, nên nếu máy chủ ` +
    `dừng đột ngột thì có thể mất tối đa số lượt của ${seconds} giây cuối.`
  )
}
