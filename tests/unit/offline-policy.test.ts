/**
 * The service worker's rules (issue 20 §3): which requests it answers and how, what it keeps, and the titles the
 * offline page lists. The worker itself in Chromium with the network cut: e2e/offline.test.ts.
 */
import { describe, expect, it } from 'vitest'

import { keepable, MAX_FILE_BYTES, pageTitle, strategyFor } from '../../site/src/offline/policy'

const scope = 'https://thuvien.example/thu-vien/'

describe('strategyFor', () => {
  it.each([
    ['a material page, opened', 'tai-lieu/dang-ky-khai-sinh/', true, 'network-first'],
    ['the home page, opened', '', true, 'network-first'],
    ['a search, opened', 'tim-kiem/?q=khai+sinh', true, 'network-first'],
    ['a hashed stylesheet', '_astro/BaseLayout.Ab12Cd.css', false, 'cache-first'],
    ['a published file (a print kit)', 'tep/to-roi.pdf', false, 'cache-first'],
    ['a published file opened in its own tab', 'tep/to-roi.pdf', true, 'cache-first'],
    ['a hashed Pagefind chunk', 'pagefind/fragment/vi_abc.pf_fragment', false, 'cache-first'],
    ['Pagefind’s unhashed entry', 'pagefind/pagefind.js', false, null],
    ['an embed page inside a portal’s iframe', 'nhung/dang-ky-khai-sinh/', true, null],
    ['the embed widget’s data', 'nhung/du-lieu/moi-nhat.json', false, null],
    ['the admin behind the same host', 'admin/collections/materials', true, null],
    ['the CMS API', 'api/usage', false, null],
    ['a CMS preview', 'xem-truoc/abc/', true, null],
    ['a feed', 'nguon/tai-lieu.xml', false, null],
    ['the worker itself', 'sw.js', false, null],
    ['a file with a query (not the stored one)', 'tep/a.png?v=2', false, null],
  ])('%s', (_, rest, navigate, expected) => {
    expect(strategyFor(scope + rest, scope, navigate)).toBe(expected)
  })

  it('leaves another origin and the paths outside the base alone', () => {
    expect(strategyFor('https://cdn.example/_astro/a.css', scope, false)).toBeNull()
    expect(strategyFor('https://thuvien.example/admin', scope, true)).toBeNull()
  })
})

describe('keepable', () => {
  it('keeps a whole answer of our own within the bound', () => {
    expect(keepable(200, 'basic', '5000')).toBe(true)
    expect(keepable(200, 'basic', null)).toBe(true)
  })
  it('never keeps a range, an error, an opaque answer or a file above the bound', () => {
    expect(keepable(206, 'basic', '5000')).toBe(false)
    expect(keepable(404, 'basic', '500')).toBe(false)
    expect(keepable(200, 'opaque', null)).toBe(false)
    expect(keepable(200, 'basic', String(MAX_FILE_BYTES + 1))).toBe(false)
  })
})

describe('pageTitle', () => {
  it('reads the title without the site name, entities decoded', () => {
    const html = '<html><head><title>Đăng ký &amp; khai sinh &#39;mới&#39; · Thư viện Lai Châu</title></head></html>'
    expect(pageTitle(html, '/x/')).toBe("Đăng ký & khai sinh 'mới'")
  })
  it('falls back to the address', () => {
    expect(pageTitle('<html></html>', '/tai-lieu/a/')).toBe('/tai-lieu/a/')
  })
})
