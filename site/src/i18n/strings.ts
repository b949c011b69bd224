import { languageEntry, languageTag, type MaterialLanguage } from '@dvctt/cms/vocabulary'

/**
 * The site chrome a reader of a minority-language page needs, in one table (issue 20 §1).
 * Vietnamese is complete; each other language has only the strings someone has written, each
 * marked whether a native speaker reviewed it. None is reviewed yet: they are short, common
 * words (Hmong RPA, Tai Dam in its Vietnamese-based Latin spelling, Iu Mien unified script)
 * written without a native reader and must be checked before they are trusted (docs/ngon-ngu.md).
 * A string a language lacks is read in Vietnamese, marked `lang="vi"`: never the key.
 */
export const VIETNAMESE = {
  navHome: 'Trang chủ',
  navMaterials: 'Tài liệu',
  navTopics: 'Chủ đề',
  navUnits: 'Đơn vị',
  navProcedures: 'Thủ tục',
  navSearch: 'Tìm kiếm',
  mainNav: 'Điều hướng chính',
  skipLink: 'Bỏ qua, đến nội dung chính',
  download: 'Tải về',
  listen: 'Nghe',
  watch: 'Xem',
  searchLabel: 'Tìm tài liệu',
  searchButton: 'Tìm kiếm',
  embedDownload: 'Tải về',
  embedReadMore: 'Xem đầy đủ',
  embedSource: 'Nguồn',
  languageSwitcher: 'Ngôn ngữ',
  fallbackNote: 'Chưa có bản {language}',
  landingTitle: 'Tài liệu bằng {language}',
  landingFallbacks: 'Chưa có bản dịch: bản tiếng Việt',
} as const

export type ChromeKey = keyof typeof VIETNAMESE

export interface Translation {
  text: string
  /** True once a native speaker has read and accepted it. */
  reviewed: boolean
}

type MinorityLanguage = Exclude<MaterialLanguage, 'vi'>

/** Not reviewed: written as a starting point for a native reviewer. */
const draft = (text: string): Translation => ({ text, reviewed: false })

export const TRANSLATIONS: Record<MinorityLanguage, Partial<Record<ChromeKey, Translation>>> = {
  hmn: {
    navSearch: draft('Nrhiav'),
    download: draft('Rub tawm'),
    listen: draft('Mloog'),
    watch: draft('Saib'),
    searchButton: draft('Nrhiav'),
    embedDownload: draft('Rub tawm'),
    languageSwitcher: draft('Hom lus'),
    fallbackNote: draft('Tseem tsis tau muaj lus Hmoob'),
  },
  tai: {
    listen: draft('Phăng'),
    watch: draft('Bơng'),
  },
  dao: {
    listen: draft('Muangx'),
    watch: draft('Mangc'),
  },
}

/** A piece of chrome and the BCP 47 tag of the language it actually came out in. */
export interface ChromeText {
  text: string
  lang: string
}

/**
 * The chrome string `key` for a page in `language` (a stored value). `{language}` in the
 * Vietnamese text becomes the language's Vietnamese name («tiếng Mông»).
 */
export function chrome(language: string | null | undefined, key: ChromeKey): ChromeText {
  const own = language && language !== 'vi' ? TRANSLATIONS[language as MinorityLanguage]?.[key]?.text : undefined
  if (own) return { text: own, lang: languageTag(language) }
  return { text: VIETNAMESE[key].replace('{language}', vietnameseNameOf(language)), lang: 'vi' }
}

/** «tiếng Mông» for `hmn`: how the Vietnamese chrome names a language mid-sentence. */
export const vietnameseNameOf = (language: string | null | undefined): string =>
  languageEntry(language).label.vi.replace(/^T/, 't')

/** The `lang` attribute for chrome inside a page in `pageLang`: only where it differs. */
export const langIfDiffers = (text: ChromeText, pageLang: string): string | undefined =>
  text.lang === pageLang ? undefined : text.lang
