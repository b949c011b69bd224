import { describe, expect, it } from 'vitest'

import { normaliseAnonymousQuery } from '@dvctt/cms/publicApi/normaliseQuery'

const normalise = (query: string) => normaliseAnonymousQuery(new URLSearchParams(query))

describe('normaliseAnonymousQuery: what an anonymous query becomes before Payload runs it', () => {
  it.each([
    ['limit=20', 'limit=20'],
    ['limit=100', 'limit=100'],
    ['limit=101', 'limit=100'],
    ['limit=0', 'limit=100'],
    ['limit=-1', 'limit=100'],
    ['limit=12.7', 'limit=12'],
    ['limit=abc', ''],
    ['depth=1', 'depth=1'],
    ['depth=10', 'depth=2'],
    ['depth=-3', 'depth=0'],
    ['pagination=true', 'pagination=true'],
    ['joins[units][limit]=0', 'joins%5Bunits%5D%5Blimit%5D=100'],
    ['where[title][like]=limit&page=3', 'where%5Btitle%5D%5Blike%5D=limit&page=3'],
  ])('%s → %s', (query, expected) => {
    const result = normalise(query)
    expect(result.ok && result.params.toString()).toBe(expected)
  })

  it.each([
    ['pagination=false'],
    ['pagination='],
    ['pagination=0'],
    ['limit[]=5'],
    ['limit[0]=5'],
    ['depth=1&depth=9'],
    ['where[limit]=1'],
  ])('%s is refused with a message saying what to send instead', (query) => {
    const result = normalise(query)
    expect(result.ok).toBe(false)
    expect(!result.ok && result.message).toMatch(/limit|pagination|depth|page/)
  })

  it('gives the same cache key whatever the order of the parameters', () => {
    const a = normalise('limit=20&sort=-updatedAt&where[kind][equals]=video')
    const b = normalise('where[kind][equals]=video&limit=20&sort=-updatedAt')
    expect(a.ok && b.ok && a.cacheKey === b.cacheKey).toBe(true)
    const c = normalise('limit=100000&sort=-updatedAt&where[kind][equals]=video')
    const d = normalise('limit=100&sort=-updatedAt&where[kind][equals]=video')
    expect(c.ok && d.ok && c.cacheKey === d.cacheKey).toBe(true)
  })
})
