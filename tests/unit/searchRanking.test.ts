/**
 * How the search island ranks pages from one Pagefind search per word, puts a
 * delta index's scores on the whole site's scale, keeps stale pages out of
 * facet counts, and keeps display-only metadata unsearchable.
 */
import { describe, expect, it } from 'vitest'

import type { PagefindApi, PagefindResult } from '../../site/src/islands/pagefindApi'
import { runSearch } from '../../site/src/islands/search/pagefindSearch'
import { EMPTY, FACETS, type FacetOptions } from '../../site/src/islands/searchQuery'
import { rescaleWordScores, subtractStale } from '../../site/src/islands/pagefindDelta'
import {
  idf,
  keepBest,
  missingFromFirst,
  rankByWords,
  standTogether,
  typedPairs,
  type WordHit,
} from '../../site/src/islands/search/ranking'
import { readUnsearchable, unsearchable } from '../../site/src/lib/unsearchable'

const hit = (id: string, score: number, ...words: number[]): WordHit => ({ id, score, words })
const ids = (pages: { id: string }[]) => pages.map((p) => p.id)

describe('ranking by the words a page holds', () => {
  it('answers a query whose words never meet in one page, and says which words the first lacks', () => {
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

  it('keeps only the pages holding every word when they fill the first screen, as Pagefind alone would', () => {
    const ranked = rankByWords([
      [hit('a', 1, 1), hit('b', 1, 1), hit('c', 1, 1), hit('d', 3, 1)],
      [hit('a', 1, 3), hit('b', 1, 3), hit('c', 1, 3), hit('e', 3, 3)],
    ])
    expect(ids(keepBest(ranked, 2)).sort()).toEqual(['a', 'b', 'c'])
    expect(missingFromFirst(ranked, 2)).toEqual([])
  })

  it('ranks a page lacking a common word above pages holding every word in passing («lam ho chieu»)', () => {
    // 20 pages. «làm» and «hồ» are on most of them; «chiếu» (in «chiều») on four, and in the procedure's title.
    const passing = ['p1', 'p2', 'p3', 'p4']
    const common = (score: number, at: number) => [
      ...passing.map((id) => hit(id, score, at)),
      ...Array.from({ length: 10 }, (_, i) => hit(`o${i}`, score, at)),
    ]
    const perWord = [
      common(2, 10),
      [...common(1, 30), hit('procedure', 1, 1)],
      [...passing.map((id) => hit(id, 2, 50)), hit('procedure', 20, 2)],
    ]
    const ranked = rankByWords(perWord, { totalPages: 20 })
    expect(ranked[0]?.id).toBe('procedure')
    expect(ranked[0]?.together).toBe(1)
    // Before, the four pages holding all three words filled the answer and the procedure was not shown at all.
    const shown = ids(keepBest(ranked, 3))
    expect(shown.slice(0, 3)).toContain('procedure')
    expect(shown).toEqual(expect.arrayContaining(passing))
    // Some page holds every word: nothing is reported as unmatched.
    expect(missingFromFirst(keepBest(ranked, 3), 3)).toEqual([])
    // With a facet value chosen, only the pages Pagefind can count.
    expect(ids(keepBest(ranked, 3, false)).sort()).toEqual(passing)
  })

  it('ranks the page with the words in its title above pages where they stand together in a shared paragraph', () => {
    // «phi le phi duoc giam»: the fees leaflet's title holds the words apart (score 40); three pages share
    // the paragraph «được giảm phí, lệ phí» (score 7, the words together).
    const shared = ['s1', 's2', 's3']
    const perWord = [
      [hit('title', 12, 2, 4), ...shared.map((id) => hit(id, 2, 21, 23))],
      [hit('title', 12, 3), ...shared.map((id) => hit(id, 2, 22))],
      [hit('title', 16, 11), ...shared.map((id) => hit(id, 3, 20))],
    ]
    expect(rankByWords(perWord, { totalPages: 40 })[0]?.id).toBe('title')
  })

  it('lists a page holding half the words, two of them standing together, among pages holding more apart', () => {
    // «lam lai can cuoc bi mat»: «Cấp lại thẻ căn cước» holds three of the six words, «căn cước» together;
    // three pages hold five each («cán bộ», «cuộc gọi», «bị lừa», «mật khẩu»), apart.
    const apart = ['a1', 'a2', 'a3']
    const perWord = [
      apart.map((id) => hit(id, 2, 1)),
      [hit('procedure', 9, 1)],
      [...apart.map((id) => hit(id, 2, 10)), hit('procedure', 9, 3)],
      [...apart.map((id) => hit(id, 2, 20)), hit('procedure', 17, 4)],
      apart.map((id) => hit(id, 2, 30)),
      apart.map((id) => hit(id, 2, 40)),
    ]
    const ranked = rankByWords(perWord, { totalPages: 30 })
    expect(ranked.find((page) => page.id === 'procedure')?.together).toBe(1)
    // Before, only pages holding five words or more were kept.
    expect(ids(keepBest(ranked, 6)).slice(0, 3)).toContain('procedure')
    // No page holds all six: the first page's missing words are reported.
    expect(missingFromFirst(ranked, 6).length).toBeGreaterThan(0)
  })

  it('weighs a word by the pages holding it exactly, so a fallback hit of a delta index does not make it common', () => {
    // Three words, each on one page; a delta index lacking the first falls back to a page with a longer word.
    const perWord = [[hit('title', 10, 1), hit('fallback', 1.5, 3)], [hit('twice', 5.6, 4, 6)], [hit('once', 4.7, 5)]]
    expect(ids(rankByWords(perWord, { totalPages: 7, pagesWith: [1, 1, 1] }))).toEqual([
      'title',
      'twice',
      'once',
      'fallback',
    ])
    // Counted from its hits, the first word looks twice as common and its page falls below «twice».
    expect(ids(rankByWords(perWord, { totalPages: 7 }))[0]).toBe('twice')
  })

  it('a word found only with no score (display metadata) does not count as held', () => {
    const ranked = rankByWords([[hit('a', 0, 1), hit('b', 1, 1)], [hit('a', 2, 2)]])
    expect(ranked.find((p) => p.id === 'a')?.held).toEqual([1])
  })

  it('ranks «nam tam» on the page where the words stand together above pages scoring more with them apart', () => {
    // "Bản Nậm Tăm": the words at 3 and 4. Elsewhere "năm" and "tâm" many times, apart.
    const perWord = [
      [hit('village', 1, 3), hit('report', 1.8, 1, 8, 20, 33), hit('centre', 1.4, 2, 40)],
      [hit('village', 1, 4), hit('report', 1.6, 12, 50), hit('centre', 1.5, 7, 9)],
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

  it('counts each pair of words typed together once, from the query as typed', () => {
    // «so lieu ho so dung han» asks for so, lieu, ho, dung, han: «ho so» and «so dung» are pairs too.
    expect(typedPairs([0, 1, 2, 0, 3, 4])).toEqual([
      [0, 1],
      [1, 2],
      [2, 0],
      [0, 3],
      [3, 4],
    ])
    // The same pair in the other order, a repeated word, a word left out (unknown to the index).
    expect(typedPairs([0, 1, 0, 0, undefined, 2])).toEqual([[0, 1]])
  })

  it('ranks by every pair typed together that stands together, not only by all the words in one run', () => {
    // «so lieu ho so dung han»: the infographic holds «số liệu» and «hồ sơ» together (and «đúng» only in a
    // metadata field, without a position); the others hold «hồ sơ» together, the rest apart.
    const perWord = [
      [hit('figures', 1, 0, 11), hit('other', 2, 40), hit('more', 2, 60)],
      [hit('figures', 2, 1), hit('other', 2, 70), hit('more', 2, 80)],
      [hit('figures', 1, 10), hit('other', 2, 39), hit('more', 2, 59)],
      [hit('figures', 1), hit('other', 2, 90), hit('more', 2, 99)],
      [hit('figures', 1, 13), hit('other', 2, 120), hit('more', 2, 130)],
    ]
    const ranked = rankByWords(perWord, { totalPages: 50, pairs: typedPairs([0, 1, 2, 0, 3, 4]) })
    expect(ranked.map((page) => [page.id, page.together])).toEqual([
      ['figures', 2],
      ['more', 1],
      ['other', 1],
    ])
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

describe('one search per word', () => {
  it('reads the page count (for how rare each word is) once per loaded index, not on every query', async () => {
    const asked: (string | null)[] = []
    const pages = ['a', 'b', 'c', 'd'].map((id) => ({ ...result(id, 1), words: [1] }))
    const api = {
      search: async (term: string | null) => {
        asked.push(term)
        return { results: term === null ? pages : pages.slice(0, 2), unfilteredResultCount: 0 }
      },
    } as unknown as PagefindApi
    const options = Object.fromEntries(FACETS.map((name) => [name, []])) as unknown as FacetOptions
    await runSearch(api, 'dang ky', { ...EMPTY, q: 'dang ky' }, options)
    await runSearch(api, 'khai sinh', { ...EMPTY, q: 'khai sinh' }, options)
    expect(asked.filter((term) => term === null)).toHaveLength(1)
    // Each word searched (a word starting with d also with đ, dStroke.ts), and searched exactly (quoted) for how
    // many pages hold it.
    expect(asked.filter((term) => term !== null && !term.startsWith('"'))).toEqual([
      'dang',
      'đang',
      'ky',
      'khai',
      'sinh',
    ])
    expect(asked.filter((term) => term?.startsWith('"'))).toEqual(['"dang"', '"ky"', '"khai"', '"sinh"'])
  })
})
