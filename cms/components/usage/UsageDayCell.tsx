'use client'

import type { DefaultCellComponentProps } from 'payload'

/** The counters list's day column: «06/12/2026», not the stored 'YYYY-MM-DD'. */
export function UsageDayCell({ cellData }: DefaultCellComponentProps) {
  const match = typeof cellData === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(cellData) : null
  return <span>{match ? `${match[3]}/${match[2]}/${match[1]}` : String(cellData ?? '')}</span>
}
