/**
 * The procedure catalogue (/thu-tuc/), a procedure's page and the guide
 * coverage page in Chromium over the seeded demo site: what a citizen filters,
 * types and reads, and figures checked against the CMS itself.
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { launchChromium, watchErrors } from './browser'

const siteUrl = inject('siteUrl')
const BIRTH = { code: '1.001193', name: 'Đăng ký khai sinh' }
const NATIONAL_URL = (code: string) =>
  `https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=${code}`

let browser: Browser

beforeAll(async () => {
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
})

interface CmsProcedure {
  id: number | string
  code: string
  name: string
  field: string
  onlineLevel: 'full' | 'partial'
  implementingLevel: 'province' | 'commune'
  withdrawn?: boolean | null
  agencies?: (number | string | { id: number | string })[] | null
}

/** What the CMS holds, read with public access (as an anonymous REST client would), independently of the site build. */
async function fromCms(): Promise<{
  procedures: CmsProcedure[]
  guided: Set<string>
  units: { id: number | string; slug?: string | null; name: string; type: string; historical?: boolean | null }[]
}> {
  const { getCmsPayload } = await import('../../cms/lib/getCmsPayload')
  const payload = await getCmsPayload()
  const read = { overrideAccess: false, pagination: false, depth: 0 } as const
  const procedures = (await payload.find({ collection: 'procedures', ...read })).docs as CmsProcedure[]
  const materials = (
    await payload.find({ collection: 'materials', where: { _status: { equals: 'published' } }, draft: false, ...read })
  ).docs
  const guided = new Set(
    materials.flatMap((m) => (m.procedures ?? []).map((p) => String(typeof p === 'object' ? p.id : p))),
  )
  const units = (await payload.find({ collection: 'units', ...read })).docs
  return { procedures, guided, units }
}

/** Waits until the catalogue shows the answer to the address now in the location bar. */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const root = document.querySelector('.catalogue')
      const search = new URLSearchParams(window.location.search).toString()
      return (
        root?.getAttribute('data-state') === 'done' &&
        root.getAttribute('data-answered') === (search ? `?${search}` : '')
      )
    },
    undefined,
    { timeout: 60_000 },
  )
}

async function open(page: Page, search = ''): Promise<void> {
  await page.goto(`${siteUrl}/thu-tuc/${search}`)
  await settled(page)
}

const visibleCodes = (page: Page): Promise<string[]> =>
  page
    .locator('[data-catalogue-row]')
    .evaluateAll((rows) =>
      rows.filter((r) => (r as HTMLElement).offsetParent !== null).map((r) => r.getAttribute('data-code') ?? ''),
    )

/** The count an option of a filter shows: "Hộ tịch (12)" → 12. */
async function optionCount(page: Page, facet: 'field' | 'level' | 'cap', key: string): Promise<number> {
  const text = (await page.locator(`.catalogue select[name="${facet}"] option[value="${key}"]`).textContent()) ?? ''
  return Number(/\(([\d.]+)\)\s*$/.exec(text)?.[1]?.replace(/\./g, '') ?? Number.NaN)
}

const statusText = async (page: Page): Promise<string> =>
  ((await page.locator('.catalogue__status').textContent()) ?? '').trim()

async function choose(page: Page, facet: 'field' | 'level' | 'cap', key: string): Promise<void> {
  await page.locator(`.catalogue select[name="${facet}"]`).selectOption(key)
  const param = `${{ field: 'linh-vuc', level: 'muc-do', cap: 'cap' }[facet]}=${key}`
  await page.waitForFunction(
    (wanted) => new URLSearchParams(window.location.search).toString().split('&').includes(wanted),
    param,
  )
  await settled(page)
}

