import type { UsageEvent } from '../vocabulary/usage'

/**
 * The figures the usage views show side by side. Embed loads of the iframe page and of the widget are
 * one figure («Tải khung nhúng»); the material's panel lists them by host.
 */
export const USAGE_COLUMNS = [
  { key: 'view', label: 'Xem trang', events: ['view'] },
  { key: 'download', label: 'Tải tệp', events: ['download'] },
  { key: 'play', label: 'Bắt đầu phát', events: ['play'] },
  { key: 'play75', label: 'Phát đến 75 %', events: ['play75'] },
  { key: 'embed', label: 'Tải khung nhúng', events: ['embed-page', 'embed-widget'] },
  { key: 'qr', label: 'Quét mã QR', events: ['qr'] },
] as const satisfies readonly { key: string; label: string; events: readonly UsageEvent[] }[]

export type UsageColumn = (typeof USAGE_COLUMNS)[number]['key']

/** One figure per column, and their sum. */
export type UsageFigures = Record<UsageColumn, number> & { total: number }

const columnOfEvent = new Map<string, UsageColumn>(
  USAGE_COLUMNS.flatMap((column) => column.events.map((event) => [event, column.key] as const)),
)

export const emptyFigures = (): UsageFigures => ({
  view: 0,
  download: 0,
  play: 0,
  play75: 0,
  embed: 0,
  qr: 0,
  total: 0,
})

/** Adds `count` events of kind `event` to `figures` (an unknown event is ignored). */
export function addEvent(figures: UsageFigures, event: string, count: number): void {
  const column = columnOfEvent.get(event)
  if (!column) return
  figures[column] += count
  figures.total += count
}

/** Figures from counts per event (as cms/usage/query.ts sums them). */
export function figuresOf(counts: Partial<Record<string, number>>): UsageFigures {
  const figures = emptyFigures()
  for (const [event, count] of Object.entries(counts)) addEvent(figures, event, count ?? 0)
  return figures
}

/** Vietnamese digit grouping: 1234567 → «1.234.567». */
const numberFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 })
export const formatCount = (value: number): string => numberFormat.format(value)
