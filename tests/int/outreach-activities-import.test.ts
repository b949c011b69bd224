/**
 * Bulk entry of outreach activities from a real .xlsx (built with exceljs, as a unit's clerk would fill the
 * template): the preview lists the rows and every refused row with its reasons in Vietnamese; if any row is
 * refused nothing is written; a clean file is written as drafts of the importing contributor's unit.
 */
import ExcelJS from 'exceljs'
import type { Payload } from 'payload'
import { beforeAll, expect, it } from 'vitest'

import type { Unit } from '@dvctt/cms/payload-types'

import { describeWithDatabase, getTestPayload } from '../support/cms'
import { fixtures, uniqueSuffix } from '../support/factories'
import { CmsHttpClient } from '../support/http'

type Report = {
  rows: { row: number; kind: string; unitName: string; startDay: string }[]
  rejected: { row: number; reasons: string[] }[]
  created?: number
}
type Answer = { report?: Report; error?: string; kept?: string }

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

describeWithDatabase('outreach activities: spreadsheet import', () => {
  let payload: Payload
  let commune: Unit
  let otherCommune: Unit
  let materialSlug: string
  const contributor = new CmsHttpClient()

  /** The template's sheet, as downloaded from the CMS, with these rows typed under its header. */
  async function workbook(rows: (string | number | Date)[][]): Promise<Buffer> {
    const template = await contributor.fetch('/outreach-activities/import-template')
    expect(template.status).toBe(200)
    const book = new ExcelJS.Workbook()
    await book.xlsx.load((await template.arrayBuffer()) as ExcelJS.Buffer)
    const sheet = book.getWorksheet('Hoạt động')!
    // Typed from the first row under the header, as a clerk would (the template formats rows 2–500 in advance).
    rows.forEach((values, index) => {
      sheet.getRow(index + 2).values = values
    })
    return Buffer.from(await book.xlsx.writeBuffer())
  }

  const send = (action: 'preview' | 'apply', data: Buffer) =>
    contributor.upload<Answer>(
      '/outreach-activities/import',
      { data, name: 'so-hoat-dong.xlsx', mimetype: XLSX },
      { action },
    )

  const countOf = async (unit: Unit) =>
    (await payload.count({ collection: 'outreach-activities', where: { unit: { equals: unit.id } } })).totalDocs

  beforeAll(async () => {
    payload = await getTestPayload()
    const make = fixtures(payload)
    commune = await make.createUnit({ name: `Xã Nậm Tăm ${uniqueSuffix()}` })
    otherCommune = await make.createUnit()
    materialSlug = (await make.createPublishedMaterial({ ownerUnit: commune.id })).slug as string
    const { login } = await make.createUnitUser('contributor', commune.id)
    await contributor.login(login.email, login.password)
  })

  it('refuses the whole file when a row is wrong, naming each row and reason, and writes nothing', async () => {
    const file = await workbook([
      [
        'Phát thanh trên loa truyền thanh xã',
        '12/03/2026',
        '',
        commune.name,
        'Bản Nậm Cha',
        700,
        '',
        30,
        2,
        '',
        materialSlug,
        '',
      ],
      ['Múa lân', '13/03/2026', '', commune.name],
      ['Hội nghị, cuộc họp', '31/02/2026', '', commune.name, '', 40],
      ['Hội nghị, cuộc họp', '15/11/2099', '', commune.name, '', 40],
      ['Phát tài liệu in', '14/03/2026', '', commune.name, '', '', 'năm trăm'],
      ['Hội nghị, cuộc họp', '14/03/2026', '', 'Xã Không Có Thật'],
      ['Hội nghị, cuộc họp', '14/03/2026', '', otherCommune.name, '', 25],
      [
        'Phát thanh trên loa truyền thanh xã',
        '14/03/2026',
        '',
        commune.name,
        '',
        '',
        '',
        '',
        1,
        '',
        'khong-co-tai-lieu-nay',
      ],
    ])
    const preview = await send('preview', file)
    expect(preview.status).toBe(200)
    const report = preview.body.report!
    expect(report.rows.map((row) => row.row)).toEqual([2])
    const reasons = Object.fromEntries(report.rejected.map(({ row, reasons }) => [row, reasons.join(' ')]))
    expect(reasons[3]).toContain('Loại hoạt động «Múa lân» không có trong danh mục')
    expect(reasons[4]).toContain('«31/02/2026», không đọc được')
    expect(reasons[5]).toContain('ở tương lai')
    expect(reasons[6]).toContain('«năm trăm», không phải số nguyên')
    expect(reasons[7]).toContain('Không có đơn vị «Xã Không Có Thật»')
    expect(reasons[8]).toContain(`Bạn không được ghi hoạt động của «${otherCommune.name}»`)
    expect(reasons[9]).toContain('Không có tài liệu có đường dẫn «khong-co-tai-lieu-nay»')

    const before = await countOf(commune)
    const applied = await send('apply', file)
    expect(applied.status).toBe(400)
    expect(applied.body.error).toContain('7 dòng bị loại nên chưa nạp dòng nào')
    expect(await countOf(commune)).toBe(before)
  })

  it('writes a clean file as drafts of the unit, with the materials linked; the unit defaults to the contributor’s', async () => {
    const file = await workbook([
      [
        'Phát thanh trên loa truyền thanh xã',
        new Date(Date.UTC(2026, 2, 12)),
        '',
        commune.name,
        'Bản Nậm Cha',
        700,
        '',
        30,
        2,
        '',
        materialSlug,
        'Sổ giấy trang 4',
      ],
      ['Tập huấn Tổ công nghệ số cộng đồng', '20/03/2026', '21/03/2026', '', 'Hội trường xã', 18],
    ])
    const preview = await send('preview', file)
    expect(preview.body.report?.rejected).toEqual([])
    expect(preview.body.report?.rows.map((row) => [row.kind, row.startDay, row.unitName])).toEqual([
      ['loudspeaker', '2026-03-12', commune.name],
      ['training-team', '2026-03-20', commune.name],
    ])
    const before = await countOf(commune)
    const applied = await send('apply', file)
    expect(applied.status, applied.body.error).toBe(200)
    expect(applied.body.report?.created).toBe(2)
    expect(await countOf(commune)).toBe(before + 2)
    const { docs } = await payload.find({
      collection: 'outreach-activities',
      where: { and: [{ unit: { equals: commune.id } }, { note: { equals: 'Sổ giấy trang 4' } }] },
      depth: 0,
    })
    expect(docs).toHaveLength(1)
    expect(docs[0]?.reviewState).toBe('draft')
    expect(docs[0]?.reach?.people).toBe(700)
    expect(docs[0]?.materials?.map(String)).toHaveLength(1)
  })

  it('refuses a file that is not a spreadsheet, saying nothing was written', async () => {
    const response = await contributor.upload<Answer>(
      '/outreach-activities/import',
      { data: Buffer.from('PK\u0003\u0004 hỏng'), name: 'so-hong.xlsx', mimetype: XLSX },
      { action: 'preview' },
    )
    expect(response.status).toBe(400)
    expect(response.body.error).toContain('Không mở được «so-hong.xlsx»')
    expect(response.body.kept).toBe('Chưa có gì được ghi.')
  })
})
