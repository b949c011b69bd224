import type {
  PagefindApi,
  PagefindFilters,
  PagefindResult,
  PagefindResultData,
  PagefindSearchResponse,
} from '../pagefindApi'
import { type FacetName, type FacetOptions, FACETS, type Query } from '../searchQuery'
import { joinDStrokeHits, withDStroke } from './dStroke'
import type { Counts } from './model'
import { keepBest, missingFromFirst, type RankedPage, rankByWords, typedPairs } from './ranking'

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
  /** Words left out to find anything (unknown to the index). */
  dropped: string[]
  /** Query words the first result does not hold: no page holds them all. */
  unmatched: string[]
  /** The query words each result holds, by result ID. */
  held: Map<string, string[]>
  /** Some results lack a word: Pagefind cannot count that union per facet. */
  partial: boolean
}

/** A ranked page as a Pagefind result: its data (excerpt) comes from its best word's result. */
function asResult(page: RankedPage, perWord: readonly Map<string, PagefindResult>[]): PagefindResult | [] {
  const lead = perWord[page.lead]?.get(page.id)
  if (!lead) return []
  const words = page.held.flatMap((w) => perWord[w]?.get(page.id)?.words ?? [])
  return { id: page.id, score: page.score, words, data: () => lead.data() }
}

/** One word's hits, its đ form's joined in when it starts with d (dStroke.ts). */
async function searchWord(api: PagefindApi, word: string, filters: PagefindFilters): Promise<PagefindSearchResponse> {
  const stroked = withDStroke(word)
  const [plain, other] = await Promise.all([
    api.search(word, { filters }),
    stroked ? api.search(stroked, { filters }) : undefined,
  ])
  return other ? { ...plain, results: joinDStrokeHits(plain.results, other.results) } : plain
}

const pageCounts = new WeakMap<PagefindApi, Promise<number>>()

/**
 * Pages in the loaded index (stale delta entries left out), to weigh each word by
 * how rare it is: once per loaded index, and without a request (the page list
 * is loaded with the index).
 */
function pageCount(api: PagefindApi): Promise<number> {
  let count = pageCounts.get(api)
  if (!count) {
    count = api.search(null).then((response) => response.results.length)
    count.catch(() => pageCounts.delete(api))
    pageCounts.set(api, count)
  }
  return count
}

/**
 * Runs Pagefind once per word (the chunks are those of the whole query, so no
 * extra request) and ranks the pages by their word scores, the share of the
 * query they hold and the words typed together that stand together in them
 * (see ranking.ts). When no page holds every word, the nearest pages still
 * answer, and the words the first one lacks are reported.
 */
export async function runSearch(api: PagefindApi, text: string, query: Query, options: FacetOptions): Promise<Found> {
  const filters = pagefindFilters(query, options)
  // Each word once: "đăng ký khai sinh đăng ký" asks for four words.
  const words = [
    ...new Map(
      text
        .split(' ')
        .filter(Boolean)
        .map((w) => [w.toLowerCase(), w]),
    ).values(),
  ]
  if (words.length === 0) {
    const { results } = await api.search(null, { filters, ...sortOf(query) })
    return { results, dropped: [], unmatched: [], held: new Map(), partial: false }
  }
  const [totalPages, responses, exact] = await Promise.all([
    pageCount(api),
    Promise.all(words.map((word) => searchWord(api, word, filters))),
    // The same chunks: no request.
    Promise.all(words.map((word) => api.search(`"${word}"`))),
  ])
  // A word no page holds is left out, and said so.
  const dropped = words.filter((_, w) => responses[w]?.results.length === 0)
  const known = words.flatMap((word, w) =>
    dropped.includes(word)
      ? []
      : [{ word, results: responses[w]?.results ?? [], pagesWith: exact[w]?.results.length ?? 0 }],
  )
  const perWord = known.map(({ results }) => new Map(results.map((r) => [r.id, r])))
  const fillUp = Object.keys(filters).length === 0
  const indexOf = new Map(known.map(({ word }, w) => [word.toLowerCase(), w]))
  const pairs = typedPairs(
    text
      .split(' ')
      .filter(Boolean)
      .map((w) => indexOf.get(w.toLowerCase())),
  )
  const ranked = keepBest(
    rankByWords(
      known.map(({ results }) => results),
      { totalPages, pagesWith: known.map((word) => word.pagesWith), pairs },
    ),
    known.length,
    fillUp,
  )
  let ordered = ranked
  if (query.sort === 'newest') {
    const dated = await api.search(null, { filters, ...sortOf(query) })
    const position = new Map(dated.results.map((r, i) => [r.id, i]))
    const at = (id: string) => position.get(id) ?? Number.MAX_SAFE_INTEGER
    ordered = [...ranked].sort((a, b) => at(a.id) - at(b.id))
  }
  const wordsOf = (indexes: number[]) => indexes.flatMap((w) => known[w]?.word ?? [])
  return {
    results: ordered.flatMap((page) => asResult(page, perWord)),
    dropped,
    unmatched: wordsOf(missingFromFirst(ranked, known.length)),
    held: new Map(ranked.map((page) => [page.id, wordsOf(page.held)])),
    partial: ranked.some((page) => page.held.length < known.length),
  }
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
