/**
 * The acceptance for the catalogue import, as an editor does it in the
 * browser: from the Procedures list to «Nạp danh mục thủ tục», upload the
 * province's file, read the preview with its three rejected rows explained,
 * download the report, confirm; the CMS then holds exactly the file's
 * catalogue. Re-importing the later edition shows exactly its changes; the
 * coverage view agrees with a count made independently over REST.
 *
 * Other e2e files share this database and expect the seeded catalogue, so
 * afterAll puts every procedure back as it found it and lets the site rebuild.
 */
import fs from 'node:fs'
import path from 'node:path'

import ExcelJS from 'exceljs'
import type { Payload } from 'payload'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { REBUILD_TASK } from '../../cms/jobs/rebuildSite'
import { formatShare } from '../../cms/vocabulary'
import type { Procedure } from '../../cms/payload-types'
import {
  BAD_ROWS,
  CATALOGUE_CHANGES,
  COMMUNE_SHEET,
  PROVINCE_SHEET,
  buildProvinceCatalogue,
  catalogueProcedures,
} from '../../scripts/seed/catalogueFile'
import { DEMO_LOGIN } from '../../scripts/seed/index'
import { launchChromium, watchErrors } from './browser'
import { type RunningCms, startCms } from './cms'
import { e2eWork } from './env'

const siteUrl = inject('siteUrl')
const EDITOR = { email: 'bientap@demo.local', password: DEMO_LOGIN.password }
const FILE_LABEL = 'Tệp danh mục thủ tục (.xlsx hoặc .csv)'

let browser: Browser
let cms: RunningCms
let payload: Payload
let page: Page
let errors: string[]
let snapshot: Procedure[] = []
const plainFile = path.join(e2eWork, 'danh-muc-tthc-lai-chau.xlsx')
const changedFile = path.join(e2eWork, 'danh-muc-tthc-lai-chau-2026.xlsx')

const LEVEL_WORDS = { full: 'Toàn trình', partial: 'Một phần' } as const
const flip = (level: 'full' | 'partial') => (level === 'full' ? 'partial' : 'full')

/** A seeded province procedure that none of the file's special rows touch. */
const STALE = (() => {
  const special = new Set<string>([
    ...CATALOGUE_CHANGES.levelChanged,
    CATALOGUE_CHANGES.renamed.code,
    CATALOGUE_CHANGES.dropped.code,
    BAD_ROWS.duplicateCode,
    '1.001193',
  ])
  const procedure = catalogueProcedures().find((p) => p.implementingLevel === 'province' && !special.has(p.code))
  if (!procedure) throw new Error('The seed has no plain province-level procedure to age.')
  return { ...procedure, oldName: `${procedure.name} (tên cũ)` }
})()
const ABOLISHED = {
  code: '1.099900',
  name: 'Cấp giấy phép kinh doanh dịch vụ karaoke (đã bãi bỏ)',
  field: 'Văn hóa',
  onlineLevel: 'full',
  implementingLevel: 'province',
} as const
const IMPLEMENTING_WORDS = { province: 'Cấp tỉnh', commune: 'Cấp xã' } as const

async function allProcedures(): Promise<Procedure[]> {
  return (await payload.find({ collection: 'procedures', pagination: false, depth: 0, sort: 'code' })).docs
}

/** The text of each cell of each body row of a preview table. */
async function tableRows(testId: string): Promise<string[][]> {
  const table = page.getByTestId(testId)
  if ((await table.count()) === 0) return []
  return table
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) => [...row.querySelectorAll('td')].map((cell) => (cell.textContent ?? '').trim())),
    )
}

async function summary(): Promise<Record<string, string>> {
  const items = await page
    .locator('dl.summary > div')
    .evaluateAll((divs) =>
      divs.map((div) => [div.querySelector('dt')?.textContent ?? '', div.querySelector('dd')?.textContent ?? '']),
    )
  return Object.fromEntries(items)
}

