/** Importing a procedure catalogue: the dry run writes nothing, and a second import changes nothing. */
import ExcelJS from 'exceljs'
import type { Payload } from 'payload'
import { beforeAll, expect, it } from 'vitest'

import { applyProcedureDiff } from '@dvctt/cms/import/procedures/apply'
import { diffProcedures, loadExistingProcedures } from '@dvctt/cms/import/procedures/diff'
import { parseProcedureBytes } from '@dvctt/cms/import/procedures/parse'
import { describeWithDatabase, getTestPayload } from '../support/cms'

// Codes of their own, so that other files' procedures in the shared database never collide.
const CODES = ['7.700001', '7.700002', '7.700003'] as const

async function catalogueFile(rows: (string | null)[][]): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook()
  const sheet = book.addWorksheet('Danh mục')
  sheet.addRow(['DANH MỤC THỦ TỤC HÀNH CHÍNH'])
  sheet.addRow(['Mã TTHC', 'Tên thủ tục hành chính', 'Lĩnh vực', 'Mức độ DVCTT', 'Cấp thực hiện'])
  rows.forEach((row) => sheet.addRow(row))
  return new Uint8Array(await book.xlsx.writeBuffer())
}

describeWithDatabase('import-procedures', () => {
  let payload: Payload

  const ours = async () =>
    (await loadExistingProcedures(payload))
      .filter((procedure) => (CODES as readonly string[]).includes(procedure.code))
      .map(({ code, name, field, onlineLevel, implementingLevel }) => ({ code, name, field, onlineLevel, implementingLevel }))
      .sort((a, b) => a.code.localeCompare(b.code))

  const diffFor = async (bytes: Uint8Array) =>
    diffProcedures(await parseProcedureBytes(bytes, 'danh-muc.xlsx'), await loadExistingProcedures(payload))

  beforeAll(async () => {
    payload = await getTestPayload()
  })

  it('reports a dry-run diff, imports it, and changes nothing when the same file is imported again', async () => {
    const first = await catalogueFile([
      [CODES[0], 'Đăng ký khai sinh', 'Hộ tịch', 'Toàn trình', 'Cấp xã'],
      [CODES[1], 'Đăng ký kết hôn', 'Hộ tịch', 'Một phần', 'Cấp tỉnh'],
    ])
    const dryRun = await diffFor(first)
    expect(dryRun.added.map((procedure) => procedure.code)).toEqual([CODES[0], CODES[1]])
    expect(dryRun.changed).toEqual([])
    expect(await ours()).toEqual([])

    expect(await applyProcedureDiff(payload, dryRun)).toMatchObject({ created: 2, updated: 0 })
    expect(await ours()).toEqual([
      { code: CODES[0], name: 'Đăng ký khai sinh', field: 'Hộ tịch', onlineLevel: 'full', implementingLevel: 'commune' },
      { code: CODES[1], name: 'Đăng ký kết hôn', field: 'Hộ tịch', onlineLevel: 'partial', implementingLevel: 'province' },
    ])

    const again = await diffFor(first)
    expect(again.added).toEqual([])
    expect(again.changed).toEqual([])
    expect(again.unchanged).toEqual([CODES[0], CODES[1]])
    expect(await applyProcedureDiff(payload, again)).toMatchObject({ created: 0, updated: 0 })
  })

  it('updates changed procedures by code and lists the missing ones as withdrawn without deleting them', async () => {
    const second = await catalogueFile([
      [CODES[0], 'Đăng ký khai sinh', 'Hộ tịch', 'Mức độ 3', 'Cấp xã'],
      [CODES[2], 'Chứng thực bản sao', 'Chứng thực', 'TT', 'Cấp xã'],
    ])
    const diff = await diffFor(second)
    expect(diff.added.map((procedure) => procedure.code)).toEqual([CODES[2]])
    expect(diff.changed.map(({ code, fields }) => ({ code, fields }))).toEqual([
      { code: CODES[0], fields: { onlineLevel: { from: 'full', to: 'partial' } } },
    ])
    expect(diff.withdrawn).toContainEqual({ code: CODES[1], name: 'Đăng ký kết hôn' })

    await applyProcedureDiff(payload, diff)
    expect((await ours()).map(({ code, onlineLevel }) => ({ code, onlineLevel }))).toEqual([
      { code: CODES[0], onlineLevel: 'partial' },
      { code: CODES[1], onlineLevel: 'partial' },
      { code: CODES[2], onlineLevel: 'full' },
    ])
    const repeated = await diffFor(second)
    expect([repeated.added, repeated.changed]).toEqual([[], []])
  })
})
