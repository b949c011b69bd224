/**
 * «Bộ ảnh mạng xã hội» on a material page (issue 20 §4), on the shared build: without JavaScript the post text is
 * plain selectable text and the ZIP downloads with the three sized images and the same text; with it, the copy
 * button puts that text on the clipboard. Sizes and ZIP content in detail: unit/social-kit.test.ts.
 */
import fs from 'node:fs'
import path from 'node:path'

import { unzipSync } from 'fflate'
import type { Browser } from 'playwright-core'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { SOCIAL_IMAGES } from '../../cms/vocabulary/socialImages'
import { POST_TEXT_FILE, SOCIAL_KIT_FILE } from '../../site/src/lib/socialKit'
import { launchChromium } from './browser'
import { e2eEnv } from './env'

const siteUrl = inject('siteUrl')
let browser: Browser

/** A material page of the build that offers the kit (its cover has the renditions). */
function materialWithKit(): string {
  const dir = path.join(e2eEnv.SITE_DIST_DIR, 'tai-lieu')
  const slug = fs
    .readdirSync(dir)
    .sort()
    .find((name) => fs.existsSync(path.join(dir, name, SOCIAL_KIT_FILE)))
  if (!slug) throw new Error('no material of the e2e seed has a «Bộ ảnh mạng xã hội»')
  return `/tai-lieu/${slug}/`
}

beforeAll(async () => {
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
})

describe('«Bộ ảnh mạng xã hội»', () => {
  it('gives the post text as plain text without JavaScript, and the ZIP with the sized images and that text', async () => {
    const pagePath = materialWithKit()
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`${siteUrl}${pagePath}`)
    const title = (await page.locator('h1').first().textContent())?.trim() ?? ''
    const box = page.getByRole('region', { name: 'Đăng lên mạng xã hội' })
    const text = await box.getByLabel(/Nội dung bài đăng/).inputValue()
    expect(text.split('\n\n')[0]).toBe(title)
    expect(text).toMatch(new RegExp(`\nXem, tải và chia sẻ tài liệu: https?://[^/\\s]+${pagePath}\n`))
    expect(text).toMatch(/Mã QR để in hoặc đăng kèm: \S+\/ma-qr\.png$/)
    expect(await box.getByRole('button', { name: 'Sao chép nội dung bài đăng' }).isVisible()).toBe(false)

    const href = await box.getByRole('link', { name: /Bộ ảnh mạng xã hội/ }).getAttribute('href')
    const response = await fetch(new URL(href ?? '', `${siteUrl}${pagePath}`))
    expect(response.status).toBe(200)
    const zip = unzipSync(new Uint8Array(await response.arrayBuffer()))
    for (const { file, width, height } of SOCIAL_IMAGES) {
      const meta = await sharp(zip[file] as Uint8Array).metadata()
      expect([meta.width, meta.height], file).toEqual([width, height])
    }
    expect(new TextDecoder().decode(zip[POST_TEXT_FILE]).replace(/\r\n/g, '\n').trim()).toBe(text)
    await context.close()
  })

  it('copies the post text to the clipboard with the button', async () => {
    const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] })
    const page = await context.newPage()
    await page.goto(`${siteUrl}${materialWithKit()}`)
    const box = page.getByRole('region', { name: 'Đăng lên mạng xã hội' })
    await box.getByRole('button', { name: 'Sao chép nội dung bài đăng' }).click()
    await expect.poll(() => box.getByRole('status').textContent()).toBe('Đã sao chép nội dung bài đăng.')
    const text = await box.getByLabel(/Nội dung bài đăng/).inputValue()
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text)
    await context.close()
  })
})
