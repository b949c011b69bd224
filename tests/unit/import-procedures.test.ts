/** The procedure catalogue importer reads government files as they are published. */
import { describe, expect, it } from 'vitest'

import { agencyKey, agencyResolver, type AgencyUnit } from '@dvctt/cms/import/procedures/agencies'
import { diffProcedures, type ExistingProcedure } from '@dvctt/cms/import/procedures/diff'
import { fingerprintOf, toReport } from '@dvctt/cms/import/procedures/index'
import { ImportFileError, parseProcedureBytes, type ParsedProcedure } from '@dvctt/cms/import/procedures/parse'
import { MAX_IMPORT_BYTES } from '@dvctt/cms/import/procedures/read'
import { describeChange, reportToCsv } from '@dvctt/cms/import/procedures/report'
import {
  BAD_ROWS,
  buildProvinceCatalogue,
  CATALOGUE_CHANGES,
  catalogueProcedures,
  COMMUNE_SHEET,
  PROVINCE_SHEET,
} from '../../scripts/seed/catalogueFile'
import { PROCEDURE_SEEDS } from '../../scripts/seed/data/procedures'
import {
  declaredSizeBomb,
  encodeWindows1258,
  encryptedXlsx,
  lyingBomb,
  manyEntriesZip,
  ratioBomb,
  type SheetSpec,
  simpleCatalogue,
  workbook,
} from '../support/procedureFiles'

const procedure = (
  code: string,
  name: string,
  field: string,
  onlineLevel: ParsedProcedure['onlineLevel'],
  implementingLevel: ParsedProcedure['implementingLevel'],
): ParsedProcedure => ({ code, name, field, onlineLevel, implementingLevel })

const withoutSource = ({ source: _source, ...procedure }: ParsedProcedure): ParsedProcedure => procedure

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

    expect(catalogue.procedures.map(withoutSource)).toEqual([
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
        reason:
          'Mức độ DVCTT «Mức độ 5» của thủ tục 2.000003 không rõ: cần «Toàn trình» (mức độ 4) hoặc «Một phần» (mức độ 3).',
      },
      {
        sheet: 'Cấp xã',
        row: 7,
        code: '1.001193',
        reason:
          'Mã 1.001193 trùng với dòng 8 (trang «Cấp tỉnh») nhưng khác mức độ DVCTT. Dòng 8 được nạp; nếu dòng này mới đúng, sửa dòng 8 rồi nạp lại.',
      },
      {
        sheet: 'Cấp xã',
        row: 9,
        code: '2.000005',
        reason: 'Cấp thực hiện «Cấp thôn» của thủ tục 2.000005 không rõ: cần «Cấp tỉnh» hoặc «Cấp xã».',
      },
    ])
    expect(catalogue.warnings).toEqual([
      {
        sheet: 'Cấp xã',
        row: 4,
        reason: 'Thủ tục 2.000002: cấp thực hiện «Cấp huyện» được ghi là cấp xã (không còn cấp huyện).',
      },
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
    expect(catalogue.procedures.map(withoutSource)).toEqual([
      procedure('1.004227', 'Cấp phiếu lý lịch tư pháp; cho công dân', 'Lý lịch tư pháp', 'full', 'province'),
    ])
    expect(catalogue.rejected).toEqual([{ sheet: 'danh-muc.csv', row: 4, reason: 'Không có mã thủ tục.' }])
  })
})

describe('refusing files that are not a readable catalogue', () => {
  it.each([
    ['an empty file', new Uint8Array(), 'trống.csv', /trống \(0 byte\)/],
    [
      'a PNG image',
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0]),
      'anh.xlsx',
      /không phải bảng tính/,
    ],
    [
      'a Windows-1258 CSV',
      new Uint8Array([0x4d, 0xe3, 0x20, 0x54, 0x54, 0x48, 0x43, 0x0a]),
      'cu.csv',
      /không được mã hóa UTF-8/,
    ],
    ['a broken XLSX', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), 'hong.xlsx', /Không mở được «hong\.xlsx»/],
    [
      'a text without a header row',
      new TextEncoder().encode('xin chào\nthế giới\n'),
      'thu.csv',
      /Không tìm thấy dòng tiêu đề/,
    ],
  ])('refuses %s with a Vietnamese explanation', async (_what, bytes, name, message) => {
    const parsing = parseProcedureBytes(bytes, name)
    await expect(parsing).rejects.toBeInstanceOf(ImportFileError)
    await expect(parsing).rejects.toThrow(message)
  })
})

