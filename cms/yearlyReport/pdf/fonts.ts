import fs from 'node:fs'
import path from 'node:path'

import fontkit from '@pdf-lib/fontkit'
import type { PDFDocument, PDFFont } from 'pdf-lib'

import { cmsDir } from '../../lib/paths'

/** Be Vietnam Pro (OFL, from npm, as the site's print kits use), read once per process. */
const FILES = {
  regular: '400Regular/BeVietnamPro_400Regular.ttf',
  bold: '700Bold/BeVietnamPro_700Bold.ttf',
  italic: '400Regular_Italic/BeVietnamPro_400Regular_Italic.ttf',
} as const

type Face = keyof typeof FILES
let bytes: Record<Face, Uint8Array> | undefined

function fontBytes(): Record<Face, Uint8Array> {
  if (bytes) return bytes
  const dir = path.join(cmsDir, 'node_modules', '@expo-google-fonts', 'be-vietnam-pro')
  const read = (file: string) => {
    try {
      return fs.readFileSync(path.join(dir, file))
    } catch (error) {
      throw new Error(
        `Không đọc được phông chữ Be Vietnam Pro (${file}) để tạo bản PDF. Chạy "pnpm install" rồi thử lại.`,
        {
          cause: error,
        },
      )
    }
  }
  bytes = { regular: read(FILES.regular), bold: read(FILES.bold), italic: read(FILES.italic) }
  return bytes
}

export type Fonts = Record<Face, PDFFont>

export async function embedFonts(doc: PDFDocument): Promise<Fonts> {
  doc.registerFontkit(fontkit)
  const files = fontBytes()
  const [regular, bold, italic] = await Promise.all([
    doc.embedFont(files.regular, { subset: true }),
    doc.embedFont(files.bold, { subset: true }),
    doc.embedFont(files.italic, { subset: true }),
  ])
  return { regular, bold, italic }
}
