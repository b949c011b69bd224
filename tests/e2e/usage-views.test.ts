/**
 * The admin's usage views in Chromium (issue 17): an editor opens a material with known counts and
 * reads them in «Lượt sử dụng», with a drawn chart; «Thống kê sử dụng» gives the unit's totals. The
 * chart library is fetched on those views only, not with every admin page.
 */
import type { Payload } from 'payload'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { usageDay } from '../../cms/usage/day'
import { usageTotals } from '../../cms/usage/query'
import { formatCount } from '../../cms/usageStats/columns'
import { addDays } from '../../cms/usageStats/periods'
import { DEMO_USERS } from '../../scripts/seed/index'
import { putUsageCounts } from '../support/usageCounts'
import { launchChromium, watchErrors } from './browser'
import { type RunningCms, startCms } from './cms'

// A string literal of Chart.js that survives minification: present in a script only if the library is.
const CHART_JS_MARK = 'Canvas is already in use'
const HOST = 'xasinho.laichau.example'

let cms: RunningCms
let browser: Browser
let payload: Payload
let page: Page
let errors: string[]
const scripts: string[] = []
const today = usageDay(new Date())
const tenDaysAgo = addDays(today, -10)
let material: { id: number | string; title: string }
let unitId: number
let fileName: string

beforeAll(async () => {
  ;[cms, browser] = await Promise.all([startCms(), launchChromium()])
  const { getCmsPayload } = await import('../../cms/lib/getCmsPayload')
  payload = await getCmsPayload()
  const unit = await payload.find({ collection: 'units', where: { name: { equals: 'Xã Sìn Hồ' } }, limit: 1 })
  unitId = unit.docs[0]?.id as number // a SQLite id: the e2e database
  const pdf = await payload.find({ collection: 'media', where: { mimeType: { equals: 'application/pdf' } }, limit: 1 })
  fileName = pdf.docs[0]?.filename ?? ''
  material = await payload.create({
    collection: 'materials',
    data: {
      title: `Tờ rơi đếm lượt sử dụng ${Date.now()}`,
      kind: 'leaflet',
      language: 'vi',
      summary: 'Tài liệu thử của trang thống kê.',
      ownerUnit: unitId,
      _status: 'draft',
    },
    draft: true,
  })
  await putUsageCounts(payload, [
    { day: today, material: material.id, event: 'view', count: 1234 },
    { day: tenDaysAgo, material: material.id, event: 'view', count: 6 },
    { day: today, material: material.id, event: 'download', file: pdf.docs[0]?.id, count: 3 },
    { day: today, material: material.id, event: 'embed-widget', host: HOST, count: 2 },
    { day: tenDaysAgo, material: material.id, event: 'qr', count: 1 },
  ])
  const editor = DEMO_USERS.find((user) => user.role === 'editor')
  page = await browser.newPage()
  errors = watchErrors(page)
  page.on('response', async (response) => {
    if (response.request().resourceType() === 'script') scripts.push(await response.text().catch(() => ''))
  })
  await page.goto(`${cms.url}/admin/login`)
  await page.fill('input[name="email"]', editor?.email ?? '')
  await page.fill('input[name="password"]', editor?.password ?? '')
  await page.locator('button[type="submit"]').click()
  await page.waitForURL(/\/admin\/?$/)
}, 300_000)

afterAll(async () => {
  await browser?.close()
  cms?.stop()
})

/** What the chart drew (the component records its datasets once Chart.js has drawn them), and how much ink. */
async function drawnChart(scope: string): Promise<{ sets: { label: string; data: number[] }[]; inked: number }> {
  const canvas = page.locator(`${scope} canvas[data-chart-drawn]`)
  await canvas.waitFor({ state: 'attached' })
  return canvas.evaluate((element: HTMLCanvasElement) => {
    const { data } = element.getContext('2d')?.getImageData(0, 0, element.width, element.height) ?? { data: [] }
    let inked = 0
    for (let index = 3; index < data.length; index += 4) if ((data[index] ?? 0) > 0) inked++
    return { sets: JSON.parse(element.dataset.chartDrawn ?? '[]'), inked }
  })
}

const cells = (row: ReturnType<Page['locator']>) => row.locator('td').allInnerTexts()

describe('usage in the admin', () => {
  it('a material’s sidebar shows its counts for 30 days and this year, per file and host, and a daily chart', async () => {
    await page.waitForLoadState('networkidle')
    expect(
      scripts.some((text) => text.includes(CHART_JS_MARK)),
      'Chart.js in the dashboard’s scripts',
    ).toBe(false)

    await page.goto(`${cms.url}/admin/collections/materials/${material.id}`)
    const panel = page.locator('[data-usage-panel]')
    await panel.locator('[data-testid="usage-figures"]').waitFor()
    const sameYear = tenDaysAgo.slice(0, 4) === today.slice(0, 4)
    expect(await cells(panel.locator('tr[data-column="view"]'))).toEqual(['1.240', sameYear ? '1.240' : '1.234'])
    expect(await cells(panel.locator('tr[data-column="download"]'))).toEqual(['3', '3'])
    expect(await cells(panel.locator('tr[data-column="qr"]'))).toEqual(['1', sameYear ? '1' : '0'])
    await expect(panel.locator('[data-testid="usage-downloads"]').innerText()).resolves.toContain(fileName)
    await expect(panel.locator('[data-testid="usage-hosts"]').innerText()).resolves.toMatch(new RegExp(`${HOST}\\s+2`))
    await expect(panel.innerText()).resolves.toMatch(/mất tối đa số lượt của \d+ giây cuối/)

    const chart = await drawnChart('[data-usage-panel]')
    const views = chart.sets.find((set) => set.label === 'Xem trang')?.data ?? []
    expect(views).toHaveLength(30)
    expect([views[19], views[29]]).toEqual([6, 1234])
    expect(chart.inked, 'pixels drawn on the canvas').toBeGreaterThan(500)
    await expect
      .poll(() => scripts.some((text) => text.includes(CHART_JS_MARK)), { message: 'Chart.js fetched' })
      .toBe(true)
    expect(errors).toEqual([])
  })

  it('«Thống kê sử dụng» gives the unit’s totals for the last 30 days, each linking to its materials', async () => {
    const link = page.locator('nav a', { hasText: 'Thống kê sử dụng' })
    await expect(link.getAttribute('href')).resolves.toBe('/admin/thong-ke-su-dung')
    await page.goto(`${cms.url}/admin/thong-ke-su-dung`)
    const { total } = await usageTotals(payload, { from: addDays(today, -29), to: today, units: [unitId] })
    const row = page.locator('[data-testid="usage-by-unit"] tr[data-row="Xã Sìn Hồ"]')
    const view = row.locator('td[data-figure="view"]')
    await expect(view.innerText()).resolves.toBe(formatCount(total.view))
    expect(total.view).toBeGreaterThanOrEqual(1240)
    await expect(row.locator('td[data-figure="qr"]').innerText()).resolves.toBe(formatCount(total.qr))
    await expect(view.locator('a').getAttribute('href')).resolves.toContain(`where[ownerUnit][equals]=${unitId}`)
    const chart = await drawnChart('.dvctt-usage')
    expect(chart.sets.length).toBeGreaterThan(0)
    expect(chart.inked).toBeGreaterThan(500)
    await expect(page.getByTestId('usage-note').innerText()).resolves.toMatch(/không cookie/)
    expect(errors).toEqual([])
  })
})
