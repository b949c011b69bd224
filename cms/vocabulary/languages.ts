import { label } from './label'

/**
 * The languages a material can be in. `value` is what the database stores and never changes
 * (no data migration); everything else is derived from it here:
 * - `tag`: the BCP 47 tag written in `lang` and `hreflang`. `vi` is Vietnamese. `hmn` is the
 *   Hmong macrolanguage: Lai Châu's Hmong (Mông Trắng/Hmong Daw `mww`, Mông Hoa/Mông Xanh/Hmong
 *   Njua `hnj`) read one RPA spelling on the site, so the macrolanguage names it best. `tai` is
 *   written `blt` (Tai Dam, Thái Đen), the Thái variety the province's Vietnamese-based Latin
 *   Thái spelling follows; Tai Dón (Thái Trắng, `twh`), also spoken in Phong Thổ, Sìn Hồ and
 *   Mường Tè, is not intelligible with it and would need a stored value of its own. `dao` is
 *   written `ium` (Iu Mien): Lai Châu's Dao are mostly Dao Đỏ, Dao Tiền and Dao Quần Chẹt, who
 *   speak Iu Mien; Kim Mun (`mji`, Dao Lan Tiẻn/Quần Trắng) would need a value of its own.
 *   The stored code `tai` alone is the ISO 639-5 family «Tai languages», and `dao` is ISO 639-3
 *   Daai Chin: neither may go into `lang`. Reasons and sources: docs/ngon-ngu.md.
 * - `endonym`: the language's own name as its readers write it, shown in the language switcher.
 *   Hmoob (RPA), Tai Dam, Iu Mienh (Mien unified script): none reviewed by a native speaker yet.
 * - `path`: the site's landing page of the language (`/hmn/`, `/tai/`, `/dao/`); it is the stored
 *   value, so a change of tag never moves a URL. Vietnamese has no landing page: it is the site.
 */
export const MATERIAL_LANGUAGES = [
  { value: 'vi', tag: 'vi', endonym: 'Tiếng Việt', path: '', label: label('Tiếng Việt', 'Vietnamese') },
  { value: 'hmn', tag: 'hmn', endonym: 'Hmoob', path: 'hmn', label: label('Tiếng Mông', 'Hmong') },
  { value: 'tai', tag: 'blt', endonym: 'Tai Dam', path: 'tai', label: label('Tiếng Thái', 'Tai (Tai Dam)') },
  { value: 'dao', tag: 'ium', endonym: 'Iu Mienh', path: 'dao', label: label('Tiếng Dao', 'Dao (Iu Mien)') },
] as const

export type MaterialLanguageEntry = (typeof MATERIAL_LANGUAGES)[number]
export type MaterialLanguage = MaterialLanguageEntry['value']

/** The languages other than Vietnamese, each with a landing page. */
export const MINORITY_LANGUAGES = MATERIAL_LANGUAGES.filter((l) => l.value !== 'vi')

const byValue = new Map<string, MaterialLanguageEntry>(MATERIAL_LANGUAGES.map((l) => [l.value, l]))

/** A stored language value's entry; an unknown value reads as Vietnamese. */
export const languageEntry = (value: string | null | undefined): MaterialLanguageEntry =>
  byValue.get(value ?? 'vi') ?? MATERIAL_LANGUAGES[0]

/** The BCP 47 tag for `lang`/`hreflang` of a stored language value. */
export const languageTag = (value: string | null | undefined): string => languageEntry(value).tag
