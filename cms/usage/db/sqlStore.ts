import type { Payload } from 'payload'

import { sqlOn } from '../../lib/migrate/sqlClient'
import type { CounterEvent } from '../../vocabulary/usage'
import { EMBED_EVENTS } from '../../vocabulary/usage'
import { type CounterIncrement, type CounterKey, type CounterStore, counterKey, type SumRow } from './types'

const TABLE = 'usage_counts'
/** Rows per INSERT statement: well under SQLite's and PostgreSQL's parameter limits. */
const BATCH = 200
/** Ids in one `IN (…)`: far under SQLite's 32,766 and PostgreSQL's 65,535 parameters. */
const MAX_IN_LIST = 5000
const COLUMNS = {
  day: 'day',
  material: 'material_id',
  procedure: 'procedure_id',
  event: 'event',
  host: 'host',
} as const

const text = (value: unknown): string => (value === null || value === undefined ? '' : String(value))

/**
 * SQLite and PostgreSQL: `count = count + excluded.count` on the unique key, one statement per batch,
 * so two CMS processes flushing the same row both land (the database serialises the increments).
 */
export function sqlCounterStore(payload: Payload, dialect: 'sqlite' | 'postgres'): CounterStore {
  const sql = sqlOn(payload, dialect)
  const now = dialect === 'sqlite' ? `strftime('%Y-%m-%dT%H:%M:%fZ', 'now')` : 'now()'
  const eventCast = dialect === 'postgres' ? '::enum_usage_counts_event' : ''
  return {
    async add(increments) {
      for (let start = 0; start < increments.length; start += BATCH) {
        const batch = increments.slice(start, start + BATCH)
        const values = batch.map(() => `(?, ?, ?, ?, ?${eventCast}, ?, ?, ?, ${now}, ${now})`).join(', ')
        const args = batch.flatMap((row: CounterIncrement) => [
          counterKey(row),
          row.day,
          row.material === '' ? null : Number(row.material),
          row.procedure ? Number(row.procedure) : null,
          row.event,
          row.file === '' ? null : Number(row.file),
          row.host,
          row.count,
        ])
        await sql(
          `INSERT INTO ${TABLE} ("key", day, material_id, procedure_id, event, file_id, host, count, updated_at, created_at) ` +
            `VALUES ${values} ON CONFLICT ("key") DO UPDATE SET count = ${TABLE}.count + excluded.count, updated_at = ${now}`,
          args,
        )
      }
    },
    async sum({ from, to, by, events, withHost, materials }) {
      const groups = by.map((column) => COLUMNS[column])
      const where = ['day >= ?', 'day <= ?']
      const args: unknown[] = [from, to]
      if (events?.length) {
        where.push(`event IN (${events.map(() => '?').join(', ')})`)
        args.push(...events)
      }
      if (withHost) where.push(`host <> ''`)
      // Numbers only (SQL ids); a list too long for one statement is filtered by the caller.
      const ids = materials?.filter((id) => /^\d+$/.test(id)) ?? []
      if (materials && ids.length === materials.length && ids.length > 0 && ids.length <= MAX_IN_LIST) {
        where.push(`material_id IN (${ids.map(() => '?').join(', ')})`)
        args.push(...ids.map(Number))
      }
      const select = [...groups, 'SUM(count) AS total', 'MIN(day) AS first_day', 'MAX(day) AS last_day']
      const rows = await sql(
        `SELECT ${select.join(', ')} FROM ${TABLE} WHERE ${where.join(' AND ')}` +
          (groups.length ? ` GROUP BY ${groups.join(', ')}` : ''),
        args,
      )
      return rows
        .filter((row) => row.total !== null)
        .map(
          (row): SumRow => ({
            day: by.includes('day') ? text(row.day) : undefined,
            material: by.includes('material') ? text(row.material_id) : undefined,
            procedure: by.includes('procedure') ? text(row.procedure_id) : undefined,
            event: by.includes('event') ? (text(row.event) as CounterEvent) : undefined,
            host: by.includes('host') ? text(row.host) : undefined,
            count: Number(row.total),
            firstDay: text(row.first_day),
            lastDay: text(row.last_day),
          }),
        )
    },
    async embedKeysOn(day) {
      const rows = await sql(
        `SELECT material_id, event, file_id, host FROM ${TABLE} WHERE day = ? AND event IN (?, ?) AND host <> ''`,
        [day, ...EMBED_EVENTS],
      )
      return rows.map(
        (row): CounterKey => ({
          day,
          material: text(row.material_id),
          event: text(row.event) as CounterEvent,
          file: text(row.file_id),
          host: text(row.host),
        }),
      )
    },
  }
}
