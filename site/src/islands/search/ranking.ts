/**
 * Ranking of a multi-word query from one Pagefind search per word, so that
 * a query still answers when no page holds every word, and words typed
 * together rank the pages where they stand together first.
 *
 * Pagefind 1.6 ANDs the words of a query and has no proximity ranking (its
 * quoted exact search finds only contiguous phrases, with a flat score, and
 * misses a page where one word has several diacritic forms). One search per
 * word gives, for every page, which words it holds, its score for each and
 * their positions: all in the index chunks the whole query loads anyway, so
 * no extra request.
 */

/** What one word's search says about one page (a Pagefind result). */
export interface WordHit {
  id: string
  /** Pagefind's score of the page for this word; 0 when only a metadata field without weight holds it. */
  score: number
  /** Positions of the word's matches in the page's indexed text. */
  words: number[]
}

export interface RankedPage {
  id: string
  /** Indexes of the query words this page holds. */
  held: number[]
  /** The words held stand next to each other somewhere in the page (1) or not (0). */
  together: number
  score: number
  /** The query word whose own result serves this page's data (its excerpt centres on that word). */
  lead: number
}

/**
 * Whether the words held (two or more, one list of positions each) stand
 * together somewhere in the page: some run of consecutive positions holds each
 * of them, in any order. So «nam tam» finds "bản Nậm Tăm" together, and «khai
 * sinh đăng ký» finds "đăng ký khai sinh" as well as the words typed in order
 * would. Words apart, however often each appears, do not count.
 */
export function standTogether(positions: readonly (readonly number[])[]): boolean {
  const lists = positions.filter((list) => list.length > 0)
  if (lists.length < 2) return false
  const marks = lists.flatMap((list, w) => list.map((at) => ({ at, w }))).sort((a, b) => a.at - b.at)
  // Sliding window over the page's positions: the shortest stretch holding every word.
  const inWindow = new Map<number, number>()
  let start = 0
  for (const mark of marks) {
    inWindow.set(mark.w, (inWindow.get(mark.w) ?? 0) + 1)
    while (inWindow.size === lists.length) {
      const first = marks[start] as { at: number; w: number }
      if (mark.at - first.at + 1 === lists.length) return true
      const left = (inWindow.get(first.w) ?? 0) - 1
      if (left === 0) inWindow.delete(first.w)
      else inWindow.set(first.w, left)
      start += 1
    }
  }
  return false
}

/**
 * Every page that holds at least one word, ranked by: how many of the query's
 * words it holds, then whether they stand together in it (a place or
 * procedure name typed in full), then the sum of its word scores.
 * A hit with no score (a word found only in display metadata such as the unit
 * name or the date) does not count as holding the word.
 */
export function rankByWords(perWord: readonly (readonly WordHit[])[]): RankedPage[] {
  const pages = new Map<string, { positions: (number[] | undefined)[]; scores: number[] }>()
  perWord.forEach((hits, w) => {
    for (const hit of hits) {
      if (!(hit.score > 0)) continue
      let page = pages.get(hit.id)
      if (!page) {
        page = { positions: perWord.map(() => undefined), scores: perWord.map(() => 0) }
        pages.set(hit.id, page)
      }
      page.positions[w] = hit.words
      page.scores[w] = hit.score
    }
  })
  const ranked: RankedPage[] = []
  for (const [id, { positions, scores }] of pages) {
    const held = scores.flatMap((s, w) => (s > 0 ? [w] : []))
    const lead = scores.reduce((best, s, w) => (s > (scores[best] ?? 0) ? w : best), held[0] ?? 0)
    ranked.push({
      id,
      held,
      together: standTogether(positions.flatMap((list) => (list ? [list] : []))) ? 1 : 0,
      score: scores.reduce((sum, s) => sum + s, 0),
      lead,
    })
  }
  return ranked.sort(
    (a, b) => b.held.length - a.held.length || b.together - a.together || b.score - a.score || (a.id < b.id ? -1 : 1),
  )
}

/** Fewer pages than this holding every word (a first screen's top three): those holding one word fewer follow them. */
export const ENOUGH_WITH_EVERY_WORD = 3

/**
 * The pages to show: those holding every word when there are enough of them;
 * otherwise those holding the most words, then those holding one fewer. So a
 * query whose words never meet in one page still answers with the nearest
 * pages, and «làm lại căn cước» lists the procedure «Cấp lại thẻ Căn cước»
 * (no «làm» in it) after the one page that happens to hold all four words.
 * `fillUp` false (the reader chose a facet value, and navigates by the counts):
 * only the pages holding every word, which Pagefind can count.
 */
export function keepBest(ranked: readonly RankedPage[], wordCount: number, fillUp = true): RankedPage[] {
  const most = ranked[0]?.held.length ?? 0
  const withMost = ranked.filter((page) => page.held.length === most).length
  const enough = !fillUp || withMost >= ENOUGH_WITH_EVERY_WORD
  const least = most === wordCount && enough ? most : Math.max(1, most - 1)
  return ranked.filter((page) => page.held.length >= least)
}

/** Query words (by index) that the first page does not hold: what the reader is told was not matched. */
export const missingFromFirst = (ranked: readonly RankedPage[], wordCount: number): number[] => {
  const first = ranked[0]
  if (!first) return []
  return Array.from({ length: wordCount }, (_, w) => w).filter((w) => !first.held.includes(w))
}

/** Pagefind's inverse document frequency (pagefind_web/src/search.rs, calculate_idf). */
export function idf(totalPages: number, pagesWithTerm: number): number {
  return Math.log((totalPages - pagesWithTerm + 0.5) / (pagesWithTerm + 0.5) + 1)
}
