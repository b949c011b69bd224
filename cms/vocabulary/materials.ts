import { label } from './label'

/** Kinds of outreach material named in the plan (section IV). `path` is the site's listing URL. */
export const MATERIAL_KINDS = [
  { value: 'leaflet', path: 'to-roi', label: label('Tờ rơi', 'Leaflet') },
  { value: 'folded-leaflet', path: 'to-gap', label: label('Tờ gấp', 'Folded leaflet') },
  { value: 'poster', path: 'ap-phich-pa-no', label: label('Áp phích/pa-nô', 'Poster/panel') },
  { value: 'infographic', path: 'infographic', label: label('Infographic', 'Infographic') },
  { value: 'video', path: 'video-huong-dan', label: label('Video hướng dẫn', 'How-to video') },
  { value: 'audio', path: 'am-thanh-phat-thanh', label: label('Âm thanh/phát thanh', 'Audio/radio spot') },
  { value: 'procedure-list', path: 'danh-muc-thu-tuc', label: label('Danh mục thủ tục', 'Procedure list') },
  { value: 'document', path: 'van-ban', label: label('Văn bản', 'Document') },
] as const

export type MaterialKind = (typeof MATERIAL_KINDS)[number]['value']

export { MATERIAL_LANGUAGES } from './languages'

/** Kinds that make sense stamped with a unit's details and printed: one sheet, one message. */
export const PRINT_TEMPLATE_KINDS: readonly MaterialKind[] = ['poster', 'leaflet']
