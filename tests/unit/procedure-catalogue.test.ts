/** The catalogue page's address state and counts, and the submit links of a procedure page (site/src/lib/procedure*.ts). */
import { describe, expect, it } from 'vitest'

import {
  type CatalogueItem,
  type CatalogueOptions,
  catalogueCounts,
  codeFromUrl,
  EMPTY_STATE,
  parseCatalogueState,
  passes,
  toCatalogueSearch,
} from '../../site/src/lib/procedureCatalogue'
import { fillTemplate, procedureSubmitLinks } from '../../site/src/lib/procedureLinks'

const options: CatalogueOptions = {
  field: [
    { key: 'ho-tich', label: 'Hộ tịch' },
    { key: 'dat-dai', label: 'Đất đai' },
  ],
  level: [
    { key: 'toan-trinh', label: 'Toàn trình' },
    { key: 'mot-phan', label: 'Một phần' },
  ],
  cap: [
    { key: 'tinh', label: 'Cấp tỉnh' },
    { key: 'xa', label: 'Cấp xã' },
  ],
}

const items: CatalogueItem[] = [
  { code: '1.001193', field: 'ho-tich', level: 'toan-trinh', cap: 'xa' },
  { code: '1.000656', field: 'ho-tich', level: 'toan-trinh', cap: 'xa' },
  { code: '1.000894', field: 'ho-tich', level: 'mot-phan', cap: 'xa' },
  { code: '1.004227', field: 'dat-dai', level: 'mot-phan', cap: 'tinh' },
  { code: '2.000889', field: 'dat-dai', level: 'toan-trinh', cap: 'tinh' },
]

describe('catalogue address', () => {
  it('reads and writes ?q=&linh-vuc=&muc-do=&cap=', () => {
    const { state, ignored } = parseCatalogueState('?q=khai+sinh&linh-vuc=ho-tich&muc-do=toan-trinh&cap=xa', options)
    expect(ignored).toEqual([])
    expect(state).toEqual({ q: 'khai sinh', field: 'ho-tich', level: 'toan-trinh', cap: 'xa' })
    expect(toCatalogueSearch(state)).toBe('?q=khai+sinh&linh-vuc=ho-tich&muc-do=toan-trinh&cap=xa')
    expect(toCatalogueSearch(EMPTY_STATE)).toBe('')
  })

  it('drops unknown values and reports them, keeping the rest', () => {
    const { state, ignored } = parseCatalogueState('?linh-vuc=khong-co&muc-do=muc-do-4&cap=xa&utm_source=zalo', options)
    expect(state).toEqual({ q: '', field: null, level: null, cap: 'xa' })
    expect(ignored).toEqual(['khong-co', 'muc-do-4'])
  })
})

describe('catalogue counts', () => {
  it('counts each facet with the other filters and the search applied, not its own', () => {
    const state = { ...EMPTY_STATE, field: 'ho-tich', level: 'toan-trinh' }
    const counts = catalogueCounts(items, state, null)
    // Fields among toàn trình: 2 Hộ tịch, 1 Đất đai; levels within Hộ tịch: 2 toàn trình, 1 một phần.
    expect(Object.fromEntries(counts.field)).toEqual({ 'ho-tich': 2, 'dat-dai': 1 })
    expect(Object.fromEntries(counts.level)).toEqual({ 'toan-trinh': 2, 'mot-phan': 1 })
    expect(Object.fromEntries(counts.cap)).toEqual({ xa: 2 })
    expect(items.filter((i) => passes(i, state, null)).map((i) => i.code)).toEqual(['1.001193', '1.000656'])
  })

  it('intersects with what the search found', () => {
    const found = new Set(['1.001193', '1.004227', '9.999999'])
    expect(items.filter((i) => passes(i, EMPTY_STATE, found)).map((i) => i.code)).toEqual(['1.001193', '1.004227'])
    expect(Object.fromEntries(catalogueCounts(items, EMPTY_STATE, found).cap)).toEqual({ xa: 1, tinh: 1 })
  })

  it('reads the code from a procedure page address', () => {
    expect(codeFromUrl('/thu-tuc/1.001193/')).toBe('1.001193')
    expect(codeFromUrl('/thu-vien/thu-tuc/1.001193/')).toBe('1.001193')
    expect(codeFromUrl('/tai-lieu/dang-ky-khai-sinh/')).toBeNull()
  })
})

describe('submit links', () => {
  const templates = {
    national: 'https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc={code}',
    province: null,
    provinceName: 'Cổng Dịch vụ công tỉnh Lai Châu',
  }

  it('builds the national portal link from the code', () => {
    expect(procedureSubmitLinks({ code: '1.001193' }, templates, 'Cổng Dịch vụ công quốc gia')).toEqual([
      {
        href: 'https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=1.001193',
        portal: 'Cổng Dịch vụ công quốc gia',
        which: 'national',
      },
    ])
  })

  it("prefers the procedure's own https address from the catalogue", () => {
    const links = procedureSubmitLinks(
      { code: '1.001193', nationalPortalUrl: 'https://dichvucong.gov.vn/p/home/abc' },
      templates,
    )
    expect(links.map((l) => l.href)).toEqual(['https://dichvucong.gov.vn/p/home/abc'])
    // Not https: ignored, the template is used.
    expect(
      procedureSubmitLinks({ code: '1.001193', nationalPortalUrl: 'javascript:alert(1)' }, templates)[0]?.href,
    ).toMatch(/ma_thu_tuc=1\.001193$/)
  })

  it('adds the provincial portal link when its template is configured', () => {
    const links = procedureSubmitLinks(
      { code: '1.001193' },
      { ...templates, province: 'https://dichvucong.laichau.gov.vn/thu-tuc?ma={code}' },
    )
    expect(links.map((l) => [l.which, l.href, l.portal])).toEqual([
      [
        'national',
        'https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=1.001193',
        'Cổng Dịch vụ công quốc gia',
      ],
      ['province', 'https://dichvucong.laichau.gov.vn/thu-tuc?ma=1.001193', 'Cổng Dịch vụ công tỉnh Lai Châu'],
    ])
  })

  it('skips a template that does not make a web address', () => {
    expect(fillTemplate('not a url {code}', '1.001193')).toBeNull()
    expect(fillTemplate('ftp://x/{code}', '1.001193')).toBeNull()
    expect(fillTemplate('https://x.vn/{code}/{code}', '1 2')).toBe('https://x.vn/1%202/1%202')
  })
})
