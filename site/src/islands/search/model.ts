import type { PagefindResult } from '../pagefindApi'
import type { FacetName, Query } from '../searchQuery'

/** idle: nothing asked; loading: searching; ready: results (or none) on screen; unavailable: the index did not load. */
export type Status = 'idle' | 'loading' | 'ready' | 'unavailable'

/** Results per value of each facet, by the value's indexed label. */
export type Counts = Partial<Record<FacetName, Record<string, number>>>

/** What a finished search answered, as the island shows it. */
export interface Answer {
  query: Query
  /** Folded query words, for highlighting. */
  terms: string[]
  results: PagefindResult[]
  /** Words left out: nowhere in the index. */
  dropped: string[]
  /** Words that exist but that the first result lacks: no material has them all. */
  unmatched: string[]
  truncated: boolean
  /** Typed, but nothing searchable in it (only punctuation or symbols). */
  nothingToSearch: boolean
}

export const number = new Intl.NumberFormat('vi-VN')
