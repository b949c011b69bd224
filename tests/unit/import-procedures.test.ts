/** The procedure catalogue importer reads government files as they are published. */
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'

import { diffProcedures, type ExistingProcedure } from '@dvctt/cms/import/procedures/diff'
import { ImportFileError, parseProcedureBytes, type ParsedProcedure } from '@dvctt/cms/import/procedures/parse'

type Cell = string | number | null

interface SheetSpec {
  name: string
  rows: Cell[][]
  /** Ranges such as 'A1:F1'. */
  merges?: string[]
  /** Number formats by cell address, e.g. { B5: '0.000000' }. */
  numFmts?: Record<string, string>
}

async function workbook(...sheets: SheetSpec[]): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook()
  for (const spec of sheets) {
    const sheet = book.addWorksheet(spec.name)
    spec.rows.forEach((row) => sheet.addRow(row))
    for (const range of spec.merges ?? []) sheet.mergeCells(range)
    for (const [address, numFmt] of Object.entries(spec.numFmts ?? {})) sheet.getCell(address).numFmt = numFmt
  }
  return new Uint8Array(await book.xlsx.writeBuffer())
}

const procedure = (
  code: string,
  name: string,
  field: string,
  onlineLevel: ParsedProcedure['onlineLevel'],
  implementingLevel: ParsedProcedure['implementingLevel'],
): ParsedProcedure => ({ code, name, field, onlineLevel, implementingLevel })

/** A province decision: title rows, a two-row merged header with "x" marks, section rows, footnotes. */
const provinceSheet: SheetSpec = {
  name: 'Cấp tỉnh',
  rows: [
    ['UBND TỈNH LAI CHÂU', null, null, null, null],
    ['DANH MỤC THỦ TỤC HÀNH CHÍNH CUNG CẤP DỊCH VỤ CÔNG TRỰC TUYẾN', null, null, null, null],
    ['(Kèm theo Quyết định số 123/QĐ-UBND ngày 01/3/2025 của UBND tỉnh)', null, null, null, null],
    [null, null, null, null, null],
    ['STT', 'Mã TTHC', 'Tên thủ tục hành chính', 'Mức độ DVCTT', null],
    [null, null, null, 'Toàn trình', 'Một phần'],
    ['I. Lĩnh vực Hộ tịch', null, null, null, null],
    [1, ' 1.001193 ', 'Đăng ký   khai sinh', 'x', null],
    [2, 1.0012, 'Đăng ký kết hôn', null, 'x'],
    ['II', null, 'Lĩnh vực Đất đai', null, null],
    [3, 1.00119, 'Đăng ký biến động đất đai', 'x', null],
    [4, null, 'Thủ tục không có mã', 'x', null],
    [null, null, null, null, null],
    ['Ghi chú: thủ tục đánh dấu x là thủ tục đủ điều kiện.', null, null, null, null],
  ],
  merges: ['A1:E1', 'A2:E2', 'A3:E3', 'A5:A6', 'B5:B6', 'C5:C6', 'D5:E5', 'A7:E7', 'A14:E14'],
  numFmts: { B11: '0.000000' },
}

/** A commune list with the other header wording and a level column in words. */
const communeSheet: SheetSpec = {
  name: 'Cấp xã',
  rows: [
    ['Danh mục TTHC cấp xã'],
    ['Mã số', 'Tên TTHC', 'Lĩnh vực', 'Dịch vụ công trực tuyến', 'Cấp thực hiện'],
    ['2.000001', 'Chứng thực bản sao', 'Chứng thực', 'toàn trình', 'Cấp xã'],
    ['2.000002', 'Đăng ký thường trú', 'Cư trú', 'Mức độ 3', 'Cấp huyện'],
    ['2.000003', 'Cấp giấy phép', 'Xây dựng', 'Mức độ 5', 'Cấp xã'],
    ['2.000004', 'Xác nhận tình trạng hôn nhân', 'Hộ tịch', 'TT', 'Tỉnh'],
    ['1.001193', 'Đăng ký khai sinh', 'Hộ tịch', 'Một phần', 'Cấp tỉnh'],
    ['2.000001', 'Chứng thực bản sao', 'Chứng thực', 'Mức độ 4', 'xã'],
    ['2.000005', 'Hỗ trợ học tập', 'Giáo dục', 'Một phần', 'Cấp thôn'],
  ],
  merges: ['A1:E1'],
}

