import { foldVietnamese } from '../vocabulary'
import type { ReportingUnit } from './reportingUnits'

/** Who issues, signs and receives a report, from the units' names (any province: nothing here names one). */

const LOCAL = new Set(['commune', 'ward'])

/** «UBND tỉnh Lai Châu» → «Lai Châu». */
export function provinceNameOf(province: Pick<ReportingUnit, 'name'> | undefined, fallback: string): string {
  if (!province) return fallback
  return province.name.replace(/^(UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+(tỉnh|thành phố)\s+/i, '').trim() || fallback
}

/** «Xã Sìn Hồ» → «Ủy ban nhân dân xã Sìn Hồ»: a commune reports as its People's Committee. */
export function issuingBody(unit: Pick<ReportingUnit, 'name' | 'type'>): string {
  if (!LOCAL.has(unit.type)) return unit.name
  return `Ủy ban nhân dân ${unit.name.charAt(0).toLowerCase()}${unit.name.slice(1)}`
}

/** «Xã Sìn Hồ» → «Sìn Hồ», the place a commune dates its documents from. */
export const placeOf = (unit: Pick<ReportingUnit, 'name'>): string => unit.name.replace(/^(xã|phường|thị trấn)\s+/i, '')

/** The letters after «BC-» in the document number: UBND for a People's Committee, initials otherwise («Sở KH&CN» → SKHCN). */
export function abbreviationOf(unit: Pick<ReportingUnit, 'name' | 'shortName' | 'type'>): string {
  if (LOCAL.has(unit.type) || unit.type === 'province') return 'UBND'
  const words = (unit.shortName || unit.name).split(/[\s&,.–-]+/).filter((w) => w && w.toLowerCase() !== 'và')
  return words.map((w) => (w === w.toUpperCase() && w.length > 1 ? w : w.charAt(0).toUpperCase())).join('')
}

export function defaultSignerTitle(type: string): string {
  if (LOCAL.has(type)) return 'TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH'
  if (type === 'department') return 'GIÁM ĐỐC'
  return 'THỦ TRƯỞNG ĐƠN VỊ'
}

/** The department that rolls the reports up (Sở Khoa học và Công nghệ, section VI.1 of the plan), found by its name. */
export function rollupDepartment<U extends Pick<ReportingUnit, 'name' | 'type' | 'historical'>>(
  units: U[],
): U | undefined {
  return units.find(
    (u) =>
      u.type === 'department' &&
      !u.historical &&
      foldVietnamese(u.name).toLowerCase().includes('khoa hoc va cong nghe'),
  )
}
