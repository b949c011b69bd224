import { dayInVietnam } from '../activities/dates'

/** Days of the week as stored (ISO order, Monday first) and as a station reads them. */
export const WEEKDAYS = [
  { value: 'mon', label: 'Thứ Hai' },
  { value: 'tue', label: 'Thứ Ba' },
  { value: 'wed', label: 'Thứ Tư' },
  { value: 'thu', label: 'Thứ Năm' },
  { value: 'fri', label: 'Thứ Sáu' },
  { value: 'sat', label: 'Thứ Bảy' },
  { value: 'sun', label: 'Chủ nhật' },
] as const

export type Weekday = (typeof WEEKDAYS)[number]['value']

/** What decides whether a schedule plays on a day. */
export interface ScheduleDays {
  weekdays?: readonly string[] | null
  dates?: readonly { date?: string | null }[] | null
  validFrom?: string | null
  validUntil?: string | null
}

const WEEKDAY_BY_UTC_DAY: Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat']

/** The weekday of a 'YYYY-MM-DD' calendar day. */
export function weekdayOf(day: string): Weekday {
  return WEEKDAY_BY_UTC_DAY[new Date(`${day}T12:00:00Z`).getUTCDay()] as Weekday
}

/** True when the schedule plays on that calendar day (in Vietnam): inside from–to, on a listed weekday or date. */
export function isScheduledDay(schedule: ScheduleDays, day: string): boolean {
  if (schedule.validFrom && day < dayInVietnam(schedule.validFrom)) return false
  if (schedule.validUntil && day > dayInVietnam(schedule.validUntil)) return false
  if (schedule.weekdays?.includes(weekdayOf(day))) return true
  return Boolean(schedule.dates?.some((entry) => entry.date && dayInVietnam(entry.date) === day))
}

/** «Thứ Hai, Thứ Năm»: the weekdays in week order. */
export function weekdayNames(weekdays: readonly string[] | null | undefined): string {
  return WEEKDAYS.filter(({ value }) => weekdays?.includes(value))
    .map(({ label }) => label)
    .join(', ')
}
