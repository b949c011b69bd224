import { usageDay } from '../usage/day'

/** A counter day as usage-counts stores it: 'YYYY-MM-DD', the calendar day in Asia/Ho_Chi_Minh. */
export type Day = string

/** The periods the usage views offer. */
export const USAGE_PERIODS = [
  { value: 'last30', label: '30 ngày qua' },
  { value: 'thisYear', label: 'Năm nay' },
  { value: 'lastYear', label: 'Năm trước' },
] as const

export type UsagePeriod = (typeof USAGE_PERIODS)[number]['value']

export interface DayRange {
  /** First day counted, inclusive. */
  from: Day
  /** Last day counted, inclusive. */
  to: Day
}

/** The day `at` falls on in Vietnam (the counters' own rule). */
export const vietnamDay = (at: Date): Day => usageDay(at)

/** `day` moved by `days` calendar days (negative: back). */
export function addDays(day: Day, days: number): Day {
  const date = new Date(`${day}T00:00:00Z`)
  date.setUTCDate(date.getUTCDate() + days)
  return date.toISOString().slice(0, 10)
}

/** The last 30 days: today in Vietnam and the 29 days before it. */
export function last30Days(at: Date): DayRange {
  const today = vietnamDay(at)
  return { from: addDays(today, -29), to: today }
}

/** The whole of a period's days, even those still to come this year (nothing is counted there yet). */
export function periodRange(period: UsagePeriod, at: Date): DayRange {
  const year = Number(vietnamDay(at).slice(0, 4))
  if (period === 'last30') return last30Days(at)
  const shown = period === 'thisYear' ? year : year - 1
  return { from: `${shown}-01-01`, to: `${shown}-12-31` }
}

/** A period from a query string value; anything unknown is the last 30 days. */
export const parsePeriod = (value: unknown): UsagePeriod =>
  USAGE_PERIODS.some((p) => p.value === value) ? (value as UsagePeriod) : 'last30'

/** «30 ngày qua (07/11/2026 – 06/12/2026)», «Năm 2026». */
export function describeRange(period: UsagePeriod, range: DayRange): string {
  const show = (day: Day): string => `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`
  if (period === 'last30') return `30 ngày qua (${show(range.from)} – ${show(range.to)})`
  return `Năm ${range.from.slice(0, 4)}`
}