describe('refusing files that could harm the server or cannot be opened', () => {
  it.each([
    [
      'a password-protected XLSX',
      () => encryptedXlsx(),
      'bao-mat.xlsx',
      /được đặt mật khẩu.*Chưa có gì được ghi.*gỡ mật khẩu/,
    ],
    [
      'a zip part that unpacks 1,000 times larger',
      () => ratioBomb(),
      'bom.xlsx',
      /nén hơn 100 lần.*Chưa có gì được ghi/,
    ],
    ['a zip that declares 180 MB of parts', () => declaredSizeBomb(), 'bom-khai.xlsx', /giải nén ra hơn 100 MB/],
    ['a zip of 5,000 parts', () => manyEntriesZip(), 'nhieu.xlsx', /chứa 5\.000 tệp con/],
    ['a zip whose directory hides a 110 MB part', () => lyingBomb(), 'bom-gia.xlsx', /giải nén ra hơn 100 MB/],
    [
      'a file over the size limit',
      () => new Uint8Array(MAX_IMPORT_BYTES + 1).fill(0x41),
      'lon.csv',
      /vượt giới hạn 20 MB.*Chưa có gì được ghi/,
    ],
  ])('refuses %s before reading it, in Vietnamese', async (_what, make, name, message) => {
    const parsing = parseProcedureBytes(make(), name)
    await expect(parsing).rejects.toBeInstanceOf(ImportFileError)
    await expect(parsing).rejects.toThrow(message)
  })
})

describe('reading a Windows-1258 CSV', () => {
  const text =
    'Danh mục thủ tục hành chính cấp xã\r\n' +
    'Mã thủ tục,Tên thủ tục hành chính,Lĩnh vực,Mức độ,Cấp thực hiện\r\n' +
    '1.000656,Đăng ký khai tử,Hộ tịch,Toàn trình,Cấp xã\r\n' +
    '2.000815,"Cấp bản sao có chứng thực từ bản chính giấy tờ, văn bản",Chứng thực,Một phần,Cấp xã\r\n' +
    '1.001776,Trợ cấp xã hội hằng tháng đối với đối tượng bảo trợ xã hội,Bảo trợ xã hội,Mức độ 4,Cấp xã\r\n'

  it('decodes the combining tone marks into the same text as a UTF-8 file, with a warning', async () => {
    const bytes = encodeWindows1258(text)
    // Really not UTF-8, and tones really are separate marks in the file.
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow()
    const fromLegacy = await parseProcedureBytes(bytes, 'danh-muc-1258.csv')
    const fromUtf8 = await parseProcedureBytes(new TextEncoder().encode(text), 'danh-muc-1258.csv')
    expect(fromLegacy.procedures).toEqual(fromUtf8.procedures)
    expect(fromLegacy.procedures.map((p) => p.name)).toEqual([
      'Đăng ký khai tử',
      'Cấp bản sao có chứng thực từ bản chính giấy tờ, văn bản',
      'Trợ cấp xã hội hằng tháng đối với đối tượng bảo trợ xã hội',
    ])
    expect(fromLegacy.procedures.every((p) => p.name === p.name.normalize('NFC'))).toBe(true)
    expect(fromLegacy.rejected).toEqual([])
    expect(fromLegacy.warnings).toEqual([
      { sheet: 'danh-muc-1258.csv', row: 0, reason: expect.stringMatching(/Windows-1258.*CSV UTF-8/) },
    ])
  })

  it('refuses bytes that are neither UTF-8 nor readable Windows-1258, asking for «CSV UTF-8»', async () => {
    // TCVN3 ("ABC") text: decodes to letters, but no header is found.
    const tcvn3 = new Uint8Array([
      0x4d, 0xb8, 0x20, 0x54, 0x54, 0x48, 0x43, 0x2c, 0x54, 0xaa, 0x6e, 0x0a, 0x31, 0x2e, 0x30, 0x30, 0x30, 0x30, 0x30,
      0x31, 0x0a,
    ])
    await expect(parseProcedureBytes(tcvn3, 'tcvn3.csv')).rejects.toThrow(/không được mã hóa UTF-8.*CSV UTF-8/)
    // Control characters after decoding.
    const garbage = new Uint8Array([0x4d, 0xe3, 0x01, 0x02, 0x03, 0x9d, 0x0a])
    await expect(parseProcedureBytes(garbage, 'hong.csv')).rejects.toThrow(/Chưa có gì được ghi.*CSV UTF-8/)
  })
})

