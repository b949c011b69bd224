/**
 * The built site's procedure pages from real CMS data (issue 7): a withdrawn
 * procedure, the provincial portal link from SITE_PROVINCE_PROCEDURE_URL, and
 * the catalogue and coverage pages following a guide being published and
 * unpublished through incremental builds.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, expect, it } from 'vitest'

import type { Procedure } from '@dvctt/cms/payload-types'

import { describeWithDatabase, getTestPayload } from '../support/cms'
import { type Fixtures, fixtures, uniqueSuffix } from '../support/factories'
import { freshLiveSite, readPage, removeSiteDir, runPendingRebuilds, testSiteDir } from '../support/siteBuild'

const PROVINCE_TEMPLATE = 'https://dichvucong.laichau.gov.vn/dich-vu-cong/tthc?ma={code}'
const ddmmyyyy = (iso: string) =>
  new Intl.DateTimeFormat('vi-VN', {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    timeZone: 'Asia/Ho_Chi_Minh',
  }).format(new Date(iso))
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

describeWithDatabase('procedure pages on the built site', () => {
  let payload: Payload
  let make: Fixtures
  const outDir = testSiteDir('procedure-site')
  const field = `Lĩnh vực thử ${uniqueSuffix()}`
  let guidedLater: Procedure
  let unguided: Procedure
  let withdrawn: Procedure
  let ownerUnit: number
  const previousTemplate = process.env.SITE_PROVINCE_PROCEDURE_URL

  /** "1 / 2" of the field's row in the coverage page's per-field table. */
  const fieldRow = (): string | undefined => {
    const html = readPage(outDir, '/thu-tuc/do-phu-huong-dan/') ?? ''
    return new RegExp(
      `<th scope="row">${escape(field)}</th>\\s*<td>([^<]*)</td>\\s*<td[^>]*>.*?<span>([^<]*)</span>`,
      's',
    )
      .exec(html)
      ?.slice(1, 3)
      .join(' = ')
  }
  /** The catalogue's row of a procedure, as HTML. */
  const catalogueRow = (code: string): string =>
    (readPage(outDir, '/thu-tuc/') ?? '')
      .split('<li class="procedure"')
      .find((chunk) => chunk.includes(`data-code="${code}"`)) ?? ''

  beforeAll(async () => {
    process.env.SITE_PROVINCE_PROCEDURE_URL = PROVINCE_TEMPLATE
    payload = await getTestPayload()
    make = fixtures(payload)
    ownerUnit = (await make.createUnit()).id
    guidedLater = await make.createProcedure({ field, name: `Cấp giấy phép thử ${uniqueSuffix()}` })
    unguided = await make.createProcedure({ field, name: `Gia hạn giấy phép thử ${uniqueSuffix()}` })
    withdrawn = await make.createProcedure({ field, name: `Thủ tục đã bãi bỏ ${uniqueSuffix()}`, withdrawn: true })
    // Một phần: never in the coverage figures.
    await make.createProcedure({ field, onlineLevel: 'partial' })
    await make.createPublishedMaterial({
      ownerUnit,
      title: `Hướng dẫn thủ tục đã bãi bỏ ${uniqueSuffix()}`,
      procedures: [withdrawn.id],
    })
    await freshLiveSite(payload, outDir)
  }, 300_000)

  afterAll(() => {
    removeSiteDir(outDir)
    if (previousTemplate === undefined) delete process.env.SITE_PROVINCE_PROCEDURE_URL
    else process.env.SITE_PROVINCE_PROCEDURE_URL = previousTemplate
  })

  it('says a withdrawn procedure is no longer listed, from when, hides its submit buttons and keeps its guides', () => {
    expect(withdrawn.withdrawnAt).toBeTruthy()
    const html = readPage(outDir, `/thu-tuc/${withdrawn.code}/`) ?? ''
    expect(html).toContain(`Thủ tục này không còn trong danh mục từ ${ddmmyyyy(withdrawn.withdrawnAt ?? '')}.`)
    // (The footer's general "Nộp hồ sơ trực tuyến tại Cổng Dịch vụ công quốc gia" stays.)
    expect(html).not.toContain('class="procedure-submit"')
    expect(html).not.toContain('ma_thu_tuc=')
    expect(html).not.toContain(PROVINCE_TEMPLATE.replace('{code}', ''))
    expect(html).toContain('Hướng dẫn thủ tục đã bãi bỏ')
    // Not in the catalogue's list, but in its own section.
    const catalogue = readPage(outDir, '/thu-tuc/') ?? ''
    expect(catalogue).not.toContain(`data-code="${withdrawn.code}"`)
    const section = catalogue.slice(catalogue.indexOf('class="withdrawn-procedures"'))
    expect(section).toContain('Thủ tục không còn trong danh mục')
    expect(section).toContain(`/thu-tuc/${withdrawn.code}/`)
    expect(section).toContain(`không còn trong danh mục từ ${ddmmyyyy(withdrawn.withdrawnAt ?? '')}`)
  })

  it('offers the national and the provincial portal, both built from the code', () => {
    const html = readPage(outDir, `/thu-tuc/${guidedLater.code}/`) ?? ''
    expect(html).toContain(
      `href="https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=${guidedLater.code}"`,
    )
    expect(html).toContain(`href="${PROVINCE_TEMPLATE.replace('{code}', guidedLater.code)}"`)
    expect(html).toMatch(/Nộp trên Cổng Dịch vụ công tỉnh \S/)
  })

  it('updates the catalogue and the coverage page when a guide is published and unpublished', {
    timeout: 300_000,
  }, async () => {
    // Withdrawn and một phần procedures do not count: 0 of the 2 current toàn trình ones.
    expect(fieldRow()).toBe('0 / 2 = 0 %')
    expect(catalogueRow(guidedLater.code)).toContain('Chưa có tài liệu hướng dẫn')

    const guide = await make.createPublishedMaterial({
      ownerUnit,
      title: `Hướng dẫn cấp giấy phép thử ${uniqueSuffix()}`,
      procedures: [guidedLater.id],
    })
    await runPendingRebuilds(payload, outDir)
    expect((await payload.findGlobal({ slug: 'site-status' })).lastSuccess?.mode).toBe('incremental')
    expect(fieldRow()).toBe('1 / 2 = 50,0 %')
    expect(catalogueRow(guidedLater.code)).toContain('1 tài liệu hướng dẫn')
    const coverage = readPage(outDir, '/thu-tuc/do-phu-huong-dan/') ?? ''
    expect(coverage).toContain(`data-code="${unguided.code}"`)
    expect(coverage).not.toContain(`data-code="${guidedLater.code}"`)

    await payload.update({ collection: 'materials', id: guide.id, data: { _status: 'draft' } })
    await runPendingRebuilds(payload, outDir)
    expect(fieldRow()).toBe('0 / 2 = 0 %')
    expect(catalogueRow(guidedLater.code)).toContain('Chưa có tài liệu hướng dẫn')
  })
})
