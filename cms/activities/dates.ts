import { TIME_ZONE } from '../vocabulary'

const dayFormat = new Intl.DateTimeFormat('en-CA', {
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  timeZone: TIME_ZONE,
})

/** 'YYYY-MM-DD': the calendar day a moment falls on in Vietnam (activities are dated by day). */
export function dayInVietnam(value: string | Date): string {
  return dayFormat.format(value instanceof Date ? value : new Date(value))
}

/** The first moment of a calendar day in Vietnam (UTC+7, no daylight saving). */
export function startOfDayInVietnam(day: string): Date {
  return new Date(`${day}T00:00:00.000+07:00`)
}

/** The first moment after a calendar day in Vietnam. */
export function endOfDayInVietnam(day: string): Date {
  return new Date(startOfDayInVietnam(day).getTime() + 24 * 60 * 60 * 1000)
}
