/**
 * Outreach activities (issue 17), as people record and review them in the admin, in Chromium: a contributor of
 * Xã Sìn Hồ records a loudspeaker broadcast (a future date is refused first, and the form keeps what was typed)
 * and a training of the Community Digital Technology Team with an evidence photo, and sends both for review;
 * the reviewer approves one and returns the other with a comment; the contributor sees the comment; reporting
 * (`approvedActivities`, the one place reports read activities from) counts only the approved one.
 */
import { approvedActivities } from '@dvctt/cms/activities/query'
import type { Browser, Page } from 'playwright-core'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DEMO_LOGIN } from '../../scripts/seed/index'
import { launchChromium } from './browser'
import { type RunningCms, startCms } from './cms'
import { runStamp } from '../support/runStamp'

const CONTRIBUTOR = { email: 'congtacvien@demo.local', password: DEMO_LOGIN.password }
const REVIEWER = { email: 'nguoiduyet@demo.local', password: DEMO_LOGIN.password }
const stamp = runStamp()
const COMMENT = `Thiếu danh sách người tham dự có chữ ký (${stamp}).`

let browser: Browser
let cms: RunningCms

/** dd/mm/yyyy of a day `offset` days from today in Vietnam. */
function vietnamDay(offset: number): { typed: string; iso: string } {
  const day = new Date(Date.now() + 7 * 3_600_000 + offset * 86_400_000).toISOString().slice(0, 10)
  const [year, month, date] = day.split('-')
  return { typed: `${date}/${month}/${year}`, iso: day }
}

