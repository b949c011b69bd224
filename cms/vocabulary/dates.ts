/** Dates are shown in Vietnam's time zone, so a date saved as local midnight is not shown as the day before. */
export const TIME_ZONE = 'Asia/Ho_Chi_Minh'

const dateFormat = new Intl.DateTimeFormat('vi-VN', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: TIME_ZONE })

/** "31/12/2025", as people in Vietnam read a date; '' for no date or an invalid one. */
export function formatDate(value: string | Date | null | undefined): string {
  if (!value) return ''
  const date = value instanceof Date ? value : new Date(value)
  return Number.isNaN(date.getTime()) ? '' : dateFormat.format(date)
}
