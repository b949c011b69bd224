import type { Sharp, SharpOptions } from 'sharp'

import { siteConfig } from '../siteConfig'
import { escapeHtml } from './html'
import { siteRequire, siteResolve } from './siteRequire'

/** The site's link-preview image (home and listing pages): the size Facebook and Zalo show large. */
export const SHARE_IMAGE = {
  path: '/chia-se.png',
  width: 1200,
  height: 630,
  alt: `${siteConfig.title}: tài liệu hướng dẫn người dân làm thủ tục hành chính trên mạng`,
} as const

const BOLD_FONT = '@expo-google-fonts/be-vietnam-pro/700Bold/BeVietnamPro_700Bold.ttf'
const REGULAR_FONT = '@expo-google-fonts/be-vietnam-pro/400Regular/BeVietnamPro_400Regular.ttf'

type SharpFactory = (input?: SharpOptions) => Sharp

/** White text in Be Vietnam Pro (from its npm package), laid out by sharp's text input. */
async function textLayer(sharp: SharpFactory, text: string, font: string, size: number, width: number) {
  return sharp({
    text: {
      text: `<span foreground="#ffffff">${escapeHtml(text)}</span>`,
      font: `Be Vietnam Pro ${size}`,
      fontfile: siteResolve(font),
      width,
      rgba: true,
      wrap: 'word',
    },
  })
    .png()
    .toBuffer({ resolveWithObject: true })
}

/**
 * Made at build time from the site's configuration, so another province gets
 * its own name on it: the library's red, its title and the province.
 */
export async function shareImagePng(): Promise<Buffer> {
  // Loaded when the image is made, outside Vite's bundle (lib/siteRequire.ts).
  const sharp = siteRequire('sharp') as SharpFactory
  const { width, height } = SHARE_IMAGE
  const margin = 80
  const title = await textLayer(
    sharp,
    'Thư viện tuyên truyền dịch vụ công trực tuyến',
    BOLD_FONT,
    60,
    width - 2 * margin,
  )
  const provinceName = siteConfig.provinceFullName.charAt(0).toUpperCase() + siteConfig.provinceFullName.slice(1)
  const province = await textLayer(sharp, provinceName, REGULAR_FONT, 40, width - 2 * margin)
  const titleTop = Math.max(margin, Math.round((height - title.info.height - province.info.height - 40) / 2))
  return sharp({ create: { width, height, channels: 3, background: '#9b1c1c' } })
    .composite([
      { input: title.data, left: margin, top: titleTop },
      { input: province.data, left: margin, top: titleTop + title.info.height + 40 },
    ])
    .png({ palette: true })
    .toBuffer()
}