describe('the agency column', () => {
  const units: AgencyUnit[] = [
    { id: 1, name: 'UBND tỉnh Lai Châu', shortName: 'UBND tỉnh' },
    { id: 2, name: 'Sở Tư pháp', shortName: 'Sở Tư pháp' },
    { id: 3, name: 'Công an tỉnh Lai Châu', shortName: 'Công an tỉnh' },
    { id: 4, name: 'Sở Văn hóa, Thể thao và Du lịch', shortName: 'Sở VHTTDL' },
    { id: 5, name: 'Huyện Tam Đường', historical: true },
    { id: 6, name: 'Xã Tam Đường' },
  ]
  const resolve = (name: string) => {
    const result = agencyResolver(units).resolve(name)
    return 'unit' in result ? result.unit.id : result.reason
  }

  it('matches names whatever their case, diacritics and trailing province', () => {
    expect(agencyKey('Sở Tư pháp tỉnh Lai Châu')).toBe('so tu phap')
    expect(agencyKey('Ban Tuyên giáo và Dân vận Tỉnh ủy')).toBe('ban tuyen giao va dan van tinh uy')
    expect(resolve('SỞ TƯ PHÁP TỈNH LAI CHÂU')).toBe(2)
    expect(resolve('so tu phap')).toBe(2)
    expect(resolve('Ủy ban nhân dân tỉnh Lai Châu')).toBe(1)
    expect(resolve('Công an tỉnh')).toBe(3)
    expect(resolve('Sở Văn hóa, Thể thao và Du lịch tỉnh Lai Châu')).toBe(4)
    expect(resolve('Phòng Hộ tịch - Sở Tư pháp')).toBe(2)
    expect(resolve('UBND xã Tam Đường')).toBe(6)
  })

  it('never matches a historical unit, and says which name matched nothing', () => {
    // The pre-2025 district is gone; the commune of the same name is another unit.
    expect(resolve('Huyện Tam Đường')).toBe('không tìm thấy đơn vị «Huyện Tam Đường» trong danh sách đơn vị')
    expect(resolve('Sở Khoa học và Công nghệ')).toBe(
      'không tìm thấy đơn vị «Sở Khoa học và Công nghệ» trong danh sách đơn vị',
    )
  })

  it('splits the cell on semicolons and lines, warns about unknown names and still imports the row', async () => {
    const bytes = await simpleCatalogue(
      ['Mã TTHC', 'Tên TTHC', 'Lĩnh vực', 'Mức độ', 'Cấp thực hiện', 'Cơ quan giải quyết'],
      [
        [
          '2.000505',
          'Cấp Phiếu lý lịch tư pháp',
          'Lý lịch tư pháp',
          'Toàn trình',
          'Cấp tỉnh',
          'Sở Tư pháp tỉnh Lai Châu;\nCông an tỉnh Lai Châu',
        ],
        [
          '1.001029',
          'Cấp giấy phép tổ chức lễ hội',
          'Văn hóa',
          'Một phần',
          'Cấp tỉnh',
          'Sở Khoa học và Công nghệ; UBND tỉnh',
        ],
      ],
    )
    const diff = diffProcedures(await parseProcedureBytes(bytes, 'co-quan.xlsx'), [], units)
    expect(diff.added.map(({ code, agencies, agencyNames }) => ({ code, agencies, agencyNames }))).toEqual([
      { code: '2.000505', agencies: [2, 3], agencyNames: ['Sở Tư pháp', 'Công an tỉnh Lai Châu'] },
      { code: '1.001029', agencies: [1], agencyNames: ['UBND tỉnh Lai Châu'] },
    ])
    expect(diff.warnings).toEqual([
      {
        sheet: 'Danh mục',
        row: 4,
        code: '1.001029',
        reason:
          'Thủ tục 1.001029: cơ quan thực hiện không tìm thấy đơn vị «Sở Khoa học và Công nghệ» trong danh sách đơn vị, nên không được gắn ' +
          '(thủ tục đã có trong CMS giữ nguyên cơ quan thực hiện cũ); thủ tục vẫn được nạp. Hãy sửa tên trong tệp hoặc thêm đơn vị vào «Đơn vị» rồi nạp lại.',
      },
    ])
  })
})

