import type { Dispatch, SetStateAction } from 'react'

import { fold, normalizeQuery, unmatchedTerms } from '../../lib/searchText'
import type { PagefindResult, PagefindResultData } from '../pagefindApi'
import { type FacetOptions, hasFilters, type Query } from '../searchQuery'
import type { Answer, Counts, Status } from './model'
import { facetCounts, matchedText, runSearch } from './pagefindSearch'
import type { Run } from './runGuard'
import type { PagefindSession } from './usePagefindSession'

/**
 * The first batch is smaller than a "Xem thêm" batch: each result is one request
 * for its fragment, and on a slow mobile link the first five arrive sooner than
 * eight. They are fetched in parallel and painted as each arrives, in rank order.
 */
export const FIRST = 5
/**
 * Of those, what a phone (360 × 640 px) shows under the search box: their
 * fragments are fetched first, the rest of the batch once they are painted
 * (bench, 10,000 materials: two requests fewer before the first results).
 */
export const ON_SCREEN = 3

/** Where a search puts what it finds: the island's state. */
export interface SearchView {
  setStatus(status: Status): void
  setAnswer(answer: Answer | null): void
  setShown: Dispatch<SetStateAction<(PagefindResultData | null)[]>>
  setCounts(counts: Counts): void
  showThumbnails(): void
  /** The answer, its results and its facet counts are all on screen. */
  settle(): void
}

/** Resolves once the browser has painted what was just rendered. */
const afterPaint = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))

/**
 * Query words that some of the loaded results hold by Pagefind's account, yet
 * none of those results contains, even as the start of a word: Pagefind
 * answers a word missing from the whole index with the words sharing its
 * first letters ("xyzabc" → nothing, "dang" → "dân").
 */
export function prefixOnly(
  words: readonly string[],
  results: readonly PagefindResult[],
  loaded: readonly PagefindResultData[],
  held: ReadonlyMap<string, readonly string[]>,
): string[] {
  return words.filter((word) => {
    const holding = loaded.filter((_, i) => held.get(results[i]?.id ?? '')?.includes(word))
    return holding.length > 0 && unmatchedTerms([fold(word)], holding.flatMap(matchedText)).length > 0
  })
}

/**
 * One search, step by step: results first, painted as they arrive; then, when a
 * word was only matched by Pagefind's prefix fallback, the search again without
 * it; then thumbnails and facet counts once the results are painted. A newer
 * search ends this one at its next step (`run`).
 */
export async function answerSearch(
  next: Query,
  run: Run,
  session: PagefindSession,
  options: FacetOptions,
  view: SearchView,
): Promise<void> {
  const normalized = normalizeQuery(next.q)
  const nothingToSearch = next.q.trim() !== '' && normalized.text === ''
  if (!normalized.text && !hasFilters(next)) {
    view.setAnswer(
      nothingToSearch
        ? { query: next, terms: [], results: [], dropped: [], unmatched: [], truncated: false, nothingToSearch }
        : null,
    )
    view.setShown([])
    view.setCounts({})
    view.setStatus('idle')
    view.settle()
    return
  }
  view.setStatus('loading')
  try {
    const {
      instance,
      results,
      dropped,
      unmatched,
      held,
      partial: someLack,
    } = await run.step(
      session.withReload(async (instance) => ({
        instance,
        ...(await runSearch(instance, normalized.text, next, options)),
      })),
    )
    const answer: Answer = {
      query: next,
      terms: normalized.terms,
      results,
      dropped,
      unmatched,
      truncated: normalized.truncated,
      nothingToSearch,
    }
    view.setAnswer(answer)
    const first = results.slice(0, FIRST)
    view.setShown(first.map(() => null))
    // Paint each result as soon as its fragment arrives, in rank order; below the first screen, after it is painted.
    const show = async (result: PagefindResult, i: number) => {
      const data = await result.data()
      if (run.current) view.setShown((current) => current.map((item, j) => (j === i ? data : item)))
      return data
    }
    const onScreen = Promise.all(first.slice(0, ON_SCREEN).map(show))
    const below = onScreen
      .then(afterPaint)
      .then(() => Promise.all(first.slice(ON_SCREEN).map((result, i) => show(result, ON_SCREEN + i))))
    const loaded = await run.step(Promise.all([onScreen, below]).then((parts) => parts.flat()))
    // Which index version is on screen: two small requests, after the first results rather than before.
    session.remember()
    // A word that the top results hold but none contains was "found" by Pagefind's prefix fallback: search without it, and say so.
    const words = normalized.text.split(' ').filter(Boolean)
    const unknown = prefixOnly(words, first, loaded, held)
    let facetText = words.filter((w) => !unmatched.includes(w) && !dropped.includes(w)).join(' ')
    // Pages holding different subsets of the words: Pagefind cannot count that union, so no counts rather than wrong ones.
    let partial = someLack
    if (unknown.length) {
      const kept = words.filter((w) => !unknown.includes(w) && !dropped.includes(w))
      const retry = await run.step(
        kept.length
          ? runSearch(instance, kept.join(' '), next, options)
          : Promise.resolve({
              results: [],
              dropped: [],
              unmatched: [],
              held: new Map<string, string[]>(),
              partial: false,
            }),
      )
      const data = await run.step(Promise.all(retry.results.slice(0, FIRST).map((r) => r.data())))
      view.setAnswer({
        ...answer,
        results: retry.results,
        dropped: [...dropped, ...unknown, ...retry.dropped],
        unmatched: retry.unmatched,
      })
      view.setShown(data)
      facetText = kept.filter((w) => !retry.unmatched.includes(w) && !retry.dropped.includes(w)).join(' ')
      partial = retry.partial
      if (!kept.length) {
        view.setStatus('ready')
        view.setCounts({})
        view.settle()
        return
      }
    }
    // Announced once the list on screen is the answer (the count and the first results agree).
    view.setStatus('ready')
    // Pictures and the filter index (for the facet counts) wait until the results are painted.
    await run.step(afterPaint())
    view.showThumbnails()
    view.setCounts(partial ? {} : await run.step(facetCounts(instance, facetText, next, options)))
    view.settle()
  } catch (error) {
    if (!run.current) return
    console.error('Không tải được chỉ mục tìm kiếm Pagefind', error)
    view.setStatus('unavailable')
    view.settle()
  }
}
