import { describe, expect, it } from 'vitest'

import type { PagefindResult } from '../../site/src/islands/pagefindApi'
import { joinDStrokeHits, withDStroke } from '../../site/src/islands/search/dStroke'
import { rankByWords } from '../../site/src/islands/search/ranking'

const hit = (id: string, score: number, words: number[]): PagefindResult => ({
  id,
  score,
  words,
  data: async () => ({ url: `/${id}/`, excerpt: '', meta: {}, filters: {} }),
})

describe('a word typed with d is also searched with đ', () => {
  it('gives the đ form of a word starting with d, and nothing for others', () => {
    expect(withDStroke('dung')).toBe('đung')
    expect(withDStroke('Dang')).toBe('Đang')
    expect(withDStroke('đúng')).toBeNull()
    expect(withDStroke('han')).toBeNull()
    expect(withDStroke('hdd')).toBeNull()
  })

  it('joins the hits: better score, the places of both, pages of the đ search added, best first', () => {
    const plain = [hit('dung', 5, [3]), hit('dung-han', 1, [])]
    const stroked = [hit('dung-han', 4, [12]), hit('only-stroked', 2, [7])]
    const joined = joinDStrokeHits(plain, stroked)
    expect(joined.map((h) => [h.id, h.score, h.words])).toEqual([
      ['dung', 5, [3]],
      ['dung-han', 4, [12]],
      ['only-stroked', 2, [7]],
    ])
    expect(joinDStrokeHits(plain, [])).toEqual(plain)
  })

  it('lets «dung han» stand together on a page saying "đúng hạn", which its folded word list alone could not', () => {
    // Page "a": «hồ sơ đúng hạn», đúng at 11, hạn at 12; reached by «dung» only through the folded list (no place).
    // Page "b": «sử dụng … thời hạn», both words held, apart.
    const dungPlain = [hit('a', 1, []), hit('b', 1, [4])]
    const han = [hit('a', 1, [12]), hit('b', 1, [30])]
    const before = rankByWords([dungPlain, han])
    expect(before.map((page) => [page.id, page.together])).toEqual([
      ['a', 0],
      ['b', 0],
    ])
    const after = rankByWords([joinDStrokeHits(dungPlain, [hit('a', 1, [11])]), han])
    expect(after[0]).toMatchObject({ id: 'a', together: 1 })
  })
})