/** Where the file's bad rows really are, read from the workbook itself (1-based, as Excel shows them). */
async function badRowPositions(bytes: Buffer): Promise<[string, number, RegExp][]> {
  const book = new ExcelJS.Workbook()
  await book.xlsx.load(bytes as unknown as ArrayBuffer)
  const rowsOf = (sheet: string) => {
    const rows: { number: number; cells: string[] }[] = []
    book.getWorksheet(sheet)?.eachRow((row) =>
      rows.push({
        number: row.number,
        cells: Array.from(row.values as unknown[])
          .slice(1)
          .map((v) => (v == null ? '' : String(v))),
      }),
    )
    return rows
  }
  const province = rowsOf(PROVINCE_SHEET)
  const noCode = province.find((row) => row.cells[1] === '' && /lý lịch tư pháp/.test(row.cells[2] ?? ''))
  const duplicates = province.filter((row) => row.cells[1] === BAD_ROWS.duplicateCode)
  const unknownLevel = rowsOf(COMMUNE_SHEET).find((row) => row.cells[1] === BAD_ROWS.unknownLevel.code)
  return [
    [PROVINCE_SHEET, noCode?.number ?? -1, /mã/i],
    [PROVINCE_SHEET, duplicates.at(-1)?.number ?? -1, new RegExp(BAD_ROWS.duplicateCode.replace('.', '\\.'))],
    [COMMUNE_SHEET, unknownLevel?.number ?? -1, new RegExp(BAD_ROWS.unknownLevel.text)],
  ]
}

async function chooseAndPreview(file: string): Promise<void> {
  await page.getByLabel(FILE_LABEL).setInputFiles(file)
  await page.getByRole('button', { name: 'Xem trước' }).click()
  await page.getByRole('heading', { name: `Xem trước: tệp «${path.basename(file)}»` }).waitFor({ timeout: 60_000 })
}

async function confirm(): Promise<void> {
  await page.getByRole('button', { name: 'Xác nhận nạp' }).click()
  await page.getByRole('heading', { name: /^Đã nạp danh mục/ }).waitFor({ timeout: 60_000 })
}

beforeAll(async () => {
  cms = await startCms()
  browser = await launchChromium()
  const { getCmsPayload } = await import('../../cms/lib/getCmsPayload')
  payload = await getCmsPayload()
  snapshot = await allProcedures()
  // The CMS holds last year's catalogue: one procedure since renamed and moved to toàn trình, and one since
  // abolished. The file brings it up to date (a freshly seeded CMS would already match the file).
  const stale = await payload.find({ collection: 'procedures', where: { code: { equals: STALE.code } }, depth: 0 })
  await payload.update({
    collection: 'procedures',
    id: stale.docs[0]!.id,
    data: { name: STALE.oldName, onlineLevel: flip(STALE.onlineLevel) },
  })
  await payload.create({ collection: 'procedures', data: ABOLISHED })
  fs.mkdirSync(e2eWork, { recursive: true })
  fs.writeFileSync(plainFile, await buildProvinceCatalogue({ badRows: true }))
  fs.writeFileSync(changedFile, await buildProvinceCatalogue({ changed: true }))
}, 300_000)

afterAll(async () => {
  if (payload) {
    // Put the catalogue back as the other files expect it, queuing one rebuild the running CMS carries out.
    process.env.SITE_AUTO_REBUILD = '1'
    const before = new Map(snapshot.map((p) => [p.code, p]))
    for (const now of await allProcedures()) {
      const was = before.get(now.code)
      if (!was) {
        await payload.delete({ collection: 'procedures', id: now.id })
        continue
      }
      const { name, field, onlineLevel, implementingLevel, agencies, withdrawn, nationalPortalUrl } = was
      const data = { name, field, onlineLevel, implementingLevel, agencies, withdrawn, nationalPortalUrl }
      const same = JSON.stringify(data) === JSON.stringify({ ...data, ...pick(now, Object.keys(data)) })
      if (!same) await payload.update({ collection: 'procedures', id: now.id, data })
    }
    process.env.SITE_AUTO_REBUILD = '0'
    const deadline = Date.now() + 240_000
    while (cms && Date.now() < deadline) {
      const { totalDocs } = await payload.count({
        collection: 'payload-jobs',
        where: {
          and: [
            { taskSlug: { equals: REBUILD_TASK } },
            { completedAt: { exists: false } },
            { hasError: { not_equals: true } },
          ],
        },
      })
      if (totalDocs === 0) break
      await new Promise((resolve) => setTimeout(resolve, 2000))
    }
  }
  await browser?.close()
  cms?.stop()
}, 300_000)

function pick(doc: Procedure, keys: string[]): Record<string, unknown> {
  return Object.fromEntries(keys.map((key) => [key, (doc as unknown as Record<string, unknown>)[key]]))
}

