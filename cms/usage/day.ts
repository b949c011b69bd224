import { TIME_ZONE } from '../vocabulary/dates'

const DAY = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' })

/** The counting day of an instant: 'YYYY-MM-DD' in Asia/Ho_Chi_Minh (UTC+7, no daylight saving). */
export const usageDay = (at: Date): string => DAY.format(at)

/** True for a well-formed 'YYYY-MM-DD'. */
export const isUsageDay = (value: unknown): value is string =>
  typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`))

/** Every day from `from` to `to`, inclusive (calendar days; at most ~10 years, to bound a typo's cost). */
export function daysBetween(from: string, to: string): string[] {
  const days: string[] = []
  const cursor = new Date(`${from}T00:00:00Z`)
  const end = new Date(`${to}T00:00:00Z`)
  while (cursor <= end && days.length < 3700) {
    days.push(cursor.toISOString().slice(0, 10))
    cursor.setUTCDate(cursor.getUTCDate() + 1)
  }
  return days
}
