/**
 * Guide coverage of the procedure catalogue (cms/vocabulary/procedureCoverage.ts), on a
 * small hand-made catalogue whose figures are counted by hand below.
 */
import { describe, expect, it } from 'vitest'

import {
  computeCoverage,
  type CoverageProcedure,
  type CoverageUnit,
  formatShare,
  proceduresHandledBy,
} from '../../cms/vocabulary'

const units: CoverageUnit[] = [
  { id: 1, name: 'UBND tỉnh Lai Châu', type: 'province' },
  { id: 2, name: 'Sở Tư pháp', type: 'department' },
  { id: 3, name: 'Xã Sìn Hồ', type: 'commune' },
  { id: 4, name: 'Phường Đoàn Kết', type: 'ward' },
  // A merged-away commune: would handle commune-level procedures, but historical units get no row.
  { id: 5, name: 'Xã Bình Lư (cũ)', type: 'commune', historical: true },
  // Handles nothing: no row for it.
  { id: 6, name: 'Sở Y tế', type: 'department' },
]

const p = (id: number, field: string, name: string, extra: Partial<CoverageProcedure> = {}): CoverageProcedure => ({
  id,
  code: `1.00${id}`,
  name,
  field,
  onlineLevel: 'full',
  implementingLevel: 'commune',
  ...extra,
})

const procedures: CoverageProcedure[] = [
  // Hộ tịch, commune level, toàn trình: 3 current, 2 guided.
  p(1, 'Hộ tịch', 'Đăng ký khai sinh'),
  p(2, 'Hộ tịch', 'Đăng ký khai tử'),
  p(3, 'Hộ tịch', 'Đăng ký kết hôn'),
  // Withdrawn: counts nowhere, guided or not.
  p(4, 'Hộ tịch', 'Đăng ký lại khai sinh', { withdrawn: true }),
  p(5, 'Hộ tịch', 'Cấp bản sao trích lục', { withdrawn: true }),
  // Một phần: not in the coverage figures.
  p(6, 'Hộ tịch', 'Đăng ký giám hộ', { onlineLevel: 'partial' }),
  // Province level, toàn trình, Sở Tư pháp as agency: 2, 1 guided.
  p(7, 'Lý lịch tư pháp', 'Cấp phiếu lý lịch tư pháp', { implementingLevel: 'province', agencies: [2] }),
  p(8, 'Lý lịch tư pháp', 'Cấp lại phiếu lý lịch tư pháp', { implementingLevel: 'province', agencies: [{ id: 2 }] }),
  // Province level, no agency: only the province handles it; not guided.
  p(9, 'Đất đai', 'Đăng ký đất đai lần đầu', { implementingLevel: 'province' }),
  // Commune level naming a department as agency too.
  p(10, 'Chứng thực', 'Chứng thực bản sao từ bản chính', { agencies: [2] }),
]

const guided = [1, 3, 4, '7', 6]

describe('proceduresHandledBy', () => {
  const codes = (unitId: number) =>
    proceduresHandledBy(units.find((u) => u.id === unitId)!, procedures).map((x) => x.id)

  it('gives communes and wards every current commune-level procedure, sorted by field then name', () => {
    // Chứng thực, then Hộ tịch: giám hộ, kết hôn, khai sinh, khai tử (Vietnamese order).
    expect(codes(3)).toEqual([10, 6, 3, 1, 2])
    expect(codes(4)).toEqual([10, 6, 3, 1, 2])
  })

  it('gives the province every current province-level procedure', () => {
    // Đất đai before Lý lịch tư pháp; «Cấp lại» before «Cấp phiếu».
    expect(codes(1)).toEqual([9, 8, 7])
  })

  it('gives an agency the procedures naming it (by id or populated), at any level', () => {
    expect(codes(2)).toEqual([10, 8, 7])
  })

  it('excludes withdrawn procedures and gives a unit with no procedures nothing', () => {
    expect(codes(3)).not.toContain(4)
    expect(codes(6)).toEqual([])
  })
})

describe('computeCoverage', () => {
  const coverage = computeCoverage({ procedures, units, guidedProcedureIds: guided })

  it('counts current toàn trình procedures only: withdrawn and một phần excluded', () => {
    // Current toàn trình: 1, 2, 3, 7, 8, 9, 10 = 7; guided among them: 1, 3, 7 = 3.
    expect(coverage.overall).toMatchObject({ total: 7, covered: 3 })
    expect(coverage.overall.share).toBeCloseTo(3 / 7, 10)
    expect(formatShare(coverage.overall.share)).toBe('42,9 %')
    expect(coverage.overall.missing.map((x) => x.id)).toEqual([10, 9, 2, 8])
  })

  it('lists missing procedures sorted by field then name', () => {
    expect(coverage.overall.missing.map((x) => x.name)).toEqual([
      'Chứng thực bản sao từ bản chính',
      'Đăng ký đất đai lần đầu',
      'Đăng ký khai tử',
      'Cấp lại phiếu lý lịch tư pháp',
    ])
  })

  it('gives per-field figures sorted in Vietnamese order (Đ after D, before H)', () => {
    expect(coverage.byField.map((f) => [f.field, f.covered, f.total])).toEqual([
      ['Chứng thực', 0, 1],
      ['Đất đai', 0, 1],
      ['Hộ tịch', 2, 3],
      ['Lý lịch tư pháp', 1, 2],
    ])
  })

  it('gives per-unit figures by the commune, province and agency rules, leaving out historical units and units with nothing', () => {
    expect(coverage.byUnit.map((u) => [u.unit.name, u.covered, u.total])).toEqual([
      // Commune rule: 1, 2, 3, 10 (6 is một phần).
      ['Phường Đoàn Kết', 2, 4],
      // Agency rule: 7, 8, 10.
      ['Sở Tư pháp', 1, 3],
      // Province rule: 7, 8, 9.
      ['UBND tỉnh Lai Châu', 1, 3],
      ['Xã Sìn Hồ', 2, 4],
    ])
    expect(coverage.byUnit.find((u) => u.unit.id === 2)?.missing.map((x) => x.id)).toEqual([10, 8])
  })

  it('is 0 % with nothing to count, and 100 % when all are guided', () => {
    expect(computeCoverage({ procedures: [], units, guidedProcedureIds: [] }).overall).toMatchObject({
      total: 0,
      covered: 0,
      share: 0,
    })
    const all = computeCoverage({ procedures, units, guidedProcedureIds: procedures.map((x) => x.id) })
    expect(all.overall).toMatchObject({ total: 7, covered: 7, share: 1, missing: [] })
    expect(formatShare(all.overall.share)).toBe('100 %')
  })
})

describe('formatShare', () => {
  it('writes a Vietnamese percentage with a decimal comma and one decimal place', () => {
    expect(formatShare(3 / 7)).toBe('42,9 %')
    expect(formatShare(0)).toBe('0 %')
    expect(formatShare(1)).toBe('100 %')
    expect(formatShare(0.5)).toBe('50,0 %')
    expect(formatShare(2 / 3)).toBe('66,7 %')
  })
})
