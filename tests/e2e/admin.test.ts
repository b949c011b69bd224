import fs from 'node:fs'
import path from 'node:path'

import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { slugify } from '../../cms/vocabulary'
import { CAPTION_SAMPLE, DEMO_LOGIN, DEMO_USERS, DRAFT_SAMPLE_TITLE, RADIO_SPOT_TITLE } from '../../scripts/seed/index'
import { launchChromium } from './browser'
import { type RunningCms, startCms } from './cms'
import { e2eEnv } from './env'
import { submitAndApprove } from './reviewSteps'

const siteUrl = inject('siteUrl')

let browser: Browser
let cms: RunningCms
let cmsUrl: string

beforeAll(async () => {
  cms = await startCms()
  cmsUrl = cms.url
  browser = await launchChromium()
}, 300_000)

afterAll(async () => {
  await browser?.close()
  cms?.stop()
})

describe('the admin, as an editor uses it', () => {
  it('opens in Vietnamese even for an English browser, and the demo login works', async () => {
    const page = await browser.newPage({ locale: 'en-US', extraHTTPHeaders: { 'Accept-Language': 'en-US,en;q=0.9' } })
    await page.goto(`${cmsUrl}/admin`)
    await page.locator('input[name="email"]').waitFor()
    expect(await page.locator('html').getAttribute('lang')).toBe('vi')
    await expect(page.getByRole('button', { name: 'Đăng nhập' }).count()).resolves.toBe(1)

    // This CMS has no SMTP: «Quên mật khẩu?» says who resets passwords, with no form that would claim a mail went out.
    await page.getByRole('link', { name: 'Quên mật khẩu?' }).click()
    await page.getByText('chưa cấu hình gửi thư điện tử').waitFor()
    const forgot = await page.locator('body').innerText()
    expect(forgot).toContain('Không có thư nào được gửi.')
    expect(forgot).toContain('Người dùng → tài khoản của bạn → «Đổi mật khẩu»')
    expect(forgot).toContain('npm run create-admin -- --email <thư điện tử> --reset-password')
    expect(await page.locator('input[name="email"]').count()).toBe(0)
    await page.getByRole('link', { name: 'Quay lại trang đăng nhập' }).click()
    await page.locator('input[name="email"]').waitFor()

    await page.fill('input[name="email"]', DEMO_LOGIN.email)
    await page.fill('input[name="password"]', DEMO_LOGIN.password)
    await page.getByRole('button', { name: 'Đăng nhập' }).click()
    await page
      .getByRole('link', { name: /Tài liệu tuyên truyền/ })
      .first()
      .waitFor({ timeout: 30_000 })
    await page.close()
  })

  it('publishing a draft from the admin («Gửi duyệt», «Duyệt và xuất bản») puts it on the static site within seconds', async () => {
    const page = await browser.newPage()
    await page.goto(`${cmsUrl}/admin/login`)
    await page.fill('input[name="email"]', DEMO_LOGIN.email)
    await page.fill('input[name="password"]', DEMO_LOGIN.password)
    await page.getByRole('button', { name: 'Đăng nhập' }).click()
    await page.waitForURL(/\/admin\/?$/)

    // Find the draft through the admin list's own search, as an editor would.
    await page.goto(`${cmsUrl}/admin/collections/materials?search=${encodeURIComponent(DRAFT_SAMPLE_TITLE)}`)
    await page.getByRole('link', { name: DRAFT_SAMPLE_TITLE }).first().click()
    await page.getByRole('button', { name: 'Gửi duyệt' }).waitFor()
    const url = `${siteUrl}/tai-lieu/${slugify(DRAFT_SAMPLE_TITLE)}/`
    expect((await fetch(url)).status).toBe(404)

    await submitAndApprove(page)

    const deadline = Date.now() + 90_000
    let status = 404
    while (Date.now() < deadline && status !== 200) {
      await new Promise((resolve) => setTimeout(resolve, 1000))
      status = (await fetch(url)).status
    }
    expect(status, `site never showed the published material; CMS log:\n${cms.log().slice(-3000)}`).toBe(200)
    await page.close()

    // Other e2e files (in any order) expect the sample draft unpublished: put it back, and the
    // running CMS takes it off the site again.
    process.env.SITE_AUTO_REBUILD = '1'
    const { getCmsPayload } = await import('../../cms/lib/getCmsPayload')
    const payload = await getCmsPayload()
    const { docs } = await payload.find({
      collection: 'materials',
      where: { title: { equals: DRAFT_SAMPLE_TITLE } },
      limit: 1,
    })
    const published = docs[0]
    if (published) await payload.update({ collection: 'materials', id: published.id, data: { _status: 'draft' } })
    process.env.SITE_AUTO_REBUILD = '0'
    const offDeadline = Date.now() + 90_000
    while (Date.now() < offDeadline && status !== 404) {
      await new Promise((resolve) => setTimeout(resolve, 1000))
      status = (await fetch(url)).status
    }
    expect(status, `the unpublished material stayed on the site; CMS log:\n${cms.log().slice(-3000)}`).toBe(404)
  })
})