async function signIn(account: { email: string; password: string }): Promise<Page> {
  const context = await browser.newContext({ locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' })
  const page = await context.newPage()
  await page.goto(`${cms.url}/admin/login`)
  await page.fill('input[name="email"]', account.email)
  await page.fill('input[name="password"]', account.password)
  await page.getByRole('button', { name: 'Đăng nhập' }).click()
  await page.waitForURL(/\/admin\/?$/, { timeout: 30_000 })
  return page
}

async function pick(page: Page, field: string, option: string): Promise<void> {
  await page.locator(`#field-${field}`).click()
  await page.locator('.rs__option', { hasText: option }).first().click()
}

async function typeDate(page: Page, field: string, typed: string): Promise<void> {
  const input = page.locator(`#field-${field} input`).first()
  await input.fill(typed)
  await input.press('Escape')
}

async function save(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Lưu', exact: true }).click()
}

async function reviewState(page: Page, label: string): Promise<void> {
  await page
    .locator('[data-activity-review-panel] [data-review-state]')
    .getByText(label, { exact: true })
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

describe('outreach activities in the admin (acceptance)', () => {
  const urls: { broadcast?: string; training?: string } = {}
  let contributor: Page

  it('a Xã Sìn Hồ contributor records a broadcast (a future date refused, the form kept) and sends it for review', async () => {
    contributor = await signIn(CONTRIBUTOR)
    await contributor.goto(`${cms.url}/admin/collections/outreach-activities/create`)
    await pick(contributor, 'kind', 'Phát thanh trên loa truyền thanh xã')
    await expect(contributor.locator('#field-unit').textContent()).resolves.toContain('Sìn Hồ')
    // Copies do not fit a broadcast: the field is not offered.
    expect(await contributor.locator('#field-reach__copies').count()).toBe(0)
    await contributor.locator('#field-reach__times').fill('3')
    await contributor.locator('#field-reach__people').fill('850')
    await contributor.locator('#field-place').fill(`Bản Nậm Cha ${stamp}`)
    await typeDate(contributor, 'startDate', vietnamDay(2).typed)
    await save(contributor)
    await contributor
      .getByText(/ở tương lai\. Chỉ ghi hoạt động đã diễn ra/)
      .first()
      .waitFor({ timeout: 20_000 })
    await expect(contributor.locator('#field-place').inputValue()).resolves.toBe(`Bản Nậm Cha ${stamp}`)
    await expect(contributor.locator('#field-reach__people').inputValue()).resolves.toBe('850')

    await typeDate(contributor, 'startDate', vietnamDay(-1).typed)
    await save(contributor)
    await contributor.waitForURL(/\/outreach-activities\/[0-9a-f]+$/, { timeout: 20_000 })
    urls.broadcast = contributor.url()
    await reviewState(contributor, 'Nháp')
    await contributor.getByRole('button', { name: 'Gửi duyệt' }).click()
    await reviewState(contributor, 'Chờ duyệt')
  })

  it('and a team training with an evidence photo, sent for review too', async () => {
    await contributor.goto(`${cms.url}/admin/collections/outreach-activities/create`)
    await pick(contributor, 'kind', 'Tập huấn Tổ công nghệ số cộng đồng')
    await typeDate(contributor, 'startDate', vietnamDay(-2).typed)
    await contributor.locator('#field-reach__people').fill('24')
    await contributor.locator('#field-place').fill(`Hội trường UBND xã ${stamp}`)
    await contributor.getByRole('button', { name: /Thêm.*Minh chứng/ }).click()
    // Bytes of its own: the library refuses a file it already holds.
    const shade = Number.parseInt(stamp.slice(-2), 36) % 256
    const photo = await sharp({
      create: { width: 640, height: 480, channels: 3, background: { r: 42, g: shade, b: 151 } },
    })
      .jpeg()
      .toBuffer()
    // «Tạo mới» in the evidence row: Payload's upload drawer, through the media library's own checks.
    await contributor.locator('#field-evidence__0__file button.upload__createNewToggler').click()
    const drawer = contributor.locator('.drawer--is-open')
    await drawer
      .locator('input[type="file"]')
      .setInputFiles({ name: `tap-huan-${stamp}.jpg`, mimeType: 'image/jpeg', buffer: photo })
    await drawer.getByRole('button', { name: 'Lưu', exact: true }).click()
    await drawer.waitFor({ state: 'detached', timeout: 30_000 })
    await contributor.locator('#field-evidence__0__file').getByText(`tap-huan-${stamp}`).waitFor()
    await save(contributor)
    await contributor.waitForURL(/\/outreach-activities\/[0-9a-f]+$/, { timeout: 20_000 })
    urls.training = contributor.url()
    await contributor.getByRole('button', { name: 'Gửi duyệt' }).click()
    await reviewState(contributor, 'Chờ duyệt')
  })

  it('the reviewer approves the broadcast and returns the training with a comment the contributor then reads', async () => {
    const reviewer = await signIn(REVIEWER)
    await reviewer.goto(urls.broadcast!)
    await reviewer.getByRole('button', { name: 'Duyệt', exact: true }).click()
    await reviewState(reviewer, 'Đã duyệt')

    await reviewer.goto(urls.training!)
    await reviewer.locator('#activity-review-comment').fill(COMMENT)
    await reviewer.getByRole('button', { name: 'Trả lại', exact: true }).click()
    await reviewState(reviewer, 'Trả lại')

    await contributor.goto(urls.training!)
    await reviewState(contributor, 'Trả lại')
    await contributor.getByText(COMMENT).first().waitFor()
    // Approved, the broadcast is no longer the unit's to change.
    await contributor.goto(urls.broadcast!)
    await reviewState(contributor, 'Đã duyệt')
    await expect(contributor.locator('#field-place').isEditable()).resolves.toBe(false)
  })

  it('reporting counts only the approved activity', async () => {
    const { getCmsPayload } = await import('../../cms/lib/getCmsPayload')
    const payload = await getCmsPayload()
    const idOf = (url: string) => url.split('/').pop()!
    const counted = (await approvedActivities(payload, { from: vietnamDay(-3).iso, to: vietnamDay(0).iso })).map(
      (activity) => String(activity.id),
    )
    expect(counted).toContain(idOf(urls.broadcast!))
    expect(counted).not.toContain(idOf(urls.training!))
  })

  it('the targets dashboard counts only the approved one in Xã Sìn Hồ’s totals', async () => {
    const { getCmsPayload } = await import('../../cms/lib/getCmsPayload')
    const payload = await getCmsPayload()
    const where = { name: { equals: 'Xã Sìn Hồ' } }
    const sinHo = (await payload.find({ collection: 'units', where, limit: 1, depth: 0 })).docs[0]
    const year = vietnamDay(0).iso.slice(0, 4)
    const range = { from: `${year}-01-01`, to: `${year}-12-31`, units: [sinHo!.id] }
    const approved = await approvedActivities(payload, range)
    const reviewer = await signIn(REVIEWER)
    await reviewer.goto(`${cms.url}/admin/chi-tieu-ke-hoach`)
    const cell = reviewer.getByTestId('unit-totals').locator('tr[data-unit="Xã Sìn Hồ"] td').first()
    await expect(cell.innerText()).resolves.toBe(String(approved.length))
    await reviewer.context().close()
  })
})
