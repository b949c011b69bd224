import fs from 'node:fs'

import type { PDFDocument } from 'pdf-lib'

import { siteRequire, siteResolve } from './siteRequire'

/** Be Vietnam Pro for PDFs made at build time (print kits), and the fontkit that pdf-lib embeds it with. */
type Fontkit = Parameters<PDFDocument['registerFontkit']>[0]

// Its UMD build, required at run time (lib/siteRequire.ts) when the first font is embedded, is the fontkit API itself.
let fontkitModule: Fontkit | undefined
const realFontkit = () => (fontkitModule ??= siteRequire('@pdf-lib/fontkit') as Fontkit)
const parsedFonts = new Map<Uint8Array, ReturnType<Fontkit['create']>>()
/**
 * pdf-lib parses the font file anew for every document (fontkit.create) and
 * reads its tables again to subset it. Handing it the same parsed font for the
 * same bytes is safe (each document makes its own subset from it, with the
 * same output) and cut a document with both weights from 48 ms to 14 ms.
 */
export const sharedFontkit: Fontkit = {
  create(bytes: Uint8Array, postscriptName?: string) {
    if (postscriptName) return realFontkit().create(bytes, postscriptName)
    let font = parsedFonts.get(bytes)
    if (!font) parsedFonts.set(bytes, (font = realFontkit().create(bytes)))
    return font
  },
}

/**
 * Be Vietnam Pro, the library's typeface, has every Vietnamese letter but not all of Latin Extended:
 * no ŏ, ĭ, ŭ, ǎ (the breve vowels of Vietnamese-based minority scripts such as Thái La-tinh), ŋ or ɛ.
 * Noto Sans has all of Latin Extended-A, -B and Additional and the combining marks. A document whose
 * text Be Vietnam Pro cannot draw whole is set in Noto Sans (both from npm, OFL; no OS font).
 */
const FONT_FAMILIES = {
  beVietnamPro: {
    name: 'Be Vietnam Pro',
    regular: '@expo-google-fonts/be-vietnam-pro/400Regular/BeVietnamPro_400Regular.ttf',
    bold: '@expo-google-fonts/be-vietnam-pro/700Bold/BeVietnamPro_700Bold.ttf',
  },
  notoSans: {
    name: 'Noto Sans',
    regular: '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf',
    bold: '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf',
  },
} as const

export type PdfFontFamily = keyof typeof FONT_FAMILIES
export interface PdfFontBytes {
  family: PdfFontFamily
  regular: Uint8Array
  bold: Uint8Array
  /**
   * OpenType features for pdf-lib's layout. Noto Sans's `ccmp` splits a precomposed letter (ụ, ả) into
   * its base and a mark: pdf-lib places no marks (no GPOS) and its ToUnicode map gives each glyph one
   * letter, so «quai» came back from the PDF as «qụai». Precomposed glyphs it has whole are used instead.
   */
  features?: Record<string, boolean>
}

const fontCache = new Map<PdfFontFamily, PdfFontBytes>()

/** A family's two weights from its npm package, read once per process (the same bytes go to every document). */
function familyBytes(family: PdfFontFamily): PdfFontBytes {
  const cached = fontCache.get(family)
  if (cached) return cached
  const files = FONT_FAMILIES[family]
  const read = (file: string) => {
    try {
      return fs.readFileSync(siteResolve(file))
    } catch (error) {
      throw new Error(
        `Không đọc được phông chữ ${files.name} (${file}) để tạo bản in. Chạy "pnpm install" ở thư mục gốc rồi dựng lại.`,
        { cause: error },
      )
    }
  }
  const features = family === 'notoSans' ? { ccmp: false } : undefined
  const bytes = { family, regular: read(files.regular), bold: read(files.bold), features }
  fontCache.set(family, bytes)
  return bytes
}

/** Whether both weights have a glyph for every letter of the texts (spaces and line breaks aside). */
export function fontCovers(bytes: PdfFontBytes, texts: readonly string[]): boolean {
  const faces = [sharedFontkit.create(bytes.regular), sharedFontkit.create(bytes.bold)]
  for (const text of texts) {
    for (const char of text.normalize('NFC')) {
      if (/\s/u.test(char)) continue
      const code = char.codePointAt(0) ?? 0
      if (!faces.every((face) => face.hasGlyphForCodePoint(code))) return false
    }
  }
  return true
}

/**
 * The fonts for a document that will draw `texts`: Be Vietnam Pro when it has every letter of them
 * (all Vietnamese and Hmong RPA text), otherwise Noto Sans, so a Thái or Dao title never loses a letter.
 */
export function pdfFontBytes(texts: readonly string[] = []): PdfFontBytes {
  const brand = familyBytes('beVietnamPro')
  return fontCovers(brand, texts) ? brand : familyBytes('notoSans')
}
