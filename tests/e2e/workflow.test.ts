/**
 * The acceptance, as people do it in the browser: a commune's
 * contributor drafts a leaflet in the admin and submits it; a reviewer returns
 * it with a comment; the contributor sees the comment, fixes the leaflet and
 * resubmits; the reviewer approves, and the leaflet is on the static site
 * shortly after. Along the way: one status on the page, no publish path but the
 * reviewed one, the form read-only while it waits (withdrawn explicitly to edit),
 * who reviews it, the queue's details, and «Đã lên trang công khai» only once
 * the page is served. The seconds from "approve" to that are printed.
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { DEMO_LOGIN } from '../../scripts/seed/index'
import { launchChromium } from './browser'
import { type RunningCms, startCms } from './cms'
import { runStamp } from '../support/runStamp'

const siteUrl = inject('siteUrl')

const CONTRIBUTOR = { email: 'congtacvien@demo.local', password: DEMO_LOGIN.password }
const REVIEWER = { email: 'nguoiduyet@demo.local', password: DEMO_LOGIN.password }

const stamp = runStamp()
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

/** The review panel in the material's sidebar and the page header both say this state, and nothing else. */
async function expectReviewState(page: Page, state: string): Promise<void> {
  await page
    .getByText('Trạng thái duyệt:')
    .locator('..')
    .getByText(state, { exact: false })
    .waitFor({ timeout: 20_000 })
  const header = page.locator('.doc-controls').getByText('Trạng thái:', { exact: false }).first().locator('..')
  await expect(header.textContent()).resolves.toContain(`Trạng thái: ${state}`)
  for (const payloadStatus of ['Bản nháp', 'Đã xuất bản', 'Đã thay đổi'])
    expect(await page.getByText(`Trạng thái: ${payloadStatus}`).count(), payloadStatus).toBe(0)
}

/** Payload's own publish button, which skipped the review history: offered to nobody. */
async function expectNoPayloadPublish(page: Page): Promise<void> {
  await page.getByText('Lịch sử duyệt').waitFor()
  expect(await page.getByRole('button', { name: 'Xuất bản tài liệu' }).count()).toBe(0)
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
    // What happens next, and who reviews it.
    await page.getByText(/Người sẽ duyệt: .*Người duyệt demo \(người duyệt, Sở Khoa học và Công nghệ\)/).waitFor()
    await page.getByText('Tiếp theo: người duyệt đọc bản đã gửi').waitFor()

    // Waiting for review, the form is read-only to its author, with the reason and a way back.
    await page.getByText('Tài liệu đang chờ duyệt nên không sửa được').waitFor()
    await expect(page.locator('#field-summary').isEditable()).resolves.toBe(false)
    const refused = await page.evaluate(async (url) => {
      const id = url.split('/').pop()
      const response = await fetch(`/api/materials/${id}?draft=true`, {
        method: 'PATCH',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ summary: 'Sửa lén qua API' }),
      })
      return { status: response.status, text: await response.text() }
    }, materialUrl)
    expect(refused.status).toBe(409)
    expect(refused.text).toContain('đang chờ duyệt nên chưa sửa được')

    // Withdrawing is explicit and recorded; the form opens again; it goes back into the queue on resubmitting.
    await page.getByRole('button', { name: 'Rút lại để sửa' }).click()
    await expectReviewState(page, 'Nháp')
    await page.getByText('Lịch sử duyệt').locator('..').getByText('Rút lại để sửa').waitFor()
    await expect(page.locator('#field-summary').isEditable()).resolves.toBe(true)
    await page.getByRole('button', { name: 'Gửi duyệt' }).click()
    await expectReviewState(page, 'Chờ duyệt')

    // The dashboard lists it under «Đang chờ duyệt», with how long it has waited.
    await page.goto(`${cms.url}/admin`)
    const waiting = page.getByRole('heading', { name: /^Đang chờ duyệt/ }).locator('xpath=following-sibling::ul[1]')
    await expect(waiting.getByRole('listitem').filter({ hasText: TITLE }).textContent()).resolves.toMatch(/chờ/)
    await page.context().close()
  })

  it('the reviewer finds it in the review queue and returns it with a comment', async () => {
    const page = await signIn(REVIEWER)
    const queue = page.getByText('Tài liệu chờ duyệt').locator('..')
    // The queue says whose unit, who sent it, and how long it has waited.
    const entry = queue.getByRole('listitem').filter({ hasText: TITLE })
    await expect(entry.textContent()).resolves.toMatch(
      /Xã Sìn Hồ · gửi bởi Cộng tác viên xã Sìn Hồ \(demo\) · chờ (chưa đến 1 phút|\d+ phút)/,
    )
    await queue.getByRole('link', { name: TITLE }).click()
    await page.waitForURL(materialUrl)
    await expectNoPayloadPublish(page)
    // Returning needs a comment: the button stays disabled until there is one.
    await expect(page.getByRole('button', { name: 'Trả lại' }).isDisabled()).resolves.toBe(true)
    await page.locator('#review-comment').fill(COMMENT)
    await page.getByRole('button', { name: 'Trả lại' }).click()
    await expectReviewState(page, 'Trả lại')
    await page.getByText(`«${COMMENT}»`).waitFor()
    // Returned: nothing offers to publish it.
    await expectNoPayloadPublish(page)
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
    await expectNoPayloadPublish(page)
    await page.getByRole('button', { name: 'Duyệt và xuất bản' }).click()
    const approvedAt = Date.now()
    await expectReviewState(page, 'Đã duyệt')

    const slug = (await page.locator('#field-slug').inputValue()).trim()
    expect(slug).not.toBe('')
    const url = `${siteUrl}/tai-lieu/${slug}/`
    // Not «live» at once: the panel follows the build, and says «live» when the page is served.
    const review = page.locator('[data-workflow-panel]')
    await review.getByText('Đang cập nhật trang công khai…').waitFor({ timeout: 10_000 })
    await review
      .getByText('Đã lên trang công khai')
      .waitFor({ timeout: 120_000 })
      .catch((error: Error) => {
        throw new Error(`${error.message}\nCMS log:\n${cms.log().slice(-3000)}`)
      })
    const html = await (await fetch(url)).text()
    const seconds = (Date.now() - approvedAt) / 1000
    expect(html, `«Đã lên trang công khai» was shown before ${url} served the approved leaflet`).toContain(
      FIXED_SUMMARY,
    )
    const link = await review.getByRole('link', { name: 'Xem trang công khai' }).getAttribute('href')
    expect(link).toMatch(new RegExp(`/tai-lieu/${slug}/$`))
    expect(html).toContain(TITLE)
    expect(html).not.toContain(FIRST_SUMMARY)
    console.info(`[acceptance] approve → «Đã lên trang công khai» in ${seconds.toFixed(1)} s (rebuild debounce 1 s)`)

    // The dashboard says the same under «Vừa xuất bản».
    await page.goto(`${cms.url}/admin`)
    const recent = page.locator('[data-recently-published] li').filter({ hasText: TITLE })
    await recent.getByText('Đã lên trang công khai').waitFor()

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