describe('procedure catalogue', () => {
  it('lists every current procedure, grouped by field, without JavaScript', async () => {
    const { procedures } = await fromCms()
    const current = procedures.filter((p) => !p.withdrawn)
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`${siteUrl}/thu-tuc/`)
    const codes = await page
      .locator('[data-catalogue-row]')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-code')))
    expect(codes.sort()).toEqual(current.map((p) => p.code).sort())
    // The field index leads to each section.
    const fields = new Set(current.map((p) => p.field))
    const anchors = page.locator('[data-catalogue-toc] a')
    expect(await anchors.count()).toBe(fields.size)
    const target = await anchors.first().getAttribute('href')
    expect(await page.locator(`section ${target} `.trim()).count()).toBe(1)
    // Each row: its page, and the national portal built from its code.
    const row = page.locator(`[data-code="${BIRTH.code}"]`)
    expect(await row.getByRole('link', { name: BIRTH.name, exact: true }).getAttribute('href')).toMatch(
      /\/thu-tuc\/1\.001193\/$/,
    )
    expect(await row.getByRole('link', { name: /Nộp hồ sơ trực tuyến/ }).getAttribute('href')).toBe(
      NATIONAL_URL(BIRTH.code),
    )
    expect(await row.textContent()).toMatch(/Hộ tịch.*Cấp xã.*Toàn trình/s)
    expect(await row.textContent()).toMatch(/\d+ tài liệu hướng dẫn/)
    // The coverage page is one link away.
    expect(await page.getByRole('link', { name: /Độ phủ tài liệu hướng dẫn/ }).getAttribute('href')).toMatch(
      /\/thu-tuc\/do-phu-huong-dan\/$/,
    )
    await context.close()
  })

  it('filters by field, level and implementing level, with counts that match the rows shown', {
    timeout: 120_000,
  }, async () => {
    const page = await browser.newPage()
    const errors = watchErrors(page)
    await open(page)
    const all = (await visibleCodes(page)).length
    expect(await statusText(page)).toBe(`Đang hiển thị tất cả ${all} thủ tục.`)

    const fieldKeys = await page
      .locator('.catalogue select[name="field"] option')
      .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value).filter(Boolean))
    expect(fieldKeys.length).toBeGreaterThan(3)
    let sum = 0
    for (const key of fieldKeys.slice(0, 4)) {
      await open(page)
      const expected = await optionCount(page, 'field', key)
      await choose(page, 'field', key)
      const shown = await page
        .locator('[data-catalogue-row]')
        .evaluateAll((rows) =>
          rows.filter((r) => (r as HTMLElement).offsetParent !== null).map((r) => r.getAttribute('data-field')),
        )
      expect(shown.length).toBe(expected)
      expect(new Set(shown)).toEqual(new Set([key]))
      expect(await statusText(page)).toBe(`Đang hiển thị ${expected} trong ${all} thủ tục.`)
      sum += expected
    }
    expect(sum).toBeLessThanOrEqual(all)

    // Combined: Hộ tịch, then toàn trình, then cấp xã; each option's count is what picking it shows.
    await open(page)
    await choose(page, 'field', 'ho-tich')
    const full = await optionCount(page, 'level', 'toan-trinh')
    await choose(page, 'level', 'toan-trinh')
    expect((await visibleCodes(page)).length).toBe(full)
    const commune = await optionCount(page, 'cap', 'xa')
    await choose(page, 'cap', 'xa')
    const rows = await page
      .locator('[data-catalogue-row]')
      .evaluateAll((list) =>
        list
          .filter((r) => (r as HTMLElement).offsetParent !== null)
          .map((r) =>
            [r.getAttribute('data-field'), r.getAttribute('data-level'), r.getAttribute('data-cap')].join('|'),
          ),
      )
    expect(rows.length).toBe(commune)
    expect(rows.length).toBeGreaterThan(0)
    expect(new Set(rows)).toEqual(new Set(['ho-tich|toan-trinh|xa']))
    expect(new URL(page.url()).search).toBe('?linh-vuc=ho-tich&muc-do=toan-trinh&cap=xa')
    // Sections with nothing left to show are hidden too.
    expect(await page.locator('[data-catalogue-section]:visible').count()).toBe(1)
    expect(errors).toEqual([])
    await page.close()
  })

  it('keeps its state in the address: a shared link opens filtered, back and forward walk the filters', {
    timeout: 120_000,
  }, async () => {
    const page = await browser.newPage()
    await open(page, '?linh-vuc=ho-tich')
    const fieldOnly = await visibleCodes(page)
    expect(await page.locator('.catalogue select[name="field"]').inputValue()).toBe('ho-tich')
    await choose(page, 'level', 'mot-phan')
    const both = await visibleCodes(page)
    expect(both.length).toBeLessThan(fieldOnly.length)
    await page.goBack()
    await settled(page)
    expect(new URL(page.url()).search).toBe('?linh-vuc=ho-tich')
    expect(await page.locator('.catalogue select[name="level"]').inputValue()).toBe('')
    expect(await visibleCodes(page)).toEqual(fieldOnly)
    await page.goForward()
    await settled(page)
    expect(await visibleCodes(page)).toEqual(both)
    await page.close()
  })

  it('drops filter values it does not have, and says so in Vietnamese', async () => {
    const page = await browser.newPage()
    await page.goto(`${siteUrl}/thu-tuc/?linh-vuc=khong-co-linh-vuc-nay&cap=xa`)
    await settled(page)
    expect(await page.locator('.catalogue .notice').textContent()).toMatch(/«khong-co-linh-vuc-nay».*Đã bỏ qua/s)
    expect(new URL(page.url()).search).toBe('?cap=xa')
    const rows = await page
      .locator('[data-catalogue-row]')
      .evaluateAll((list) =>
        list.filter((r) => (r as HTMLElement).offsetParent !== null).map((r) => r.getAttribute('data-cap')),
      )
    expect(new Set(rows)).toEqual(new Set(['xa']))
    await page.close()
  })

  it.each(['dang ky khai sinh', 'Đăng ký khai sinh', BIRTH.code, BIRTH.code.slice(2)])(
    'finds «Đăng ký khai sinh» by typing "%s"',
    { timeout: 90_000 },
    async (query) => {
      const page = await browser.newPage()
      const errors = watchErrors(page)
      await open(page)
      await page.locator('.catalogue input[name="q"]').fill(query)
      await page.locator('.catalogue input[name="q"]').press('Enter')
      await page.waitForFunction(() => window.location.search.includes('q='))
      await settled(page)
      const codes = await visibleCodes(page)
      expect(codes).toContain(BIRTH.code)
      expect(codes.length).toBeLessThan(10)
      expect(await statusText(page)).toMatch(new RegExp(`^Đang hiển thị ${codes.length} trong \\d+ thủ tục\\.$`))
      expect(await page.locator(`[data-code="${BIRTH.code}"] .procedure__name`).textContent()).toBe(BIRTH.name)
      expect(errors).toEqual([])
      await page.close()
    },
  )

  it('searches within the filters, and says when nothing matches', { timeout: 90_000 }, async () => {
    const page = await browser.newPage()
    // Khai sinh is commune level: none at province level.
    await open(page, `?q=${encodeURIComponent('khai sinh')}&cap=tinh`)
    expect(await visibleCodes(page)).toEqual([])
    expect(await page.locator('.catalogue__empty').textContent()).toMatch(/Không có thủ tục nào khớp/)
    await open(page, '?q=xyzqwv')
    expect(await visibleCodes(page)).toEqual([])
    expect(await page.locator('.catalogue__empty').textContent()).toMatch(/«xyzqwv»/)
    await page.locator('.catalogue__empty button').click()
    await settled(page)
    expect(new URL(page.url()).search).toBe('')
    expect((await visibleCodes(page)).length).toBeGreaterThan(10)
    await page.close()
  })
})

