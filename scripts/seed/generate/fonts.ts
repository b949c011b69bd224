import fs from 'node:fs'
import { createRequire } from 'node:module'

import type { Font } from '@pdf-lib/fontkit'

/**
 * Be Vietnam Pro comes from the npm registry (@expo-google-fonts/be-vietnam-pro, OFL)
 * so no font file is committed and no system font is needed: images draw text as
 * vector paths from this file, PDFs embed a subset of it.
 */
export type FontWeight = 'regular' | 'bold' | 'extraBold'

const FONT_FILES: Record<FontWeight, string> = {
  regular: '@expo-google-fonts/be-vietnam-pro/400Regular/BeVietnamPro_400Regular.ttf',
  bold: '@expo-google-fonts/be-vietnam-pro/700Bold/BeVietnamPro_700Bold.ttf',
  extraBold: '@expo-google-fonts/be-vietnam-pro/800ExtraBold/BeVietnamPro_800ExtraBold.ttf',
}

const require = createRequire(import.meta.url)
// The package is UMD: loaded through require, its exports are the fontkit API itself.
export const fontkit = require('@pdf-lib/fontkit') as typeof import('@pdf-lib/fontkit')
const bytesCache = new Map<FontWeight, Buffer>()
const fontCache = new Map<FontWeight, Font>()

export function fontBytes(weight: FontWeight): Buffer {
  const cached = bytesCache.get(weight)
  if (cached) return cached
  let file: string
  try {
    file = require.resolve(FONT_FILES[weight])
  } catch (error) {
    throw new Error(
      `Không tìm thấy phông chữ Be Vietnam Pro (${FONT_FILES[weight]}). Chạy "pnpm install" ở thư mục gốc để cài gói @expo-google-fonts/be-vietnam-pro.`,
      { cause: error },
    )
  }
  const bytes = fs.readFileSync(file)
  bytesCache.set(weight, bytes)
  return bytes
}

export function loadFont(weight: FontWeight): Font {
  const cached = fontCache.get(weight)
  if (cached) return cached
  const font = fontkit.create(fontBytes(weight))
  fontCache.set(weight, font)
  return font
}
