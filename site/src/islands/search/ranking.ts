/**
 * Ranking of a multi-word query from one Pagefind search per word, so that
 * a query still answers when no page holds every word, a page holding the
 * telling words in its title outranks pages that hold every word in passing,
 * and words typed together rank the pages where they stand together first.
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
  /** How many pairs of words typed next to each other stand next to each other somewhere in the page. */
  together: number
  /** The sum of Pagefind's scores of the words held. */
  score: number
  /** The query word whose own result serves this page's data (its excerpt centres on that word). */
  lead: number
  /** What the pages are ordered by (see rankByWords). */
  rank: number
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
 * How much a page's share of the query weighs: its score is multiplied by the
 * share squared, so a page lacking a common word («làm», «hồ») keeps most of
 * its score and one lacking the telling word («chiếu», «1.000656») little.
 */
export const COVERAGE_POWER = 2
/** Each pair of words typed together that stands together in the page («căn cước», «hộ chiếu») multiplies its rank by this. */
export const TOGETHER_BOOST = 2

/**
 * Pairs of query words (by index) typed next to each other, each pair once
 * whatever its order: «so lieu ho so» gives so–lieu, lieu–ho and ho–so.
 * `typed` is the query as typed, as word indexes (undefined: a word left out).
 */
export function typedPairs(typed: readonly (number | undefined)[]): [number, number][] {
  const pairs = new Map<string, [number, number]>()
  for (let i = 0; i + 1 < typed.length; i++) {
    const a = typed[i]
    const b = typed[i + 1]
    if (a === undefined || b === undefined || a === b) continue
    const key = `${Math.min(a, b)} ${Math.max(a, b)}`
    if (!pairs.has(key)) pairs.set(key, [a, b])
  }
  return [...pairs.values()]
}

export interface RankOptions {
  /** Pages in the index: each word's part of the query weighs its inverse document frequency. 0: every word weighs the same. */
  totalPages?: number
  /**
   * Pages holding each word itself (Pagefind's exact search, by word index); by default the pages in its hits.
   * Its hits also hold longer words starting with it, and, in a delta index lacking the word, whatever
   * Pagefind falls back to: neither says how rare the word is.
   */
  pagesWith?: readonly number[]
  /** Pairs of words typed next to each other (typedPairs); by default each word and the next. */
  pairs?: readonly (readonly [number, number])[]
}

/**
 * Every page that holds at least one word, ranked by the sum of its word
 * scores (Pagefind's: a word in the title weighs 7 times one in the body, a
 * rare word more than a common one, a whole word more than a longer word
 * starting with it), times its share of the query squared (each word weighed
 * by how rare it is in the index), times TOGETHER_BOOST for each pair of
 * words typed together that stands together in the page.
 * So «lam ho chieu» ranks the procedure «Cấp hộ chiếu», which lacks the common
 * «làm», above the pages that hold all three words apart; and the leaflet titled
 * «Thanh toán phí, lệ phí…, được giảm» above the pages sharing a paragraph
 * «được giảm phí, lệ phí».
 * A hit with no score (a word found only in display metadata such as the unit
 * name or the date) does not count as holding the word.
 */
export function rankByWords(perWord: readonly (readonly WordHit[])[], options: RankOptions = {}): RankedPage[] {
  const { totalPages = 0 } = options
  const pairs = options.pairs ?? perWord.slice(1).map((_, w) => [w, w + 1] as const)
  const weights = perWord.map((hits, w) => {
    const pagesWith = options.pagesWith?.[w] || hits.filter((hit) => hit.score > 0).length
    return totalPages > 0 ? idf(Math.max(totalPages, pagesWith), pagesWith) : 1
  })
  const wholeQuery = weights.reduce((sum, w) => sum + w, 0) || 1
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
    const together = pairs.filter(([a, b]) => {
      const first = positions[a]
      const second = positions[b]
      return first && second && standTogether([first, second])
    }).length
    const score = scores.reduce((sum, s) => sum + s, 0)
    const share = held.reduce((sum, w) => sum + (weights[w] ?? 0), 0) / wholeQuery
    ranked.push({ id, held, together, score, lead, rank: score * share ** COVERAGE_POWER * TOGETHER_BOOST ** together })
  }
  return ranked.sort((a, b) => b.rank - a.rank || (a.id < b.id ? -1 : 1))
}

/** The first screen (three results): when each of them holds every word, only pages holding every word are shown. */
export const ENOUGH_WITH_EVERY_WORD = 3

/**
 * The pages to show, in rank order. When the first screen holds every word,
 * only the pages holding every word, as Pagefind alone would answer (and count
 * per facet value). Otherwise the pages holding at least half the words (and
 * at most one fewer than the most held): so «làm lại căn cước bị mất» lists
 * the procedure «Cấp lại thẻ căn cước», which holds three of the six words,
 * among pages holding five that each use them in another sense.
 * `fillUp` false (the reader chose a facet value, and navigates by the counts):
 * only the pages holding every word, which Pagefind can count.
 */
export function keepBest(ranked: readonly RankedPage[], wordCount: number, fillUp = true): RankedPage[] {
  const most = ranked.reduce((max, page) => Math.max(max, page.held.length), 0)
  const withEvery = ranked.filter((page) => page.held.length === wordCount)
  if (most === wordCount && !fillUp) return withEvery
  const near = ranked.filter((page) => page.held.length >= Math.max(1, Math.min(most - 1, Math.ceil(wordCount / 2))))
  const firstScreen = near.slice(0, ENOUGH_WITH_EVERY_WORD)
  const everyOnScreen =
    firstScreen.length === ENOUGH_WITH_EVERY_WORD && firstScreen.every((page) => page.held.length === wordCount)
  return most === wordCount && everyOnScreen ? withEvery : near
}

/**
 * Query words (by index) that the first page does not hold, when no page holds
 * them all: what the reader is told was not matched. When some page holds
 * every word, nothing is reported, even if a page lacking one ranks first.
 */
export const missingFromFirst = (ranked: readonly RankedPage[], wordCount: number): number[] => {
  const first = ranked[0]
  if (!first || ranked.some((page) => page.held.length === wordCount)) return []
  return Array.from({ length: wordCount }, (_, w) => w).filter((w) => !first.held.includes(w))
}

/** Pagefind's inverse document frequency (pagefind_web/src/search.rs, calculate_idf). */
export function idf(totalPages: number, pagesWithTerm: number): number {
  return Math.log((totalPages - pagesWithTerm + 0.5) / (pagesWithTerm + 0.5) + 1)
}
