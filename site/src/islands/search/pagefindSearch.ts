import type { PagefindApi, PagefindFilters, PagefindResult, PagefindResultData } from '../pagefindApi'
import { type FacetName, type FacetOptions, FACETS, type Query } from '../searchQuery'
import type { Counts } from './model'

/** Pagefind filters for a query, facets by their indexed labels; values of one facet combine with OR. */
export function pagefindFilters(query: Query, options: FacetOptions, except?: FacetName): PagefindFilters {
  const filters: PagefindFilters = {}
  for (const name of FACETS) {
    if (name === except) continue
    const labels = query.facets[name].flatMap((key) => options[name].find((o) => o.key === key)?.label ?? [])
    if (labels.length) filters[name] = { any: labels }
  }
  return filters
}

/** Pagefind's sort option; absent for relevance (an explicit `undefined` changes what Pagefind returns). */
const sortOf = (query: Query): { sort?: Record<string, 'desc'> } =>
  query.sort === 'newest' ? { sort: { date: 'desc' } } : {}

export interface Found {
  results: PagefindResult[]
  /** Words left out to find anything. */
  dropped: string[]
}

/**
 * Runs Pagefind. When no material holds every word, retries without each word
 * in turn and keeps the best-scoring results, so one extra or mistyped word
 * does not leave the citizen with nothing.
 */
export async function runSearch(api: PagefindApi, text: string, query: Query, options: FacetOptions): Promise<Found> {
  const base = { filters: pagefindFilters(query, options), ...sortOf(query) }
  const response = await api.search(text || null, base)
  const words = text.split(' ').filter(Boolean)
  if (response.results.length > 0 || words.length < 2) return { results: response.results, dropped: [] }
  let best: Found = { results: [], dropped: [] }
  for (const [i, word] of words.entries()) {
    const fewer = words.filter((_, j) => j !== i).join(' ')
    const { results } = await api.search(fewer, base)
    if (results.length > best.results.length) best = { results, dropped: [word] }
  }
  return best
}

/** Counts per facet value that stay meaningful with several filters: each facet is counted with every other facet applied, not its own. */
export async function facetCounts(
  api: PagefindApi,
  text: string,
  query: Query,
  options: FacetOptions,
): Promise<Counts> {
  await api.filters()
  const counts: Counts = {}
  const sort = sortOf(query)
  const all = await api.search(text || null, { filters: pagefindFilters(query, options), ...sort })
  for (const name of FACETS) counts[name] = all.filters?.[name] ?? {}
  for (const name of FACETS) {
    if (query.facets[name].length === 0) continue
    const without = await api.search(text || null, { filters: pagefindFilters(query, options, name), ...sort })
    counts[name] = without.filters?.[name] ?? {}
  }
  return counts
}

/** Everything a result was matched on: its indexed text and its searchable metadata. */
export const matchedText = (data: PagefindResultData): string[] => [
  data.content ?? '',
  ...Object.values(data.meta).map((v) => v ?? ''),
]