describe('procedure page', () => {
  it('shows the code, levels, implementing agency and the national submit link built from the code', async () => {
    const { procedures, units } = await fromCms()
    const withAgency = procedures.find((p) => !p.withdrawn && (p.agencies ?? []).length > 0)
    expect(withAgency).toBeTruthy()
    const agencyRef = withAgency!.agencies![0]!
    const agency = units.find((u) => String(u.id) === String(typeof agencyRef === 'object' ? agencyRef.id : agencyRef))
    const page = await browser.newPage()
    await page.goto(`${siteUrl}/thu-tuc/${withAgency!.code}/`)
    const facts = (await page.locator('.facts').textContent()) ?? ''
    expect(facts).toContain(withAgency!.code)
    expect(facts).toMatch(/Cấp tỉnh/)
    expect(facts).toContain('Cơ quan thực hiện')
    expect(await page.locator('.facts').getByRole('link', { name: agency!.name }).getAttribute('href')).toMatch(
      new RegExp(`/don-vi/${agency!.slug}/$`),
    )
    expect(await page.getByRole('link', { name: /Nộp hồ sơ trực tuyến/ }).getAttribute('href')).toBe(
      NATIONAL_URL(withAgency!.code),
    )
    // No provincial portal unless SITE_PROVINCE_PROCEDURE_URL is set (unit-tested in procedure-catalogue.test.ts).
    expect(await page.getByRole('link', { name: /Nộp trên Cổng Dịch vụ công tỉnh/ }).count()).toBe(0)
    expect(await page.locator('.procedure-withdrawn').count()).toBe(0)
    await page.close()
  })
})

