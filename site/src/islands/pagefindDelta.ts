/**
 * The base index of the last full build merged with the delta index of the
 * pages changed since (site/publish/search.ts), made to answer as one index
 * would: stale base entries dropped from the results and from the facet
 * counts, and word scores put on the scale of the whole site.
 */
import type { PagefindApi, PagefindFilterCounts, PagefindResult, PagefindSearchResponse } from './pagefindApi'
import { idf } from './search/ranking'

/**
 * Written by incremental publishing next to a small index of the pages changed
 * since the last full build: the base index's entries for those pages (and for
 * removed ones) are stale.
 */
export interface DeltaManifest {
  index: boolean
  /** Base-index page IDs to drop from results. */
  exclude: string[]
  /** Pages in the base index, stale ones included. */
  pages?: number
  /** Page IDs of the delta index. */
  delta?: string[]
}

/**
 * Filter values of each excluded base page, which Pagefind still counts
 * (pagefind-delta/stale-filters.json). Apart from the manifest: a province-wide
 * material lists every unit, and only the facet counts need this.
 */
export type StaleFilters = Record<string, Record<string, string[]>>

/** Takes the stale pages among these results out of Pagefind's per-value counts. */
export function subtractStale(
  counts: PagefindFilterCounts | undefined,
  stale: readonly PagefindResult[],
  filters: StaleFilters | undefined,
): PagefindFilterCounts | undefined {
  if (!counts || !filters || stale.length === 0) return counts
  const out: PagefindFilterCounts = Object.fromEntries(Object.entries(counts).map(([k, v]) => [k, { ...v }]))
  for (const result of stale) {
    for (const [name, values] of Object.entries(filters[result.id] ?? {})) {
      const facet = out[name]
      if (!facet) continue
      for (const value of values) if (facet[value] !== undefined) facet[value] = Math.max(0, (facet[value] ?? 0) - 1)
    }
  }
  return out
}

/**
 * Each index scores a word with its own inverse document frequency: a word on
 * the one page of a delta index is "common" there and scores far below what
 * the same page gets after a full build. For a one-word search this multiplies
 * each score by (site-wide idf) / (its own index's idf), which is what the
 * full build computes; only Pagefind's page-length normalisation still reads
 * each index's own average.
 */
export function rescaleWordScores(
  results: readonly PagefindResult[],
  delta: DeltaManifest,
  exclude: ReadonlySet<string>,
): PagefindResult[] {
  const deltaIds = new Set(delta.delta ?? [])
  const basePages = delta.pages ?? 0
  if (!basePages || deltaIds.size === 0) return [...results]
  let baseHits = 0
  let deltaHits = 0
  let staleHits = 0
  for (const result of results) {
    if (deltaIds.has(result.id)) deltaHits += 1
    else {
      baseHits += 1
      if (exclude.has(result.id)) staleHits += 1
    }
  }
  const sitePages = basePages - exclude.size + deltaIds.size
  const site = idf(sitePages, baseHits - staleHits + deltaHits)
  const inDelta = idf(deltaIds.size, deltaHits)
  const inBase = idf(basePages, baseHits)
  return results.map((result) => {
    const own = deltaIds.has(result.id) ? inDelta : inBase
    return own > 0 ? { ...result, score: (result.score * site) / own } : result
  })
}

const oneWord = (term: string | null): term is string => term !== null && /^\S+$/.test(term.trim())

/**
 * Search with the base index's stale entries dropped: their fresh versions come
 * from the merged delta index. The stale pages' filter values are fetched with
 * the filter indexes (`filters()`, which the facet counts call first), not before
 * the first results.
 */
export function withoutExcluded(
  api: PagefindApi,
  delta: DeltaManifest | null,
  loadStaleFilters: () => Promise<StaleFilters | undefined> = async () => undefined,
): PagefindApi {
  const exclude = new Set(delta?.exclude ?? [])
  if (!delta || (exclude.size === 0 && !delta.delta?.length)) return api
  let staleFilters: StaleFilters | undefined
  return {
    ...api,
    async filters() {
      const [all, stale] = await Promise.all([
        api.filters(),
        exclude.size && !staleFilters ? loadStaleFilters() : Promise.resolve(staleFilters),
      ])
      staleFilters = stale
      return all
    },
    async search(term, options) {
      const response: PagefindSearchResponse = await api.search(term, options)
      const scaled = oneWord(term) ? rescaleWordScores(response.results, delta, exclude) : response.results
      const stale = scaled.filter((result) => exclude.has(result.id))
      const results = scaled.filter((result) => !exclude.has(result.id))
      // Sorted by date, the score is a position: keep Pagefind's order.
      if (!options?.sort && results !== response.results) results.sort((a, b) => b.score - a.score)
      return { ...response, results, filters: subtractStale(response.filters, stale, staleFilters) }
    },
  }
}
