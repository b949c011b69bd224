/**
 * Which procedures the seed's catalogue file (catalogueFile.ts) lists: the
 * seed's own, their later edition (two level changes, one rename, one
 * procedure dropped, one added), or made-up ones for the import benchmark.
 */
import { FIELD_AGENCY, PROCEDURE_SEEDS, type ProcedureSeed } from './data/procedures'

export interface CatalogueOptions {
  /** Procedures to list; the seed's by default. */
  procedures?: readonly ProcedureSeed[]
  /** Add the three rows that cannot be understood (see BAD_ROWS in catalogueFile.ts). */
  badRows?: boolean
  /** The later edition of the catalogue (see CATALOGUE_CHANGES). */
  changed?: boolean
}

/** What the "changed" edition changes, for tests and the demo to check against. */
export const CATALOGUE_CHANGES = {
  /** Toàn trình ↔ một phần. */
  levelChanged: ['1.000894', '2.001145'] as const,
  renamed: { code: '1.004873', name: 'Cấp Giấy xác nhận tình trạng hôn nhân (trực tuyến)' },
  dropped: { code: '1.001022', name: 'Đăng ký giám hộ' },
  added: {
    code: '1.013000',
    name: 'Đăng ký khai sinh, thường trú, bảo hiểm y tế cho trẻ dưới 6 tuổi trên VNeID',
    field: 'Hộ tịch',
    onlineLevel: 'full',
    implementingLevel: 'commune',
  } satisfies ProcedureSeed,
} as const

/** The seed's list, or its later edition. */
export function catalogueProcedures(options: CatalogueOptions = {}): ProcedureSeed[] {
  let list = [...(options.procedures ?? PROCEDURE_SEEDS)]
  if (options.changed) {
    const flip = (level: ProcedureSeed['onlineLevel']) => (level === 'full' ? 'partial' : 'full')
    list = list
      .filter((procedure) => procedure.code !== CATALOGUE_CHANGES.dropped.code)
      .map((procedure) => {
        if ((CATALOGUE_CHANGES.levelChanged as readonly string[]).includes(procedure.code))
          return { ...procedure, onlineLevel: flip(procedure.onlineLevel) }
        if (procedure.code === CATALOGUE_CHANGES.renamed.code)
          return { ...procedure, name: CATALOGUE_CHANGES.renamed.name }
        return procedure
      })
    list.push(CATALOGUE_CHANGES.added)
  }
  return list
}

/**
 * `count` made-up procedures across realistic fields (codes 9.1xxxxx, so they
 * never meet the seed's), for the import benchmark.
 */
export function syntheticProcedures(count: number): ProcedureSeed[] {
  const fields = Object.keys(FIELD_AGENCY)
  const communeFields = [
    'Hộ tịch',
    'Chứng thực',
    'Bảo trợ xã hội',
    'Đăng ký, quản lý cư trú',
    'Thành lập và hoạt động hộ kinh doanh',
  ]
  return Array.from({ length: count }, (_, i) => {
    const commune = i % 3 === 0
    const field = commune
      ? (communeFields[i % communeFields.length] ?? 'Hộ tịch')
      : (fields[i % fields.length] ?? 'Tài chính')
    return {
      code: `9.${String(100_000 + i).padStart(6, '0')}`,
      name: `Thủ tục thử nghiệm số ${i + 1} thuộc lĩnh vực ${field}`,
      field,
      onlineLevel: i % 4 === 0 ? 'partial' : 'full',
      implementingLevel: commune ? 'commune' : 'province',
    }
  })
}
