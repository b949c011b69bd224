import dictionary from 'dictionary-vi'

import { MATERIAL_SEEDS } from '../../scripts/seed/data/materials'

/**
 * Words of the admin interface that are not Vietnamese. A word counts as Vietnamese when,
 * without its diacritics, it is a syllable of the Vietnamese spelling dictionary (dictionary-vi,
 * 6,600 syllables): so "hóa" and "hoá", or a slug's "dich", pass, while "file" or "Menu" do not.
 * Anything else is reported unless the allow-list below names it.
 */
const fold = (word: string): string => word.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase()

const syllables = new Set(new TextDecoder().decode(dictionary.dic).split('\n').slice(1).map(fold).filter(Boolean))

/**
 * Allowed on purpose, each for a reason a reader of the admin would accept:
 * names of the product and of standards, and abbreviations used as such in Vietnamese
 * administrative writing.
 */
export const ALLOWED_WORDS: Record<string, string> = {
  dvctt: 'dịch vụ công trực tuyến, the library’s own abbreviation',
  dvc: 'the library’s mark (site/public/favicon.svg)',
  api: 'the API tab and API key fields, shown to administrators only; no Vietnamese word is used instead',
  email: 'the login field; “email” is the word Vietnamese public-service portals use',
  sin: 'Sìn Hồ, a district of Lai Châu (place names in the data)',
  khun: 'Khun Há, a commune of Lai Châu',
  bum: 'Bum Tở, Bum Nưa: communes of Lai Châu',
  demo: 'the demo accounts’ names (“Quản trị demo”), which exist only in demo mode',
  video: 'a loanword in everyday Vietnamese (“tệp video”), also used by the province’s own documents',
  qr: 'mã QR, as every Vietnamese public-service form says',
  tthc: 'thủ tục hành chính, the standard abbreviation of administrative procedures',
  ptth: 'phát thanh – truyền hình, as the province’s radio and television station is called',
  otp: 'mã OTP, the one-time code public-service portals send (materials’ text)',
  vneid: 'VNeID, the national electronic identity app (a name)',
  cookie: 'what privacy notices in Vietnamese call it («không dùng cookie»), in the usage views’ note on counting',
  ip: 'địa chỉ IP, as Vietnamese writes it (the usage views’ note: no address is kept)',
  jpg: 'the image format, as the materials name it (like PDF, PNG)',
  px: 'pixels, the unit of image sizes',
  webvtt: 'WebVTT, the name of the captions file format (like PDF or MP4)',
  svg: 'SVG, an image file format (like PDF or MP4); e.g. the title of media-svg.test.ts’s poster',
  logo: 'a loanword Vietnamese uses as is («logo của sở»); e.g. the title of media-svg.test.ts’s poster',
  kb: 'file sizes (KB, MB, GB), as Vietnamese writes them',
  mb: 'file sizes',
  gb: 'file sizes',
  infographic: 'a material type; the word Vietnamese ministries and press use for it',
  clip: '«video clip», in the plan’s own sentence that the targets dashboard quotes (ke-hoach-lai-chau-dvctt.txt)',
  zalo: 'Zalo, a sharing channel named as such (brand)',
  facebook: 'Facebook, a sharing channel (brand)',
  tiktok: 'TikTok, a sharing channel (brand)',
  reels: 'Reels, Facebook’s and Instagram’s vertical videos, named as such (brand); a media file’s social images',
  oa: 'Zalo OA (Official Account), as Zalo names an organisation’s account in Vietnamese; a media file’s social images',
  youtube: 'YouTube, where a video may be hosted (brand), in the materials’ «Liên kết video» field',
  lufs: 'LUFS, the unit of loudness in EBU R128 (the media record’s «Bản phát thanh cho loa»), written so in Vietnamese broadcasting',
  dbtp: 'dBTP (decibel true peak), the EBU R128 unit of the broadcast rendition’s peak',
  javascript: 'JavaScript, a name, in a feedback item’s «Gửi qua: Biểu mẫu có JavaScript / không JavaScript»',
  hmoob:
    'Hmoob, the Hmong’s own name for their language (RPA), beside «Tiếng Mông» in «Cần bản dịch» (cms/vocabulary/languages.ts)',
  localhost:
    'a host name, data: the «Nhúng theo trang» lines of a material’s usage panel name the host that embedded it, and usage.test.ts embeds from a page on localhost (a real portal’s host has a dot and is data already)',
  mienh: 'Iu Mienh, the Dao (Iu Mien) own name for their language, beside «Tiếng Dao» in «Cần bản dịch»',
}

const stringsOf = (value: unknown): string[] =>
  typeof value === 'string'
    ? [value]
    : Array.isArray(value)
      ? value.flatMap(stringsOf)
      : value && typeof value === 'object'
        ? Object.values(value).flatMap(stringsOf)
        : []

/**
 * Words of the seeded Hmong, Thái and Dao materials (titles, summaries, bodies, scripts): content the
 * admin shows as written (a material's fields, «Việc của tôi», the «Bản ngôn ngữ» sidebar), not words of
 * the interface. The interface around them is still checked.
 */
const MINORITY_CONTENT = new Set(
  MATERIAL_SEEDS.filter((seed) => (seed.language ?? 'vi') !== 'vi')
    .flatMap((seed) => stringsOf([seed.title, seed.summary, seed.body, seed.script ?? []]))
    .flatMap((text) => text.split(/[^\p{L}]+/u))
    .filter(Boolean)
    .map(fold),
)

/** File names, addresses, MIME types, times and numbers are data, not interface words. */
const DATA_TOKEN = /[0-9@/\\._:#=?&%+]|^https?$/

export function englishWords(text: string): string[] {
  const found: string[] = []
  for (const token of text.split(/\s+/)) {
    if (!token || DATA_TOKEN.test(token)) continue
    for (const part of token.split(/[-–—]/)) {
      const word = part.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '')
      if (!word || /[^\p{L}]/u.test(word)) continue
      const folded = fold(word)
      if (syllables.has(folded) || folded in ALLOWED_WORDS || MINORITY_CONTENT.has(folded)) continue
      found.push(word)
    }
  }
  return found
}