describe('comparing a catalogue with the CMS', () => {
  const existing: ExistingProcedure[] = [
    {
      id: 1,
      code: '1.000001',
      name: 'Giữ nguyên',
      field: 'Tư pháp',
      onlineLevel: 'full',
      implementingLevel: 'province',
      agencies: [2, 1],
      withdrawn: false,
    },
    {
      id: 2,
      code: '1.000002',
      name: 'Tên cũ',
      field: 'Tư pháp',
      onlineLevel: 'partial',
      implementingLevel: 'commune',
      nationalPortalUrl: 'https://dichvucong.gov.vn/a',
    },
    {
      id: 3,
      code: '1.000003',
      name: 'Đã bãi bỏ',
      field: 'Tư pháp',
      onlineLevel: 'full',
      implementingLevel: 'province',
      withdrawn: false,
    },
    {
      id: 4,
      code: '1.000005',
      name: 'Bãi bỏ từ trước',
      field: 'Tư pháp',
      onlineLevel: 'full',
      implementingLevel: 'province',
      withdrawn: true,
    },
    {
      id: 5,
      code: '1.000006',
      name: 'Trở lại',
      field: 'Tư pháp',
      onlineLevel: 'full',
      implementingLevel: 'province',
      withdrawn: true,
    },
  ]
  const units: AgencyUnit[] = [
    { id: 1, name: 'UBND tỉnh Lai Châu' },
    { id: 2, name: 'Sở Tư pháp' },
  ]
  const catalogue = (procedures: ParsedProcedure[]) => ({ procedures, rejected: [], warnings: [] })

  it('sorts procedures into added, changed (field by field), unchanged, withdrawn and restored', () => {
    const diff = diffProcedures(
      catalogue([
        // Agencies compared as a set: same units, other order.
        {
          ...procedure('1.000001', 'Giữ nguyên', 'Tư pháp', 'full', 'province'),
          agencies: ['UBND tỉnh', 'Sở Tư pháp'],
        },
        procedure('1.000002', 'Tên mới', 'Tư pháp', 'full', 'commune'),
        procedure('1.000004', 'Mới', 'Hộ tịch', 'partial', 'commune'),
        procedure('1.000006', 'Trở lại', 'Tư pháp', 'full', 'province'),
      ]),
      existing,
      units,
    )
    expect(diff).toEqual({
      added: [procedure('1.000004', 'Mới', 'Hộ tịch', 'partial', 'commune')],
      changed: [
        {
          code: '1.000002',
          name: 'Tên mới',
          id: 2,
          fields: { name: { from: 'Tên cũ', to: 'Tên mới' }, onlineLevel: { from: 'partial', to: 'full' } },
          data: { name: 'Tên mới', onlineLevel: 'full' },
        },
        {
          code: '1.000006',
          name: 'Trở lại',
          id: 5,
          fields: { withdrawn: { from: 'true', to: 'false' } },
          data: { withdrawn: false },
        },
      ],
      unchanged: ['1.000001'],
      // The one withdrawn before stays as it is: no second write.
      withdrawn: [{ id: 3, code: '1.000003', name: 'Đã bãi bỏ' }],
      rejected: [],
      warnings: [],
    })
    expect(describeChange(diff.changed[0]?.fields ?? {})).toBe(
      'Tên thủ tục: Tên cũ → Tên mới; Mức độ DVCTT: Một phần → Toàn trình',
    )
  })

  it('changes agencies only when the file has the column, and names them in the diff', () => {
    const without = diffProcedures(
      catalogue([procedure('1.000001', 'Giữ nguyên', 'Tư pháp', 'full', 'province')]),
      existing.slice(0, 1),
      units,
    )
    expect(without.unchanged).toEqual(['1.000001'])
    const fewer = diffProcedures(
      catalogue([
        {
          ...procedure('1.000001', 'Giữ nguyên', 'Tư pháp', 'full', 'province'),
          agencies: ['Sở Tư pháp tỉnh Lai Châu'],
        },
      ]),
      existing.slice(0, 1),
      units,
    )
    expect(fewer.changed.map(({ fields, data }) => ({ fields, data }))).toEqual([
      { fields: { agencies: { from: 'Sở Tư pháp; UBND tỉnh Lai Châu', to: 'Sở Tư pháp' } }, data: { agencies: [2] } },
    ])
  })

  it('does not withdraw a procedure whose row was rejected', () => {
    const diff = diffProcedures(
      {
        procedures: [],
        rejected: [{ sheet: 'DS', row: 5, reason: 'Mức độ không rõ', code: '1.000003' }],
        warnings: [],
      },
      existing.slice(2, 3),
    )
    expect(diff.withdrawn).toEqual([])
  })

  it('fingerprints the planned writes: the same plan gives the same hash, another plan another', () => {
    const plan = () =>
      diffProcedures(catalogue([procedure('1.000002', 'Tên mới', 'Tư pháp', 'full', 'commune')]), existing, units)
    expect(fingerprintOf(plan())).toBe(fingerprintOf(plan()))
    const other = diffProcedures(
      catalogue([procedure('1.000002', 'Tên khác', 'Tư pháp', 'full', 'commune')]),
      existing,
      units,
    )
    expect(fingerprintOf(other)).not.toBe(fingerprintOf(plan()))
  })
})

