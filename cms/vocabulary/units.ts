import { label } from './label'

/** Kinds of unit in the province's tree; districts stay as historical units (before July 2025). */
export const UNIT_TYPES = [
  { value: 'province', label: label('UBND tỉnh', 'Provincial People’s Committee') },
  { value: 'department', label: label('Sở, ban, ngành', 'Department') },
  { value: 'agency', label: label('Cơ quan, đơn vị', 'Agency') },
  { value: 'district', label: label('Huyện, thành phố (trước 7/2025)', 'District (before July 2025)') },
  { value: 'commune', label: label('Xã', 'Commune') },
  { value: 'ward', label: label('Phường', 'Ward') },
] as const