describe('importing the procedure catalogue in the admin (acceptance)', () => {
  it('an editor opens the import from the Procedures list, previews the province file with its three bad rows explained, downloads the report and confirms', async () => {
    const context = await browser.newContext({ locale: 'vi-VN', acceptDownloads: true })
    page = await context.newPage()
    errors = watchErrors(page)
    await page.goto(`${cms.url}/admin/login`)
    await page.fill('input[name="email"]', EDITOR.email)
    await page.fill('input[name="password"]', EDITOR.password)
    await page.getByRole('button', { name: 'Đăng nhập' }).click()
    await page.waitForURL(/\/admin\/?$/, { timeout: 30_000 })

    await page.goto(`${cms.url}/admin/collections/procedures`)
    // On a slow link the page shows before its scripts run. Hold them back, so the file is chosen first.
    let releaseScripts = (): void => undefined
    const scriptsHeld = new Promise<void>((resolve) => {
      releaseScripts = resolve
    })
    const chunks = '**/_next/static/chunks/**'
    await page.route(chunks, (route) => scriptsHeld.then(() => route.continue()))
    await page.locator('.dvctt-procedures-header').getByRole('link', { name: 'Nạp danh mục thủ tục' }).click()
    await page.getByRole('heading', { level: 1, name: 'Nạp danh mục thủ tục' }).waitFor()
    expect(await page.title()).toContain('Nạp danh mục thủ tục')
    expect(await page.getByRole('button', { name: 'Xem trước' }).isDisabled()).toBe(true)

    // A file that is not a spreadsheet, chosen before the scripts ran: refused in the page, in Vietnamese,
    // the choice kept for a retry.
    await page.getByLabel(FILE_LABEL).setInputFiles({
      name: 'danh-muc.xlsx',
      mimeType: 'application/octet-stream',
      buffer: Buffer.from('Không phải bảng tính'),
    })
    // The route stays: Playwright refuses a second answer to a request unroute() has already let through.
    releaseScripts()
    await page.getByRole('button', { name: 'Xem trước' }).click({ timeout: 60_000 })
    const refusal = page.getByRole('alert').filter({ hasText: 'Chưa có gì được ghi.' })
    await refusal.waitFor()
    expect(await refusal.textContent()).toContain('Tệp «danh-muc.xlsx» vẫn được chọn')
    expect(await page.getByRole('button', { name: 'Xem trước' }).isEnabled()).toBe(true)
    // Chromium logs that refused request (HTTP 400) as a console error; it was the point of this step.
    expect(errors).toEqual([expect.stringContaining('400')])
    errors.length = 0

    await chooseAndPreview(plainFile)
    // Focus moves to the preview, so keyboard and screen-reader users land on it.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('import-preview')
    expect(await refusal.count()).toBe(0)
    // Nothing is written by a preview.
    expect(
      (await payload.find({ collection: 'procedures', where: { code: { equals: STALE.code } } })).docs[0]?.name,
    ).toBe(STALE.oldName)
    expect(
      (await payload.find({ collection: 'procedures', where: { code: { equals: ABOLISHED.code } } })).docs[0]
        ?.withdrawn,
    ).toBe(false)

    expect(await tableRows('added')).toEqual([])
    expect((await tableRows('changed')).map(([code, , field, from, to]) => [code, field, from, to]).sort()).toEqual(
      [
        [STALE.code, 'Tên thủ tục', `«${STALE.oldName}»`, `«${STALE.name}»`],
        [
          STALE.code,
          'Mức độ DVCTT',
          `«${LEVEL_WORDS[flip(STALE.onlineLevel)]}»`,
          `«${LEVEL_WORDS[STALE.onlineLevel]}»`,
        ],
      ].sort(),
    )
    expect(await tableRows('withdrawn')).toContainEqual([ABOLISHED.code, ABOLISHED.name])
    expect(await summary()).toMatchObject({ 'Thêm mới': '0', 'Thay đổi': '1' })

    const rejected = await tableRows('rejected')
    const expected = await badRowPositions(fs.readFileSync(plainFile))
    expect(rejected).toHaveLength(3)
    expected.forEach(([sheet, row, reason], i) => {
      expect(rejected[i]?.slice(0, 2), `rejected row ${i + 1}`).toEqual([sheet, String(row)])
      expect(rejected[i]?.[2], `reason of rejected row ${i + 1}`).toMatch(reason)
    })
    expect((await summary())['Dòng bị loại']).toBe('3')

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Tải báo cáo (CSV)' }).click(),
    ])
    expect(download.suggestedFilename()).toMatch(/\.csv$/)
    const csv = fs.readFileSync(await download.path(), 'utf8')
    expect(csv.startsWith('\uFEFF')).toBe(true)
    expect(csv).toContain('Dòng bị loại (3)')
    expect(csv).toContain(BAD_ROWS.duplicateCode)
    expect(csv).toContain(BAD_ROWS.unknownLevel.text)

    await confirm()
    const current = (await allProcedures())
      .filter((p) => !p.withdrawn)
      .map(({ code, name, field, onlineLevel, implementingLevel }) => ({
        code,
        name,
        field,
        onlineLevel,
        implementingLevel,
      }))
    const expectedCatalogue = catalogueProcedures()
      .map(({ code, name, field, onlineLevel, implementingLevel }) => ({
        code,
        name,
        field,
        onlineLevel,
        implementingLevel,
      }))
      .sort((a, b) => a.code.localeCompare(b.code))
    expect(current).toEqual(expectedCatalogue)
    // Procedures other files had added are kept, flagged as no longer listed.
    const listed = new Set(expectedCatalogue.map((p) => p.code))
    for (const p of [...snapshot, ABOLISHED].filter((p) => !listed.has(p.code))) {
      expect(
        (await payload.find({ collection: 'procedures', where: { code: { equals: p.code } } })).docs[0]?.withdrawn,
        p.code,
      ).toBe(true)
    }
    expect(errors).toEqual([])
  }, 240_000)

  it('re-importing the later edition shows exactly its changes, and confirming writes them', async () => {
    await page.getByRole('button', { name: 'Nạp tệp khác' }).click()
    await chooseAndPreview(changedFile)

    const seed = new Map(catalogueProcedures().map((p) => [p.code, p]))
    const { added, renamed, dropped, levelChanged } = CATALOGUE_CHANGES
    expect(await tableRows('added')).toEqual([
      [
        added.code,
        added.name,
        added.field,
        LEVEL_WORDS[added.onlineLevel],
        IMPLEMENTING_WORDS[added.implementingLevel],
        '',
      ],
    ])
    const changed = (await tableRows('changed')).map(([code, , field, from, to]) => [code, field, from, to])
    const levelRow = (code: string) => {
      const was = seed.get(code)!.onlineLevel
      return [code, 'Mức độ DVCTT', `«${LEVEL_WORDS[was]}»`, `«${LEVEL_WORDS[was === 'full' ? 'partial' : 'full']}»`]
    }
    expect(changed.sort()).toEqual(
      [
        ...levelChanged.map(levelRow),
        [renamed.code, 'Tên thủ tục', `«${seed.get(renamed.code)!.name}»`, `«${renamed.name}»`],
      ].sort(),
    )
    expect(await tableRows('withdrawn')).toEqual([[dropped.code, dropped.name]])
    expect(await tableRows('rejected')).toEqual([])
    expect(await summary()).toMatchObject({
      'Thêm mới': '1',
      'Thay đổi': '3',
      'Không còn trong danh mục': '1',
      'Dòng bị loại': '0',
    })
    expect(await page.getByText('Chúng được giữ lại, không bị xóa', { exact: false }).isVisible()).toBe(true)

    await confirm()
    const byCode = new Map((await allProcedures()).map((p) => [p.code, p]))
    expect(byCode.get(added.code)).toMatchObject({
      name: added.name,
      onlineLevel: 'full',
      implementingLevel: 'commune',
      withdrawn: false,
    })
    expect(byCode.get(renamed.code)?.name).toBe(renamed.name)
    for (const code of levelChanged) expect(byCode.get(code)?.onlineLevel, code).not.toBe(seed.get(code)!.onlineLevel)
    expect(byCode.get(dropped.code)).toMatchObject({ name: dropped.name, withdrawn: true })
    expect(byCode.get(dropped.code)?.withdrawnAt).toBeTruthy()

    // The same file again changes nothing.
    await page.getByRole('button', { name: 'Nạp tệp khác' }).click()
    await chooseAndPreview(changedFile)
    expect(await summary()).toMatchObject({ 'Thêm mới': '0', 'Thay đổi': '0', 'Không còn trong danh mục': '0' })
    expect(await page.getByRole('button', { name: 'Xác nhận nạp' }).isDisabled()).toBe(true)
    expect(errors).toEqual([])
  }, 240_000)

  it('the coverage view shows the share of current toàn trình procedures with a published guide, as counted over REST', async () => {
    // Independently: every procedure and every publicly readable material, as an anonymous visitor reads them.
    // Page by page: an anonymous client gets at most 100 documents a request (cms/publicApi/).
    const readAll = async <T>(collection: string): Promise<{ docs: T[] }> => {
      const docs: T[] = []
      for (let page = 1; ; page++) {
        const answer = (await (await fetch(`${cms.url}/api/${collection}?depth=0&limit=100&page=${page}`)).json()) as {
          docs: T[]
          hasNextPage: boolean
        }
        docs.push(...answer.docs)
        if (!answer.hasNextPage) return { docs }
      }
    }
    const procedures = await readAll<Procedure>('procedures')
    const materials = await readAll<{ procedures?: (number | { id: number })[] | null; validUntil?: string | null }>(
      'materials',
    )
    const guided = new Set(
      materials.docs
        .filter((m) => !m.validUntil || new Date(m.validUntil) > new Date())
        .flatMap((m) => (m.procedures ?? []).map((p) => String(typeof p === 'object' ? p.id : p))),
    )
    const full = procedures.docs.filter((p) => p.onlineLevel === 'full' && !p.withdrawn)
    const covered = full.filter((p) => guided.has(String(p.id))).length
    expect(full.length).toBeGreaterThan(0)
    const figure = `${formatShare(covered / full.length)} (${covered}/${full.length} thủ tục toàn trình có hướng dẫn)`

    await page.goto(`${cms.url}/admin/collections/procedures`)
    await expect(page.getByTestId('coverage-summary').textContent()).resolves.toContain(
      `${formatShare(covered / full.length)} thủ tục toàn trình có hướng dẫn (${covered}/${full.length})`,
    )
    // The sidebar links there too (for every signed-in role); the list's summary is the editor's way in.
    expect(await page.locator(`a.nav__link[href="/admin/do-phu-huong-dan"]`).count()).toBe(1)
    await page.getByRole('link', { name: 'Xem chi tiết theo lĩnh vực và đơn vị' }).click()
    await page.getByRole('heading', { level: 1, name: 'Độ phủ hướng dẫn' }).waitFor()
    expect(await page.getByTestId('coverage-overall').textContent()).toBe(`Toàn tỉnh: ${figure}`)

    // The list of procedures lacking a guide names exactly the uncovered ones, each linking to its edit page.
    const missing = await page.getByTestId('coverage-missing').locator('tbody tr td:first-child').allTextContents()
    expect(missing.sort()).toEqual(
      full
        .filter((p) => !guided.has(String(p.id)))
        .map((p) => p.code)
        .sort(),
    )
    const hộTịch = await page
      .getByTestId('coverage-by-field')
      .locator('tbody tr', { hasText: 'Hộ tịch' })
      .locator('td')
      .allTextContents()
    const hộTịchFull = full.filter((p) => p.field === 'Hộ tịch')
    const hộTịchCovered = hộTịchFull.filter((p) => guided.has(String(p.id))).length
    expect(hộTịch).toEqual([
      String(hộTịchFull.length),
      String(hộTịchCovered),
      formatShare(hộTịchCovered / hộTịchFull.length),
    ])
    expect(errors).toEqual([])
    await page.context().close()
  }, 120_000)

  it('the rebuilt public site has the procedure the later edition added', async () => {
    const url = `${siteUrl}/thu-tuc/${CATALOGUE_CHANGES.added.code}/`
    const deadline = Date.now() + 240_000
    let status = 0
    while (Date.now() < deadline && status !== 200) {
      status = (await fetch(url)).status
      if (status !== 200) await new Promise((resolve) => setTimeout(resolve, 2000))
    }
    expect(status, `the site never showed ${url}; CMS log:\n${cms.log().slice(-3000)}`).toBe(200)
    expect(await (await fetch(url)).text()).toContain(CATALOGUE_CHANGES.added.name)
  }, 300_000)
})
