import type { Payload } from 'payload'

import type { DocId } from '../vocabulary/ids'
import { EMBED_EVENTS, type UsageEvent } from '../vocabulary/usage'
import { type UsageFigures, addEvent, emptyFigures } from './columns'
import { daysBetween } from '../usage/day'
import { type Day, type DayRange, last30Days, periodRange, vietnamDay } from './periods'
import { readCounts } from './readCounts'

type Period = { inLast30: boolean; inYear: boolean }

/** A breakdown line (one downloaded file, one embedding host) over both periods. */
export interface UsageLine {
  key: string
  label: string
  last30: number
  year: number
}

/** What GET /api/materials/:id/usage answers: the material's counts, as its edit view shows them. */
export interface MaterialUsage {
  last30: DayRange & { figures: UsageFigures }
  year: DayRange & { figures: UsageFigures }
  downloads: UsageLine[]
  embedHosts: UsageLine[]
  /** One entry per day of the last 30 days, oldest first, days without counts included. */
  daily: { day: Day; figures: UsageFigures }[]
}

function addLine(lines: Map<string, UsageLine>, key: string, count: number, period: Period): void {
  const line = lines.get(key) ?? { key, label: key, last30: 0, year: 0 }
  if (period.inYear) line.year += count
  if (period.inLast30) line.last30 += count
  lines.set(key, line)
}

const byYearThenLabel = (a: UsageLine, b: UsageLine): number =>
  b.year - a.year || b.last30 - a.last30 || a.label.localeCompare(b.label, 'vi')

/** File names for the downloads' media ids (a file since deleted keeps its number). */
async function nameFiles(payload: Payload, lines: UsageLine[]): Promise<void> {
  if (lines.length === 0) return
  const { docs } = await payload.find({
    collection: 'media',
    where: { id: { in: lines.map((line) => line.key) } },
    depth: 0,
    pagination: false,
    select: { filename: true },
  })
  const names = new Map(docs.map((doc) => [String(doc.id), doc.filename ?? '']))
  for (const line of lines) line.label = names.get(line.key) || `Tệp đã xóa (mã ${line.key})`
}

/**
 * A material's usage for the last 30 days and for this calendar year (both in Vietnam's time zone, up
 * to today), per file downloaded and per embedding host, with the last 30 days day by day.
 */
export async function materialUsage(payload: Payload, material: DocId, at: Date): Promise<MaterialUsage> {
  const last30 = last30Days(at)
  const year = { from: periodRange('thisYear', at).from, to: vietnamDay(at) }
  const from = [last30.from, year.from].sort()[0] ?? year.from
  const rows = await readCounts(payload, { from, to: year.to }, [material])

  const figures30 = emptyFigures()
  const figuresYear = emptyFigures()
  const byDay = new Map(daysBetween(last30.from, last30.to).map((day) => [day, emptyFigures()]))
  const downloads = new Map<string, UsageLine>()
  const hosts = new Map<string, UsageLine>()
  for (const row of rows) {
    // In early January the last 30 days reach into last year, which «this year» leaves out.
    const period = { inLast30: row.day >= last30.from, inYear: row.day >= year.from }
    if (period.inLast30) {
      addEvent(figures30, row.event, row.count)
      const day = byDay.get(row.day)
      if (day) addEvent(day, row.event, row.count)
    }
    if (period.inYear) addEvent(figuresYear, row.event, row.count)
    if (row.event === 'download' && row.file) addLine(downloads, row.file, row.count, period)
    if (EMBED_EVENTS.includes(row.event as UsageEvent) && row.host) addLine(hosts, row.host, row.count, period)
  }
  const downloadLines = [...downloads.values()]
  await nameFiles(payload, downloadLines)
  return {
    last30: { ...last30, figures: figures30 },
    year: { ...year, figures: figuresYear },
    downloads: downloadLines.sort(byYearThenLabel),
    embedHosts: [...hosts.values()].sort(byYearThenLabel),
    daily: [...byDay].map(([day, figures]) => ({ day, figures })),
  }
}
