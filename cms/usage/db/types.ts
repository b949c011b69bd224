import type { CounterEvent } from '../../vocabulary/usage'

/** A counter row's identity: one row per (day, material or procedure, event, file, host). Ids as strings. */
export interface CounterKey {
  day: string
  /** Material id, '' on a procedure's helpfulness row. */
  material: string
  /** Procedure id of a procedure page's helpfulness row, '' (or absent) otherwise. */
  procedure?: string
  event: CounterEvent
  /** Media id of the downloaded file, '' when none. */
  file: string
  /** Embedding host, '' when not an embed. */
  host: string
}

/** Counts to add to one row. */
export interface CounterIncrement extends CounterKey {
  count: number
}

/** The unique text each row carries, so an upsert can find it on every database (a NULL file breaks composite keys). */
export const counterKey = (key: CounterKey): string =>
  `${key.day}|${key.material}|${key.event}|${key.file}|${key.host}` + (key.procedure ? `|p${key.procedure}` : '')

/** Which columns a sum is grouped by. */
export type GroupColumn = 'day' | 'material' | 'procedure' | 'event' | 'host'

export interface SumQuery {
  from: string
  to: string
  by: readonly GroupColumn[]
  events?: readonly CounterEvent[]
  /** Only rows with a host ('' excluded). */
  withHost?: boolean
  /** Only these materials (ids as strings); a store may also return others, callers filter again. */
  materials?: readonly string[]
}

/** One grouped sum; absent group columns are undefined. firstDay/lastDay span the group's rows. */
export interface SumRow {
  day?: string
  material?: string
  procedure?: string
  event?: CounterEvent
  host?: string
  count: number
  firstDay: string
  lastDay: string
}

/** What the counters need of a database: atomic increments, grouped sums, and a day's embed keys. */
export interface CounterStore {
  add(increments: readonly CounterIncrement[]): Promise<void>
  sum(query: SumQuery): Promise<SumRow[]>
  /** The (host, material, event, file) keys that already have an embed row on `day`. */
  embedKeysOn(day: string): Promise<CounterKey[]>
}
