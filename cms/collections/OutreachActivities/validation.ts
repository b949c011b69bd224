import { dayInVietnam } from '../../activities/dates'
import { now } from '../../lib/clock'
import { formatDate } from '../../vocabulary'

type Sibling = { startDate?: string | null; endDate?: string | null }

const isValidDate = (value: unknown): value is string | Date =>
  (typeof value === 'string' || value instanceof Date) && !Number.isNaN(new Date(value).getTime())

/**
 * An activity records what happened: its days may not lie after today (in Vietnam).
 * Compared by calendar day, so an activity of today is accepted whatever the hour.
 */
export function validatePastDay(value: unknown, what: string): true | string {
  if (value === null || value === undefined || value === '') return true
  if (!isValidDate(value)) return `${what} không phải là một ngày hợp lệ. Hãy chọn ngày theo dạng dd/mm/yyyy.`
  const day = dayInVietnam(value)
  const today = dayInVietnam(now())
  if (day > today)
    return `${what} (${formatDate(value)}) ở tương lai. Chỉ ghi hoạt động đã diễn ra, đến hôm nay (${formatDate(now())}).`
  return true
}

export const validateStartDate = (value: unknown): true | string => {
  if (value === null || value === undefined || value === '') return 'Hãy nhập ngày bắt đầu của hoạt động.'
  return validatePastDay(value, 'Ngày bắt đầu')
}

export const validateEndDate = (value: unknown, { siblingData }: { siblingData: Sibling }): true | string => {
  const past = validatePastDay(value, 'Ngày kết thúc')
  if (past !== true || !value) return past
  const start = siblingData.startDate
  if (isValidDate(start) && dayInVietnam(value as string) < dayInVietnam(start))
    return `Ngày kết thúc (${formatDate(value as string)}) trước ngày bắt đầu (${formatDate(start)}). Hãy sửa một trong hai ngày.`
  return true
}

/** A reach figure is a count: a whole number, zero or more (empty when it does not apply). */
export function validateCount(value: unknown, what: string): true | string {
  if (value === null || value === undefined) return true
  if (typeof value !== 'number' || !Number.isFinite(value))
    return `«${what}» phải là một số (ví dụ 120). Hãy nhập lại bằng chữ số.`
  if (!Number.isInteger(value) || value < 0) return `«${what}» phải là số nguyên không âm (0, 1, 2…).`
  return true
}