describe('coverage page', () => {
  it('shows figures equal to a count made from the CMS: toàn trình procedures with a published guide', {
    timeout: 60_000,
  }, async () => {
    const { procedures, guided } = await fromCms()
    const full = procedures.filter((p) => !p.withdrawn && p.onlineLevel === 'full')
    const covered = full.filter((p) => guided.has(String(p.id)))
    const share = (c: number, t: number) =>
      `${t === 0 || c === 0 ? '0' : c === t ? '100' : ((c / t) * 100).toFixed(1).replace('.', ',')} %`

    const page = await browser.newPage()
    const response = await page.goto(`${siteUrl}/thu-tuc/do-phu-huong-dan/`)
    expect(response?.status()).toBe(200)
    const overall = page.locator('.coverage-overall')
    expect(await overall.getAttribute('data-total')).toBe(String(full.length))
    expect(await overall.getAttribute('data-covered')).toBe(String(covered.length))
    expect(await overall.textContent()).toContain(share(covered.length, full.length))
    expect(await overall.textContent()).toContain(`${covered.length} trên ${full.length} thủ tục`)

    // Per field, in Vietnamese order.
    const collator = new Intl.Collator('vi')
    const fields = [...new Set(full.map((p) => p.field))].sort(collator.compare)
    const fieldRows = await page
      .locator('#bang-linh-vuc tbody tr')
      .evaluateAll((rows) =>
        rows.map((r) => [
          r.querySelector('th')?.textContent?.trim(),
          r.querySelectorAll('td')[0]?.textContent?.trim(),
          r.querySelectorAll('td')[1]?.textContent?.trim(),
        ]),
      )
    expect(fieldRows).toEqual(
      fields.map((field) => {
        const t = full.filter((p) => p.field === field)
        const c = t.filter((p) => guided.has(String(p.id))).length
        return [field, `${c} / ${t.length}`, share(c, t.length)]
      }),
    )
    expect(await page.locator('#bang-linh-vuc caption').count()).toBe(1)
    expect(await page.locator('#bang-linh-vuc thead th[scope="col"]').count()).toBe(3)

    // Per unit: a commune handles every commune-level toàn trình procedure.
    const communeFull = full.filter((p) => p.implementingLevel === 'commune')
    const communeCovered = communeFull.filter((p) => guided.has(String(p.id))).length
    const communeRow = page.locator('#bang-don-vi tbody tr', { has: page.locator('th a', { hasText: /^Xã / }) }).first()
    expect(await communeRow.getAttribute('data-total')).toBe(String(communeFull.length))
    expect(await communeRow.getAttribute('data-covered')).toBe(String(communeCovered))
    expect(await communeRow.locator('th a').getAttribute('href')).toMatch(/\/don-vi\/[^/]+\/$/)
    const unitNames = await page.locator('#bang-don-vi tbody th').allTextContents()
    expect(unitNames).toEqual([...unitNames].sort(collator.compare))

    // The procedures still lacking a guide, each linking to its page.
    const missing = await page
      .locator('.coverage-missing li[data-code]')
      .evaluateAll((items) => items.map((li) => li.getAttribute('data-code')))
    expect(missing.sort()).toEqual(
      full
        .filter((p) => !guided.has(String(p.id)))
        .map((p) => p.code)
        .sort(),
    )
    await page.close()
  })
})
