/**
 * Field sections as real decisions write them: Roman or Arabic numerals, in the STT column or in the
 * name column, «Lĩnh vực …» or just the field's name, capitals or not, merged or not, bold or not.
 * Each style is a real .xlsx built with exceljs; the procedures under each section must get its field,
 * no section row may be reported as a rejected procedure, and a procedure row without a code must
 * still be reported.
 */
import { describe, expect, it } from 'vitest'

import { diffProcedures, type ExistingProcedure } from '@dvctt/cms/import/procedures/diff'
import { parseProcedureBytes, type ParsedProcedure } from '@dvctt/cms/import/procedures/parse'
import { type CatalogueRow, type SectionStyle, sectionedCatalogue } from '../support/procedureFiles'

const PROCEDURES: CatalogueRow[] = [
  { code: '1.001193', name: 'Đăng ký khai sinh', field: 'Hộ tịch', onlineLevel: 'full', implementingLevel: 'commune' },
  { code: '1.000894', name: 'Đăng ký kết hôn', field: 'Hộ tịch', onlineLevel: 'partial', implementingLevel: 'commune' },
  {
    code: '1.012793',
    name: 'Đăng ký đất đai lần đầu',
    field: 'Đất đai',
    onlineLevel: 'partial',
    implementingLevel: 'province',
  },
  {
    code: '2.000815',
    name: 'Cấp bản sao có chứng thực từ bản chính',
    field: 'Chứng thực',
    onlineLevel: 'full',
    implementingLevel: 'commune',
  },
]

/** Under the first section: a procedure whose code is missing, and a row with nothing but a name. */
const CODELESS = [
  [99, null, 'Thủ tục chưa có mã', 'Toàn trình', 'Cấp xã'],
  [null, null, 'Thủ tục chỉ có tên', null, null],
]
/** Title and header rows, then the first section, then its two procedures. */
const CODELESS_ROWS = [3 + 2 + 1, 3 + 2 + 2]

const ROMAN = ['I', 'II', 'III']
const roman = (index: number): string => ROMAN[index] ?? '?'
const upper = (text: string): string => text.toUpperCase()

const STYLES: [string, SectionStyle][] = [
  [
    'a Roman numeral in STT and «LĨNH VỰC …» in capitals merged beside it, bold',
    { row: (field, i) => [roman(i), `LĨNH VỰC ${upper(field)}`], merge: [2, 5], bold: true },
  ],
  [
    'a Roman numeral in STT and «LĨNH VỰC …» in capitals merged beside it, not bold',
    { row: (field, i) => [roman(i), `LĨNH VỰC ${upper(field)}`], merge: [2, 5] },
  ],
  [
    'a Roman numeral in STT and «Lĩnh vực …» in the name column, nothing merged',
    { row: (field, i) => [roman(i), null, `Lĩnh vực ${field}`, null, null] },
  ],
  [
    '«I. LĨNH VỰC …» in one cell merged across the table',
    { row: (field, i) => [`${roman(i)}. LĨNH VỰC ${upper(field)}`], merge: [1, 5], bold: true },
  ],
  [
    '«1. Lĩnh vực …» in the name column, bold',
    { row: (field, i) => [null, null, `${i + 1}. Lĩnh vực ${field}`, null, null], bold: true },
  ],
  [
    'an Arabic numeral in STT and the field’s name merged beside it',
    { row: (field, i) => [i + 1, field], merge: [2, 5] },
  ],
  [
    'a Roman numeral in STT and the field’s name in capitals in the name column',
    { row: (field, i) => [roman(i), null, upper(field), null, null] },
  ],
  [
    'an Arabic numeral in STT and the field’s name in bold in the name column',
    { row: (field, i) => [`${i + 1}.`, null, field, null, null], bold: true },
  ],
  ['the field’s name alone, merged across the table, bold', { row: (field) => [field], merge: [1, 5], bold: true }],
  ['the field’s name in capitals alone, merged across the table', { row: (field) => [upper(field)], merge: [1, 5] }],
  ['«Lĩnh vực …» alone in the STT column, nothing merged', { row: (field) => [`Lĩnh vực ${field}`] }],
]

const withoutSource = ({ source: _source, fieldInCapitals: _capitals, ...procedure }: ParsedProcedure) => procedure

describe('field sections in every style decisions use', () => {
  it.each(STYLES)('%s: each procedure gets its section’s field, no section row is rejected', async (_style, style) => {
    const catalogue = await parseProcedureBytes(await sectionedCatalogue(style, PROCEDURES, CODELESS), 'qd.xlsx')

    expect(catalogue.procedures.map(withoutSource)).toEqual(PROCEDURES)
    expect(catalogue.rejected).toEqual([
      { sheet: 'Danh mục', row: CODELESS_ROWS[0], reason: 'Không có mã thủ tục.' },
      {
        sheet: 'Danh mục',
        row: CODELESS_ROWS[1],
        reason:
          'Dòng chỉ có «Thủ tục chỉ có tên», không có mã thủ tục nên không được nạp. Nếu đây là dòng mục lĩnh vực, ' +
          'hãy ghi «Lĩnh vực Thủ tục chỉ có tên» hoặc đánh số mục (I, II…) ở cột STT; nếu là một thủ tục, hãy điền mã thủ tục.',
      },
    ])
    expect(catalogue.warnings).toEqual([])
  })

  it('a plain number and a plain name is read as a section, and the report says so for each', async () => {
    const style: SectionStyle = { row: (field, i) => [i + 1, null, field, null, null] }
    const catalogue = await parseProcedureBytes(await sectionedCatalogue(style, PROCEDURES), 'qd.xlsx')

    expect(catalogue.procedures.map(withoutSource)).toEqual(PROCEDURES)
    expect(catalogue.rejected).toEqual([])
    expect(catalogue.warnings.map(({ row, reason }) => ({ row, reason }))).toEqual(
      [
        [3, '1 Hộ tịch', 'Hộ tịch'],
        [6, '2 Đất đai', 'Đất đai'],
        [8, '3 Chứng thực', 'Chứng thực'],
      ].map(([row, text, field]) => ({
        row,
        reason: `Dòng «${text}» không có mã thủ tục nên được đọc là dòng mục: các thủ tục bên dưới thuộc lĩnh vực «${field}». Nếu đây là một thủ tục, hãy điền mã thủ tục rồi nạp lại.`,
      })),
    )
  })

  it('a field written in capitals keeps the spelling the CMS already has', async () => {
    const style: SectionStyle = { row: (field, i) => [roman(i), `LĨNH VỰC ${upper(field)}`], merge: [2, 5] }
    const investment: CatalogueRow = {
      code: '2.001827',
      name: 'Cấp Giấy chứng nhận đăng ký đầu tư',
      field: 'Đầu tư tại Việt Nam',
      onlineLevel: 'full',
      implementingLevel: 'province',
    }
    const catalogue = await parseProcedureBytes(await sectionedCatalogue(style, [investment]), 'qd.xlsx')
    expect(catalogue.procedures.map((procedure) => procedure.field)).toEqual(['Đầu tư tại việt nam'])

    const existing: ExistingProcedure = { id: 1, ...investment, withdrawn: false }
    const diff = diffProcedures(catalogue, [existing])
    expect(diff.unchanged).toEqual([investment.code])
    expect(diff.changed).toEqual([])
    expect(diffProcedures(catalogue, []).added.map((procedure) => procedure.field)).toEqual(['Đầu tư tại việt nam'])
  })
})
