/**
 * The acceptance, as people do it in the browser: a commune's
 * contributor drafts a leaflet in the admin and submits it; a reviewer returns
 * it with a comment; the contributor sees the comment, fixes the leaflet and
 * resubmits; the reviewer approves, and the leaflet is on the static site
 * shortly after. The seconds from "approve" to the page being served are printed.
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { DEMO_LOGIN } from '../../scripts/seed/index'
import { launchChromium } from './browser'
import { type RunningCms, startCms } from './cms'

const siteUrl = inject('siteUrl')

const CONTRIBUTOR = { email: 'congtacvien@demo.local', password: DEMO_LOGIN.password }
const REVIEWER = { email: 'nguoiduyet@demo.local', password: DEMO_LOGIN.password }

const stamp = Date.now().toString(36)
const TITLE = `Tờ rơi hướng dẫn nộp hồ sơ trực tuyến tại xã ${stamp}`
const FIRST_SUMMARY = 'Các bước nộp hồ sơ trên Cổng Dịch vụ công (bản đầu, còn thiếu số điện thoại hỗ trợ).'
const FIXED_SUMMARY = `Các bước nộp hồ sơ trên Cổng Dịch vụ công; hỗ trợ qua Tổng đài 1022 (đã sửa ${stamp}).`
const COMMENT = `Bổ sung số điện thoại hỗ trợ 1022 vào phần tóm tắt (${stamp}).`

let browser: Browser
let cms: RunningCms

async function signIn(account: { email: string; password: string }): Promise<Page> {
  const context = await browser.newContext({ locale: 'vi-VN' })
  const page = await context.newPage()
  await page.goto(`${cms.url}/admin/login`)
  await page.fill('input[name="email"]', account.email)
  await page.fill('input[name="password"]', account.password)
  await page.getByRole('button', { name: 'Đăng nhập' }).click()
  await page.waitForURL(/\/admin\/?$/, { timeout: 30_000 })
  return page
}

/** The review panel in the material's sidebar says this state. */
async function expectReviewState(page: Page, state: string): Promise<void> {
  await page
    .getByText('Trạng thái duyệt:')
    .locator('..')
    .getByText(state, { exact: false })
    .waitFor({ timeout: 20_000 })
}

beforeAll(async () => {
  cms = await startCms()
  browser = await launchChromium()
}, 300_000)

afterAll(async () => {
  await browser?.close()
  cms?.stop()
})

describe('review workflow in the admin (acceptance)', () => {
  let materialUrl = ''

  it('a commune contributor drafts a leaflet in Vietnamese and submits it; there is no publish button for them', async () => {
    const page = await signIn(CONTRIBUTOR)
    expect(await page.locator('html').getAttribute('lang')).toBe('vi')
    await page.goto(`${cms.url}/admin/collections/materials/create`)
    await page.locator('#field-title').fill(TITLE)
    await page.locator('#field-kind').click()
    await page.locator('.rs__option', { hasText: /^Tờ rơi$/ }).click()
    await page.locator('#field-summary').fill(FIRST_SUMMARY)
    // The owning unit is the contributor's commune without picking it.
    await expect(page.locator('#field-ownerUnit').textContent()).resolves.toContain('Sìn Hồ')
    expect(await page.getByRole('button', { name: /Xuất bản/ }).count()).toBe(0)

    await page.getByRole('button', { name: 'Lưu bản nháp' }).click()
    await page.waitForURL(/\/admin\/collections\/materials\/\d+/, { timeout: 20_000 })
    materialUrl = page.url()
    await expectReviewState(page, 'Nháp')
    await page.getByRole('button', { name: 'Gửi duyệt' }).click()
    await expectReviewState(page, 'Chờ duyệt')
    await page.context().close()
  })

  it('the reviewer finds it in the review queue and returns it with a comment', async () => {
    const page = await signIn(REVIEWER)
    const queue = page.getByText('Tài liệu chờ duyệt').locator('..')
    await queue.getByRole('link', { name: TITLE }).click()
    await page.waitForURL(materialUrl)
    // Returning needs a comment: the button stays disabled until there is one.
    await expect(page.getByRole('button', { name: 'Trả lại' }).isDisabled()).resolves.toBe(true)
    await page.locator('#review-comment').fill(COMMENT)
    await page.getByRole('button', { name: 'Trả lại' }).click()
    await expectReviewState(page, 'Trả lại')
    await page.getByText(`«${COMMENT}»`).waitFor()
    await page.context().close()
  })

  it('the contributor sees the returned leaflet with the comment, fixes it and resubmits', async () => {
    const page = await signIn(CONTRIBUTOR)
    const returned = page.getByText('Bị trả lại, cần sửa').locator('..')
    await returned.getByText(`Ý kiến người duyệt: «${COMMENT}»`).waitFor()
    await returned.getByRole('link', { name: TITLE }).click()
    await page.waitForURL(materialUrl)
    await page.locator('#field-summary').fill(FIXED_SUMMARY)
    await page.getByRole('button', { name: 'Lưu bản nháp' }).click()
    await page
      .getByRole('button', { name: 'Gửi duyệt' })
      .and(page.locator(':not([disabled])'))
      .waitFor({ timeout: 20_000 })
    await page.getByRole('button', { name: 'Gửi duyệt' }).click()
    await expectReviewState(page, 'Chờ duyệt')
    // The comment stays in the material's history after resubmitting.
    await page.getByText(`«${COMMENT}»`).waitFor()
    await page.context().close()
  })

  it('the reviewer approves it and the fixed leaflet is served on the static site', async () => {
    const page = await signIn(REVIEWER)
    await page.goto(materialUrl)
    await page.getByRole('button', { name: 'Duyệt và xuất bản' }).click()
    const approvedAt = Date.now()
    await expectReviewState(page, 'Đã duyệt')

    const slug = (await page.locator('#field-slug').inputValue()).trim()
    expect(slug).not.toBe('')
    const url = `${siteUrl}/tai-lieu/${slug}/`
    let html = ''
    const deadline = approvedAt + 120_000
    while (Date.now() < deadline) {
      const response = await fetch(url)
      html = response.status === 200 ? await response.text() : ''
      if (html.includes(FIXED_SUMMARY)) break
      await new Promise((resolve) => setTimeout(resolve, 250))
    }
    const seconds = (Date.now() - approvedAt) / 1000
    expect(html, `the approved leaflet never reached ${url}; CMS log:\n${cms.log().slice(-3000)}`).toContain(
      FIXED_SUMMARY,
    )
    expect(html).toContain(TITLE)
    expect(html).not.toContain(FIRST_SUMMARY)
    console.info(`[acceptance] approve → page served in ${seconds.toFixed(1)} s (rebuild debounce 1 s)`)

    // The dashboard says how the public site stands: this build, partial (only what changed), with its page count.
    // The job records the build just after the swap, and the panel is rendered on the server: reload until it shows.
    const panel = page.getByRole('heading', { name: 'Trang công khai' }).locator('..')
    const recorded = /Dựng thành công lần cuối lúc \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/
    const partial = /dựng lại \d+ trang/
    const shown = (text: string) => recorded.test(text) && partial.test(text)
    let panelText = ''
    // Until the partial build is the one recorded: the panel may still show the full build from before.
    for (const until = Date.now() + 60_000; Date.now() < until && !shown(panelText); ) {
      await page.goto(`${cms.url}/admin`)
      panelText = (await panel.textContent()) ?? ''
      if (!shown(panelText)) await new Promise((resolve) => setTimeout(resolve, 1000))
    }
    expect(panelText).toMatch(recorded)
    expect(panelText).toMatch(partial)
    await page.context().close()
  })
})
