import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { slugify } from '../../cms/vocabulary'
import { DEMO_LOGIN, DRAFT_SAMPLE_TITLE } from '../../scripts/seed/index'
import { launchChromium } from './browser'
import { type RunningCms, startCms } from './cms'

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

  it('publishing a draft with the admin’s button puts it on the static site within seconds', async () => {
    const page = await browser.newPage()
    await page.goto(`${cmsUrl}/admin/login`)
    await page.fill('input[name="email"]', DEMO_LOGIN.email)
    await page.fill('input[name="password"]', DEMO_LOGIN.password)
    await page.getByRole('button', { name: 'Đăng nhập' }).click()
    await page.waitForURL(/\/admin\/?$/)

    // Find the draft through the admin list's own search, as an editor would.
    await page.goto(`${cmsUrl}/admin/collections/materials?search=${encodeURIComponent(DRAFT_SAMPLE_TITLE)}`)
    await page.getByRole('link', { name: DRAFT_SAMPLE_TITLE }).first().click()
    const publish = page.getByRole('button', { name: 'Xuất bản tài liệu' })
    await publish.waitFor()
    const url = `${siteUrl}/tai-lieu/${slugify(DRAFT_SAMPLE_TITLE)}/`
    expect((await fetch(url)).status).toBe(404)

    await publish.click()
    await page.getByText('Trạng thái:').locator('..').getByText('Đã xuất bản').waitFor({ timeout: 15_000 })

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
