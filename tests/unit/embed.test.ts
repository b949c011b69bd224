import { describe, expect, it } from 'vitest'

import { reachedUnitSlugs } from '../../site/src/lib/unitReach'
import { embedListingRoutes } from '../../site/src/lib/embed'
import { iframeCode, widgetCode } from '../../site/src/lib/embedCodes'

const units = [
  { id: 1, slug: 'tinh', parent: null },
  { id: 2, slug: 'so-tu-phap', parent: 1 },
  { id: 3, slug: 'xa-sin-ho', parent: { id: 1 } },
  { id: 4, slug: 'thon-a', parent: 3 },
  // Bad data: a cycle must not loop forever.
  { id: 5, slug: 'vong-a', parent: 6 },
  { id: 6, slug: 'vong-b', parent: 5 },
]

describe('units a material reaches (incremental rebuilds of unit pages and widget lists)', () => {
  it.each([
    { owner: 2, appliesTo: [], reached: ['so-tu-phap'] },
    { owner: 2, appliesTo: [3], reached: ['so-tu-phap', 'xa-sin-ho', 'thon-a'] },
    { owner: 2, appliesTo: [1], reached: ['so-tu-phap', 'tinh', 'xa-sin-ho', 'thon-a'] },
    { owner: null, appliesTo: [{ id: 5 }], reached: ['vong-a', 'vong-b'] },
    { owner: 99, appliesTo: ['4'], reached: ['thon-a'] },
  ])('owner $owner, applying to $appliesTo', ({ owner, appliesTo, reached }) => {
    expect(reachedUnitSlugs(units, owner, appliesTo)).toEqual(reached)
  })
})

describe('embed routes', () => {
  it('names the embed page and every widget list a material is on', () => {
    expect(
      embedListingRoutes({ slug: 'to-roi', kindPath: 'to-roi', topicSlugs: ['an-toan'], unitSlugs: ['xa-sin-ho'] }),
    ).toEqual([
      '/nhung/to-roi/',
      '/nhung/du-lieu/loai/to-roi.json',
      '/nhung/du-lieu/chu-de/an-toan.json',
      '/nhung/du-lieu/don-vi/xa-sin-ho.json',
    ])
  })
})

describe('embed codes', () => {
  it('escapes the title, and the resizer trusts only the library’s origin', () => {
    const code = iframeCode('https://thuvien.example/thu-vien', { slug: 'a-b', title: 'Tờ rơi "mới" <b>' })
    expect(code).toContain('src="https://thuvien.example/thu-vien/nhung/a-b/"')
    expect(code).toContain('title="Tờ rơi &quot;mới&quot; &lt;b&gt;"')
    expect(code).toContain('e.origin!=="https://thuvien.example"')
  })

  it('puts the plain link before the widget tag', () => {
    const code = widgetCode('https://thuvien.example', {
      group: 'don-vi',
      slug: 'xa-sin-ho',
      linkUrl: 'https://thuvien.example/don-vi/xa-sin-ho/',
      linkText: 'Tài liệu của Xã Sìn Hồ',
    })
    expect(code).toBe(
      '<a href="https://thuvien.example/don-vi/xa-sin-ho/">Tài liệu của Xã Sìn Hồ</a>\n' +
        '<script src="https://thuvien.example/nhung/widget.js" data-unit="xa-sin-ho" data-limit="5" async></script>',
    )
  })
})
