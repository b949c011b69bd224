import type { DayCounts } from '../usage/query'
import { type UsageFigures, emptyFigures, figuresOf } from './columns'
import type { Day, UsagePeriod } from './periods'

/** One bar of the chart: a day (last 30 days) or a month (a year). */
export interface SeriesPoint {
  key: string
  label: string
  figures: UsageFigures
}

const dayLabel = (day: Day): string => `${day.slice(8, 10)}/${day.slice(5, 7)}`

/** Days as they come (last 30 days), or summed by month (a year: twelve bars, empty months included). */
export function usageSeries(period: UsagePeriod, days: readonly DayCounts[]): SeriesPoint[] {
  if (period === 'last30')
    return days.map(({ day, counts }) => ({ key: day, label: dayLabel(day), figures: figuresOf(counts) }))
  const year = days[0]?.day.slice(0, 4) ?? ''
  const months = Array.from({ length: 12 }, (_, index) => ({
    key: `${year}-${String(index + 1).padStart(2, '0')}`,
    label: `Tháng ${index + 1}`,
    figures: emptyFigures(),
  }))
  for (const { day, counts } of days) {
    const month = months[Number(day.slice(5, 7)) - 1]
    if (!month) continue
    const figures = figuresOf(counts)
    for (const key of Object.keys(figures) as (keyof UsageFigures)[]) month.figures[key] += figures[key]
  }
  return months
}
