/** How the search page reads what a citizen typed and shows what matched: Vietnamese with or without diacritics. */
import { describe, expect, it } from 'vitest'

import { EMPTY, parseQuery, toSearchString, type FacetOptions } from '../../site/src/islands/searchQuery'
import {
  bestTranscriptLine,
  clock,
  excerptText,
  fold,
  foldedDWords,
  highlight,
  MAX_QUERY_LENGTH,
  normalizeQuery,
  unmatchedTerms,
} from '../../site/src/lib/searchText'

const marked = (text: string, query: string) =>
  highlight(text, normalizeQuery(query).terms)
    .filter((s) => s.mark)
    .map((s) => s.text)

describe('folding', () => {
  it.each([
    ['Đăng ký khai sinh', 'dang ky khai sinh'],
    ['ĐỔI GIẤY PHÉP LÁI XE', 'doi giay phep lai xe'],
    ['Nậm Tăm', 'nam tam'],
    // Decomposed input (NFD, as some keyboards send it) folds the same.
    ['đăng ký'.normalize('NFD'), 'dang ky'],
  ])('"%s" → "%s"', (text, folded) => {
    expect(fold(text)).toBe(folded)
  })

  it('lists the đ-words of a text folded, once each', () => {
    expect(foldedDWords('Đăng ký đất đai, đăng ký lại; Đà Nẵng')).toBe('dang dat dai da')
    expect(foldedDWords('dịch vụ công trực tuyến')).toBe('')
  })
})

describe('query cleaning', () => {
  it('keeps words and codes, drops punctuation and markup', () => {
    expect(normalizeQuery('  đăng   ký, khai-sinh!! ').text).toBe('đăng ký khai sinh')
    expect(normalizeQuery('Mã 1.001193?').text).toBe('Mã 1.001193')
    expect(normalizeQuery('<script>alert(1)</script>').text).toBe('script alert script')
    expect(normalizeQuery('<img src=x onerror=alert(1)>').terms).toEqual(['img', 'src', 'onerror', 'alert'])
  })

  it('has nothing to search in punctuation, symbols or an empty box', () => {
    for (const raw of ['', '   ', '!!!...???', '—–…“”', '🙂🙂']) expect(normalizeQuery(raw).text).toBe('')
  })

  it('cuts a 2,000-character query and says so', () => {
    const long = 'dang ky khai sinh '.repeat(120)
    const query = normalizeQuery(long)
    expect(query.truncated).toBe(true)
    expect(query.text.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH)
    expect(query.terms).toEqual(['dang', 'ky', 'khai', 'sinh'])
    expect(normalizeQuery('dang ky khai sinh').truncated).toBe(false)
  })
})

describe('highlighting in the original text', () => {
  it('marks đ-words for a query typed without diacritics', () => {
    expect(marked('Cha mẹ đăng ký khai sinh cho con', 'dang ky khai sinh')).toEqual(['đăng', 'ký', 'khai', 'sinh'])
  })

  it('marks the same words whatever the case and marks of the query', () => {
    const text = 'Đăng ký khai sinh trực tuyến'
    expect(marked(text, 'ĐĂNG KÝ')).toEqual(['Đăng', 'ký'])
    expect(marked(text, 'Dang Ky')).toEqual(['Đăng', 'ký'])
  })

  it('marks a word still being typed, but not every word sharing two letters', () => {
    expect(marked('khai sinh, khai tử', 'khai si')).toEqual(['khai', 'sinh', 'khai'])
    expect(marked('đăng ký, đang chờ, dân cư', 'dang ky')).toEqual(['đăng', 'ký', 'đang'])
  })

  it('keeps markup in the text as text', () => {
    const segments = highlight('<b>khai sinh</b>', ['khai'])
    expect(segments.map((s) => s.text).join('')).toBe('<b>khai sinh</b>')
    expect(segments.filter((s) => s.mark).map((s) => s.text)).toEqual(['khai'])
  })

  it("reads Pagefind's escaped excerpt back as plain text", () => {
    expect(excerptText('Gõ &lt;b&gt; vào <mark>ô</mark> tìm kiếm &amp; chọn')).toBe('Gõ <b> vào ô tìm kiếm & chọn')
  })
})

describe('words Pagefind only matched by prefix fallback', () => {
  it('are the ones no result text contains', () => {
    const texts = ['Đăng ký khai sinh trực tuyến', 'Trung tâm Phục vụ hành chính công']
    expect(unmatchedTerms(['dang', 'ky', 'xyzabc'], texts)).toEqual(['xyzabc'])
    expect(unmatchedTerms(['kha', 'tru'], texts)).toEqual([])
  })
})

describe('transcript hits', () => {
  const anchors = [
    { id: 'loi-thoai', text: 'Lời thoại' },
    { id: 't-0', text: 'Xin chào bà con.' },
    { id: 't-12', text: 'Bà con nhớ chụp ảnh giấy chứng sinh thật rõ nét.' },
    { id: 't-16', text: 'Giấy chứng sinh do trạm y tế cấp.' },
  ]

  it('picks the line with the most query words, at its second', () => {
    expect(bestTranscriptLine(anchors, normalizeQuery('chup anh giay chung sinh').terms)).toEqual({
      seconds: 12,
      text: anchors[2]?.text,
    })
    expect(bestTranscriptLine(anchors, normalizeQuery('tram y te').terms)?.seconds).toBe(16)
  })

  it('needs two matching words in a longer query, and ignores other anchors', () => {
    expect(bestTranscriptLine(anchors, normalizeQuery('ba con dang ky').terms)?.seconds).toBe(0)
    expect(bestTranscriptLine(anchors, normalizeQuery('loi thoai').terms)).toBeNull()
    expect(bestTranscriptLine(anchors, normalizeQuery('ruong bac thang').terms)).toBeNull()
  })

  it('writes times as a clock', () => {
    expect([clock(0), clock(83), clock(3725)]).toEqual(['00:00', '01:23', '1:02:05'])
  })
})

describe('the search address', () => {
  const options: FacetOptions = {
    kind: [
      { key: 'video', label: 'Video hướng dẫn' },
      { key: 'to-roi', label: 'Tờ rơi' },
    ],
    topic: [{ key: 'ho-tich', label: 'Hộ tịch' }],
    audience: [],
    unit: [],
    campaign: [],
    language: [],
    level: [{ key: 'toan-trinh', label: 'Toàn trình' }],
  }

  it('round-trips the query, several values of a facet and the sort', () => {
    const { query, ignored } = parseQuery(
      '?q=dang+ky&loai=video&loai=to-roi&muc-do=toan-trinh&sap-xep=moi-nhat',
      options,
    )
    expect(ignored).toEqual([])
    expect(query.facets.kind).toEqual(['video', 'to-roi'])
    expect(query.sort).toBe('newest')
    expect(toSearchString(query)).toBe('?q=dang+ky&loai=video&loai=to-roi&muc-do=toan-trinh&sap-xep=moi-nhat')
  })

  it('drops filter values this site does not have, and reports them', () => {
    const { query, ignored } = parseQuery(
      '?q=x&loai=khong-co&chu-de=%3Cscript%3E&sap-xep=ngau-nhien&loai=video',
      options,
    )
    expect(query.facets.kind).toEqual(['video'])
    expect(query.facets.topic).toEqual([])
    expect(query.sort).toBe('relevance')
    expect(ignored).toEqual(['khong-co', '<script>', 'ngau-nhien'])
  })

  it('is empty for an empty search', () => {
    expect(toSearchString(EMPTY)).toBe('')
  })
})
