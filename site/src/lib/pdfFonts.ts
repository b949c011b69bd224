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

const FONT_FILES = {
  regular: '@expo-google-fonts/be-vietnam-pro/400Regular/BeVietnamPro_400Regular.ttf',
  bold: '@expo-google-fonts/be-vietnam-pro/700Bold/BeVietnamPro_700Bold.ttf',
} as const

let fontCache: Record<keyof typeof FONT_FILES, Uint8Array> | undefined

/**
 * Be Vietnam Pro from the npm package (OFL, no font file committed), read once
 * per process; the same bytes go to every document, so sharedFontkit parses them once.
 */
export function pdfFontBytes(): Record<keyof typeof FONT_FILES, Uint8Array> {
  if (fontCache) return fontCache
  const read = (file: string) => {
    try {
      return fs.readFileSync(siteResolve(file))
    } catch (error) {
      throw new Error(
        `Không đọc được phông chữ Be Vietnam Pro (${file}) để tạo bản in. Chạy "pnpm install" ở thư mục gốc rồi dựng lại.`,
        { cause: error },
      )
    }
  }
  fontCache = { regular: read(FONT_FILES.regular), bold: read(FONT_FILES.bold) }
  return fontCache
}
