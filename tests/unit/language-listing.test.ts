import { describe, expect, it } from 'vitest'

import { languageFilteredListings, languageListing } from '../../site/src/lib/languageListing'
import { materialListings } from '../../site/src/lib/routes'

const material = (id: number, language: string, versions: number[], topic = 'khai-sinh') => ({
  id,
  language,
  versions: versions.map((v) => ({ id: v })),
  kind: { path: 'to-roi', label: 'Tờ rơi' },
  topics: [{ slug: topic, name: topic }],
  reachesUnits: [{ slug: 'xa-sin-ho', name: 'Xã Sìn Hồ' }],
})

// 1 (vi) has a Hmong version 2 and a Thái version 3; 4 (vi) has none.
const library = [
  material(1, 'vi', [1, 2, 3]),
  material(2, 'hmn', [1, 2, 3]),
  material(3, 'tai', [1, 2, 3]),
  material(4, 'vi', [4], 'thue'),
]

describe('a language landing page', () => {
  it('lists the versions in the language and each Vietnamese material without one as a fallback, in library order', () => {
    expect(languageListing(library, 'hmn').map((i) => [i.material.id, i.fallback])).toEqual([
      [2, false],
      [4, true],
    ])
    expect(languageListing(library, 'dao').map((i) => [i.material.id, i.fallback])).toEqual([
      [1, true],
      [4, true],
    ])
  })
})

describe('language-filtered listings', () => {
  it('exist only where the language has a material', () => {
    const lists = languageFilteredListings(library).map(
      (l) => `${l.language}/${l.group}/${l.slug}:${l.items.map((m) => m.id)}`,
    )
    expect(lists.sort()).toEqual([
      'hmn/chu-de/khai-sinh:2',
      'hmn/don-vi/xa-sin-ho:2',
      'hmn/loai/to-roi:2',
      'tai/chu-de/khai-sinh:3',
      'tai/don-vi/xa-sin-ho:3',
      'tai/loai/to-roi:3',
    ])
  })

  it('are rebuilt, with every landing page, when one of their materials changes', () => {
    const placement = { slug: 'x', audiences: [], procedures: [], ...material(3, 'tai', [3]) }
    const routes = materialListings(placement)
    expect(routes).toEqual(
      expect.arrayContaining([
        '/hmn/',
        '/tai/',
        '/dao/',
        '/tai/loai/to-roi/',
        '/tai/chu-de/khai-sinh/',
        '/tai/don-vi/xa-sin-ho/',
      ]),
    )
    expect(materialListings({ ...placement, language: 'vi' }).filter((r) => r.startsWith('/tai/'))).toEqual(['/tai/'])
  })
})