describe('the province catalogue the seed and tests use', () => {
  const plain = ({ code, name, field, onlineLevel, implementingLevel }: ParsedProcedure) => ({
    code,
    name,
    field,
    onlineLevel,
    implementingLevel,
  })
  const sorted = <T extends { code: string }>(list: T[]) => [...list].sort((a, b) => a.code.localeCompare(b.code))

  it('reads back exactly the seed procedures, with the three bad rows explained by sheet and row', async () => {
    const catalogue = await parseProcedureBytes(await buildProvinceCatalogue({ badRows: true }), 'mau.xlsx')
    expect(sorted(catalogue.procedures.map(plain))).toEqual(sorted(PROCEDURE_SEEDS.map((seed) => ({ ...seed }))))
    expect(catalogue.rejected.map(({ sheet, reason }) => ({ sheet, reason }))).toEqual([
      { sheet: PROVINCE_SHEET, reason: BAD_ROWS.missingCode },
      {
        sheet: PROVINCE_SHEET,
        reason: expect.stringMatching(
          new RegExp(
            `^Mã ${BAD_ROWS.duplicateCode.replace('.', '\\.')} trùng với dòng \\d+ \\(trang «Cấp tỉnh»\\) nhưng khác mức độ DVCTT\\. Dòng \\d+ được nạp; nếu dòng này mới đúng, sửa dòng \\d+ rồi nạp lại\\.$`,
          ),
        ),
      },
      {
        sheet: COMMUNE_SHEET,
        reason: expect.stringContaining(
          `«${BAD_ROWS.unknownLevel.text}» của thủ tục ${BAD_ROWS.unknownLevel.code} không rõ`,
        ),
      },
    ])
    expect(catalogue.warnings).toEqual([])
    // Codes stored as numbers kept every digit, trailing zeros included.
    expect(catalogue.procedures.map((p) => p.code)).toContain('2.000720')
  })

  it('makes a changed edition with exactly the announced changes', async () => {
    const catalogue = await parseProcedureBytes(await buildProvinceCatalogue({ changed: true }), 'sua-doi.xlsx')
    expect(sorted(catalogue.procedures.map(plain))).toEqual(sorted(catalogueProcedures({ changed: true })))
    const codes = catalogue.procedures.map((p) => p.code)
    expect(codes).not.toContain(CATALOGUE_CHANGES.dropped.code)
    expect(codes).toContain(CATALOGUE_CHANGES.added.code)
    expect(catalogue.rejected).toEqual([])
  })
})

describe('the downloadable report', () => {
  it('is UTF-8 CSV with a BOM, one section per kind, rejected rows by sheet and row', () => {
    const diff = diffProcedures(
      {
        procedures: [
          procedure('1.000002', 'Tên mới, có dấu phẩy', 'Tư pháp', 'full', 'commune'),
          procedure('1.000009', 'Mới', 'Hộ tịch', 'partial', 'province'),
        ],
        rejected: [{ sheet: 'Cấp xã', row: 12, reason: 'Không có mã thủ tục.' }],
        warnings: [],
      },
      [
        {
          id: 2,
          code: '1.000002',
          name: 'Tên cũ',
          field: 'Tư pháp',
          onlineLevel: 'partial',
          implementingLevel: 'commune',
        },
      ],
    )
    const csv = reportToCsv(toReport(diff))
    expect(csv.startsWith('\uFEFFBáo cáo nạp danh mục thủ tục hành chính\r\n')).toBe(true)
    const lines = csv.slice(1).split('\r\n')
    expect(lines).toContain('Dòng bị loại (1)')
    expect(lines).toContain('Cấp xã,12,Không có mã thủ tục.')
    expect(lines).toContain('1.000009,Mới,Hộ tịch,Một phần,Cấp tỉnh,')
    expect(lines).toContain('1.000002,"Tên mới, có dấu phẩy",Tên thủ tục,Tên cũ,"Tên mới, có dấu phẩy"')
    expect(lines).toContain('1.000002,"Tên mới, có dấu phẩy",Mức độ DVCTT,Một phần,Toàn trình')
    expect(lines).toContain('"Không còn trong danh mục (đánh dấu, không xóa) (0)"')
  })
})
