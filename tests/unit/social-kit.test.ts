/**
 * «Bộ ảnh mạng xã hội» (issue 20 §4): the post text a communicator pastes, and the ZIP the site builds from the
 * renditions the CMS stored (real sharp renditions of a real image, read back from a real folder and unzipped).
 * The renditions made at upload: int/social-renditions.test.ts.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { unzipSync } from 'fflate'
import sharp from 'sharp'
import { afterAll, describe, expect, it } from 'vitest'

import { renderSocialRenditions } from '../../cms/uploads/socialRenditions'
import { SOCIAL_IMAGES } from '../../cms/vocabulary/socialImages'
import { socialImagesOf } from '../../site/src/cms/socialImages'
import type { Media } from '../../site/src/cms/types'
import { POST_TEXT_FILE, socialKitZip } from '../../site/src/lib/socialKit'
import { socialPostText } from '../../site/src/lib/socialPost'

const post = {
  title: 'Đăng ký khai sinh trực tuyến',
  summary: 'Làm giấy khai sinh cho con ngay tại nhà, nhận kết quả qua bưu điện.',
  url: 'https://thuvien.laichau.gov.vn/tai-lieu/dang-ky-khai-sinh/',
  qrImageUrl: 'https://thuvien.laichau.gov.vn/tai-lieu/dang-ky-khai-sinh/ma-qr.png',
}

describe('socialPostText', () => {
  it('gives title, summary, link and QR code, a blank line apart, ready to paste', () => {
    expect(socialPostText(post)).toBe(
      [
        'Đăng ký khai sinh trực tuyến',
        'Làm giấy khai sinh cho con ngay tại nhà, nhận kết quả qua bưu điện.',
        'Xem, tải và chia sẻ tài liệu: https://thuvien.laichau.gov.vn/tai-lieu/dang-ky-khai-sinh/',
        'Mã QR để in hoặc đăng kèm: https://thuvien.laichau.gov.vn/tai-lieu/dang-ky-khai-sinh/ma-qr.png',
      ].join('\n\n'),
    )
  })
  it('leaves out an empty summary rather than a blank paragraph', () => {
    expect(socialPostText({ ...post, summary: '  ' })).not.toMatch(/\n\n\n/)
  })
})

describe('socialImagesOf', () => {
  it('offers the kit only when the cover has all three renditions', () => {
    const social = {
      zalo: { filename: 'a-mxh-zalo.jpg' },
      facebook: { filename: 'a-mxh-facebook.jpg' },
      story: { filename: 'a-mxh-story.jpg' },
    }
    expect(socialImagesOf({ social } as Media).map((f) => [f.zipName, f.width, f.height])).toEqual([
      ['zalo-oa-1000x640.jpg', 1000, 640],
      ['facebook-1080x1350.jpg', 1080, 1350],
      ['tiktok-reels-tin-1080x1920.jpg', 1080, 1920],
    ])
    expect(socialImagesOf({ social: { ...social, story: { filename: null } } } as Media)).toEqual([])
    expect(socialImagesOf(null)).toEqual([])
  })
})

describe('socialKitZip', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'social-kit-'))
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

  it('packs the stored renditions at their sizes and the post text', async () => {
    const cover = await sharp({ create: { width: 1600, height: 1000, channels: 3, background: '#2a6f97' } })
      .jpeg()
      .toBuffer()
    const social: Record<string, { filename: string }> = {}
    for (const rendition of await renderSocialRenditions(cover)) {
      const filename = `bia-mxh-${rendition.key}.jpg`
      fs.writeFileSync(path.join(dir, filename), rendition.data)
      social[rendition.key] = { filename }
    }
    const files = socialImagesOf({ social } as Media)
    const zip = unzipSync(await socialKitZip(files, socialPostText(post), { type: 'directory', dir }))

    expect(Object.keys(zip).sort()).toEqual([...SOCIAL_IMAGES.map((i) => i.file), POST_TEXT_FILE].sort())
    for (const { file, width, height } of SOCIAL_IMAGES) {
      const meta = await sharp(zip[file] as Uint8Array).metadata()
      expect([meta.format, meta.width, meta.height], file).toEqual(['jpeg', width, height])
    }
    const text = new TextDecoder().decode(zip[POST_TEXT_FILE])
    expect(text).toBe(`${socialPostText(post).replace(/\n/g, '\r\n')}\r\n`)
  })

  it('refuses a stored name that would leave the media folder', async () => {
    const files = [{ label: 'x', filename: '../secret.jpg', zipName: 'x.jpg', width: 1, height: 1 }]
    await expect(socialKitZip(files, 'x', { type: 'directory', dir })).rejects.toThrow(/không hợp lệ/)
  })
})