describe('parsing a catalogue workbook', () => {
  it('reads title rows, merged headers, section rows, several sheets and header variants into the exact catalogue', async () => {
    const catalogue = await parseProcedureBytes(await workbook(provinceSheet, communeSheet), 'danh-muc.xlsx')

    expect(catalogue.procedures).toEqual([
      procedure('1.001193', 'Đăng ký khai sinh', 'Hộ tịch', 'full', 'province'),
      procedure('1.0012', 'Đăng ký kết hôn', 'Hộ tịch', 'partial', 'province'),
      procedure('1.001190', 'Đăng ký biến động đất đai', 'Đất đai', 'full', 'province'),
      procedure('2.000001', 'Chứng thực bản sao', 'Chứng thực', 'full', 'commune'),
      procedure('2.000002', 'Đăng ký thường trú', 'Cư trú', 'partial', 'commune'),
      procedure('2.000004', 'Xác nhận tình trạng hôn nhân', 'Hộ tịch', 'full', 'province'),
    ])
    expect(catalogue.rejected).toEqual([
      { sheet: 'Cấp tỉnh', row: 12, reason: 'Không có mã thủ tục.' },
      {
        sheet: 'Cấp xã',
        row: 5,
        code: '2.000003',
        reason: 'Mức độ DVCTT «Mức độ 5» của thủ tục 2.000003 không rõ: cần «Toàn trình» (mức độ 4) hoặc «Một phần» (mức độ 3).',
      },
      {
        sheet: 'Cấp xã',
        row: 7,
        code: '1.001193',
        reason: 'Mã 1.001193 trùng với dòng 8 (trang «Cấp tỉnh») nhưng khác mức độ DVCTT.',
      },
      {
        sheet: 'Cấp xã',
        row: 9,
        code: '2.000005',
        reason: 'Cấp thực hiện «Cấp thôn» của thủ tục 2.000005 không rõ: cần «Cấp tỉnh» hoặc «Cấp xã».',
      },
    ])
    expect(catalogue.warnings).toEqual([
      { sheet: 'Cấp xã', row: 4, reason: 'Thủ tục 2.000002: cấp thực hiện «Cấp huyện» được ghi là cấp xã (không còn cấp huyện).' },
    ])
  })

  it.each([
    ['Toàn trình', 'full'],
    ['toàn trình', 'full'],
    ['TT', 'full'],
    ['Mức độ 4', 'full'],
    ['Một phần', 'partial'],
    ['Mức độ 3', 'partial'],
  ] as const)('reads the online level %j as %s', async (text, level) => {
    const bytes = await workbook({
      name: 'DS',
      rows: [
        ['Mã thủ tục', 'Tên thủ tục hành chính', 'Lĩnh vực', 'Mức độ', 'Cấp thực hiện'],
        ['1.000001', 'Thủ tục mẫu', 'Tư pháp', text, 'Cấp tỉnh'],
      ],
    })
    const { procedures } = await parseProcedureBytes(bytes, 'mau.xlsx')
    expect(procedures.map((p) => p.onlineLevel)).toEqual([level])
  })
})

describe('parsing a CSV catalogue', () => {
  it('reads UTF-8 with a byte-order mark, quoted cells and semicolons', async () => {
    const text =
      '\uFEFFDanh mục thủ tục;;;;\r\n' +
      'Mã TTHC;Tên TTHC;Lĩnh vực;Mức độ;Cấp thực hiện\r\n' +
      '1.004227;"Cấp phiếu lý lịch tư pháp; cho công dân";Lý lịch tư pháp;Toàn trình;Cấp tỉnh\r\n' +
      ';Dòng thiếu mã;Tư pháp;Một phần;Cấp xã\r\n'
    const catalogue = await parseProcedureBytes(new TextEncoder().encode(text), 'danh-muc.csv')
    expect(catalogue.procedures).toEqual([
      procedure('1.004227', 'Cấp phiếu lý lịch tư pháp; cho công dân', 'Lý lịch tư pháp', 'full', 'province'),
    ])
    expect(catalogue.rejected).toEqual([{ sheet: 'danh-muc.csv', row: 4, reason: 'Không có mã thủ tục.' }])
  })
})

describe('refusing files that are not a readable catalogue', () => {
  it.each([
    ['an empty file', new Uint8Array(), 'trống.csv', /trống \(0 byte\)/],
    ['a PNG image', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0]), 'anh.xlsx', /không phải bảng tính/],
    ['a Windows-1258 CSV', new Uint8Array([0x4d, 0xe3, 0x20, 0x54, 0x54, 0x48, 0x43, 0x0a]), 'cu.csv', /không được mã hóa UTF-8/],
    ['a broken XLSX', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), 'hong.xlsx', /Không mở được «hong\.xlsx»/],
    ['a text without a header row', new TextEncoder().encode('xin chào\nthế giới\n'), 'thu.csv', /Không tìm thấy dòng tiêu đề/],
  ])('refuses %s with a Vietnamese explanation', async (_what, bytes, name, message) => {
    const parsing = parseProcedureBytes(bytes, name)
    await expect(parsing).rejects.toBeInstanceOf(ImportFileError)
    await expect(parsing).rejects.toThrow(message)
  })
})

describe('comparing a catalogue with the CMS', () => {
  it('sorts procedures into added, changed, unchanged and withdrawn', () => {
    const existing: ExistingProcedure[] = [
      { id: 1, code: '1.000001', name: 'Giữ nguyên', field: 'Tư pháp', onlineLevel: 'full', implementingLevel: 'province', nationalPortalUrl: null },
      { id: 2, code: '1.000002', name: 'Tên cũ', field: 'Tư pháp', onlineLevel: 'partial', implementingLevel: 'commune', nationalPortalUrl: 'https://dichvucong.gov.vn/a' },
      { id: 3, code: '1.000003', name: 'Đã bãi bỏ', field: 'Tư pháp', onlineLevel: 'full', implementingLevel: 'province', nationalPortalUrl: null },
    ]
    const diff = diffProcedures(
      {
        procedures: [
          procedure('1.000001', 'Giữ nguyên', 'Tư pháp', 'full', 'province'),
          procedure('1.000002', 'Tên mới', 'Tư pháp', 'full', 'commune'),
          procedure('1.000004', 'Mới', 'Hộ tịch', 'partial', 'commune'),
        ],
        rejected: [],
        warnings: [],
      },
      existing,
    )
    expect(diff).toEqual({
      added: [procedure('1.000004', 'Mới', 'Hộ tịch', 'partial', 'commune')],
      changed: [
        { code: '1.000002', id: 2, fields: { name: { from: 'Tên cũ', to: 'Tên mới' }, onlineLevel: { from: 'partial', to: 'full' } } },
      ],
      unchanged: ['1.000001'],
      withdrawn: [{ code: '1.000003', name: 'Đã bãi bỏ' }],
      rejected: [],
    })
  })
})