async function signIn(page: Page, email: string): Promise<void> {
  await page.goto(`${cmsUrl}/admin/login`)
  await page.fill('input[name="email"]', email)
  await page.fill('input[name="password"]', DEMO_LOGIN.password)
  await page.getByRole('button', { name: 'Đăng nhập' }).click()
  await page.waitForURL(/\/admin\/?$/)
}

const EDITOR = DEMO_USERS.find((u) => u.role === 'editor')?.email ?? DEMO_LOGIN.email
const CONTRIBUTOR = DEMO_USERS.find((u) => u.role === 'contributor')
/** The demo video's material in the admin, found through the list's search. */
async function openMaterial(page: Page, title: string): Promise<void> {
  await page.goto(`${cmsUrl}/admin/collections/materials?search=${encodeURIComponent(title)}`)
  await page.getByRole('link', { name: title }).first().click()
  await page.waitForURL(/\/admin\/collections\/materials\/\w+/)
}

describe('media, captions and previews in the admin', () => {
  it('«Xem trước» is a labelled button that counts the seconds of the build, then opens the preview with its QR code', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    await signIn(page, EDITOR)
    await openMaterial(page, CAPTION_SAMPLE.materialTitle)
    const button = page.getByRole('button', { name: 'Xem trước', exact: true })
    await button.waitFor()
    const opened = context.waitForEvent('page')
    await button.click()
    await page
      .getByRole('status')
      .filter({ hasText: /Đang dựng bản xem trước… \d+ giây/ })
      .waitFor()
    await expect(page.getByRole('progressbar', { name: 'Đang dựng bản xem trước' }).count()).resolves.toBe(1)
    const preview = await opened
    await preview.waitForURL(/\/xem-truoc\//, { timeout: 120_000 })
    await preview.waitForLoadState('load')
    await expect(preview.locator('h1').first().textContent()).resolves.toBe(CAPTION_SAMPLE.materialTitle)
    const qr = preview.locator('img.qr__image')
    await qr.scrollIntoViewIfNeeded()
    await preview.waitForFunction(() => document.querySelector<HTMLImageElement>('img.qr__image')?.complete === true)
    expect(await qr.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0)
    await page
      .getByRole('status')
      .filter({ hasText: /Đã mở bản xem trước/ })
      .waitFor()
    await context.close()
  }, 180_000)

  it('the video’s captions sit in «Phụ đề / lời thoại (WebVTT)», not among its downloads', async () => {
    const page = await browser.newPage()
    await signIn(page, EDITOR)
    await openMaterial(page, CAPTION_SAMPLE.materialTitle)
    const captions = page.locator('#field-captions')
    await expect(captions.textContent()).resolves.toMatch(/Phụ đề \/ lời thoại \(WebVTT\)[\s\S]*\.vtt/)
    await expect(page.locator('#field-files').textContent()).resolves.not.toMatch(/\.vtt/)
    await page.close()
  })

  it('a contributor’s new material applies to their own unit, not the whole province', async () => {
    const page = await browser.newPage()
    await signIn(page, CONTRIBUTOR?.email ?? '')
    await page.goto(`${cmsUrl}/admin/collections/materials/create`)
    // The field shows the unit's name once the relationship has loaded it; the owning unit is the same one.
    await page
      .locator('#field-ownerUnit')
      .getByText(CONTRIBUTOR?.unit ?? '')
      .waitFor()
    await page
      .locator('#field-appliesTo')
      .getByText(CONTRIBUTOR?.unit ?? '')
      .waitFor({ timeout: 15_000 })
    await page.close()
  })

  it('a file already in the library is offered instead of a copy, and the material gets the existing one', async () => {
    const page = await browser.newPage()
    await signIn(page, EDITOR)
    const existing = fs.readdirSync(e2eEnv.MEDIA_DIR).find((name) => name.endsWith('.vtt')) ?? ''
    const file = {
      name: 'ban-sao-phu-de.vtt',
      mimeType: 'text/vtt',
      buffer: fs.readFileSync(path.join(e2eEnv.MEDIA_DIR, existing)),
    }

    // On the media page: the notice, and the way to the existing file.
    await page.goto(`${cmsUrl}/admin/collections/media/create`)
    await page.locator('input[type="file"]').setInputFiles(file)
    await page.getByText(`Tệp này đã có trong thư viện: ${existing}`).waitFor()
    await expect(page.getByRole('link', { name: 'Mở tệp đã có' }).getAttribute('href')).resolves.toMatch(
      /\/admin\/collections\/media\/\w+$/,
    )

    // In a radio spot's (still empty) captions field: «Tạo mới», the same file, «Dùng tệp đã có».
    await openMaterial(page, RADIO_SPOT_TITLE)
    const captions = page.locator('#field-captions')
    await captions.getByRole('button', { name: 'Tạo mới' }).click()
    const drawer = page.locator('dialog[open], .drawer--is-open').last()
    await drawer.locator('input[type="file"]').setInputFiles(file)
    await drawer.getByText(`Tệp này đã có trong thư viện: ${existing}`).waitFor()
    await drawer.getByRole('button', { name: 'Dùng tệp đã có' }).click()
    await captions.getByText(existing).waitFor()
    await page.close()
  })
})
