/**
 * How the search island ranks pages from one Pagefind search per word, puts a
 * delta index's scores on the whole site's scale, keeps stale pages out of
 * facet counts, and keeps display-only metadata unsearchable.
 */
import { describe, expect, it } from 'vitest'

import type { PagefindResult } from '../../site/src/islands/pagefindApi'
import { rescaleWordScores, subtractStale } from '../../site/src/islands/pagefindDelta'
import {
  idf,
  keepBest,
  missingFromFirst,
  rankByWords,
  standTogether,
  type WordHit,
} from '../../site/src/islands/search/ranking'
import { readUnsearchable, unsearchable } from '../../site/src/lib/unsearchable'

const hit = (id: string, score: number, ...words: number[]): WordHit => ({ id, score, words })
const ids = (pages: { id: string }[]) => pages.map((p) => p.id)

describe('ranking by the words a page holds', () => {
  it('answers a query whose words never meet in one page, most words first, and says which the first lacks', () => {
    // "cap doi can cuoc": no page holds all four.
    const perWord = [
      [hit('a', 2, 1), hit('b', 1, 5)],
      [hit('a', 2, 2), hit('c', 3, 9)],
      [hit('b', 1, 6), hit('c', 1, 10)],
      [hit('c', 1, 11)],
    ]
    const ranked = rankByWords(perWord)
    expect(ids(ranked)).toEqual(['c', 'a', 'b'])
    expect(ranked[0]?.held).toEqual([1, 2, 3])
    expect(missingFromFirst(ranked, 4)).toEqual([0])
    expect(ids(keepBest(ranked, 4))).toEqual(['c', 'a', 'b'])
  })

  it('keeps only the pages holding every word when three or more do, as Pagefind alone would', () => {
    const ranked = rankByWords([
      [hit('a', 1, 1), hit('b', 1, 1), hit('c', 1, 1), hit('d', 5, 1)],
      [hit('a', 1, 3), hit('b', 1, 3), hit('c', 1, 3), hit('e', 5, 3)],
    ])
    expect(ids(keepBest(ranked, 2)).sort()).toEqual(['a', 'b', 'c'])
    expect(missingFromFirst(ranked, 2)).toEqual([])
  })

  it('when fewer than three pages hold every word, the pages holding one fewer follow them', () => {
    // «làm lại căn cước»: one page holds all four words apart; the procedure «Cấp lại thẻ Căn cước» lacks «làm».
    const ranked = rankByWords([
      [hit('list', 1, 1), hit('other', 9, 5)],
      [hit('list', 1, 9), hit('procedure', 3, 2)],
      [hit('list', 1, 20), hit('procedure', 3, 4)],
      [hit('list', 1, 30), hit('procedure', 3, 5)],
    ])
    expect(ids(keepBest(ranked, 4))).toEqual(['list', 'procedure'])
    // With a facet value chosen, only the pages Pagefind can count.
    expect(ids(keepBest(ranked, 4, false))).toEqual(['list'])
    expect(missingFromFirst(ranked, 4)).toEqual([])
  })

  it('a word found only with no score (display metadata) does not count as held', () => {
    const ranked = rankByWords([[hit('a', 0, 1), hit('b', 1, 1)], [hit('a', 2, 2)]])
    expect(ranked.find((p) => p.id === 'a')?.held).toEqual([1])
  })

  it('ranks «nam tam» on the page where the words stand together above pages with more of each apart', () => {
    // "Bản Nậm Tăm": the words at 3 and 4. Elsewhere "năm" and "tâm" many times, apart.
    const perWord = [
      [hit('village', 1, 3), hit('report', 6, 1, 8, 20, 33), hit('centre', 4, 2, 40)],
      [hit('village', 1, 4), hit('report', 6, 12, 50), hit('centre', 5, 7, 9)],
    ]
    expect(ids(rankByWords(perWord))).toEqual(['village', 'report', 'centre'])
  })

  it('finds the words standing together in any order, never apart', () => {
    expect(standTogether([[3], [4], [5]])).toBe(true)
    // «khai sinh đăng ký» in "đăng ký khai sinh".
    expect(standTogether([[7, 30], [8], [5], [6]])).toBe(true)
    expect(standTogether([[1, 10], [3], [12]])).toBe(false)
    expect(standTogether([[1]])).toBe(false)
    expect(standTogether([[4], []])).toBe(false)
  })

  it('ranks a page with the words together above pages scoring more with them apart, after the count of words', () => {
    const perWord = [
      [hit('together', 1, 20), hit('apart', 9, 2), hit('more', 1, 2)],
      [hit('together', 1, 21), hit('apart', 9, 40), hit('more', 1, 40)],
      [hit('more', 1, 60)],
    ]
    expect(ids(rankByWords(perWord))).toEqual(['more', 'together', 'apart'])
  })
})

const result = (id: string, score: number): PagefindResult => ({
  id,
  score,
  words: [],
  data: () => Promise.reject(new Error('not loaded')),
})

describe('a merged delta index scored as one index', () => {
  it('gives a changed page the score a full build would: its own index’s idf replaced by the site’s', () => {
    // Base: 100 pages, the word on 10 (one of them stale); delta: 1 page, the new version, with the word.
    const tf = 1.3
    const base = Array.from({ length: 10 }, (_, i) => result(`b${i}`, idf(100, 10) * tf))
    const fresh = result('d0', idf(1, 1) * tf)
    const scaled = rescaleWordScores(
      [...base, fresh],
      { index: true, exclude: ['b0'], pages: 100, delta: ['d0'] },
      new Set(['b0']),
    )
    const site = idf(100, 10) * tf
    for (const r of scaled) expect(r.score).toBeCloseTo(site, 6)
  })

  it('leaves scores alone without a delta', () => {
    const plain = [result('a', 2)]
    expect(rescaleWordScores(plain, { index: false, exclude: [] }, new Set())).toEqual(plain)
  })

  it('takes the stale pages among the results out of the facet counts', () => {
    const counts = { kind: { Video: 3, 'Tờ rơi': 1 }, topic: { 'Hộ tịch': 2 } }
    const out = subtractStale(counts, [result('old', 1)], { old: { kind: ['Video'], topic: ['Hộ tịch'] } })
    expect(out).toEqual({ kind: { Video: 2, 'Tờ rơi': 1 }, topic: { 'Hộ tịch': 1 } })
    expect(counts.kind.Video).toBe(3)
  })
})

describe('display-only metadata', () => {
  it('holds no letter or digit for Pagefind to index, and reads back exactly', () => {
    for (const text of ['Trung tâm Phục vụ hành chính công', '06/12/2026', 'PDF · 1,2 MB', '01:02:05', 'co']) {
      const coded = unsearchable(text)
      expect(coded).not.toMatch(/[\p{L}\p{N}\s#*"'<>&\\]/u)
      expect(readUnsearchable(coded)).toBe(text)
    }
    expect(readUnsearchable(undefined)).toBeUndefined()
    expect(readUnsearchable('abc')).toBeUndefined()
  })
})
