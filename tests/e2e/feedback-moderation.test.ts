/**
 * Moderating citizen feedback in the admin, in Chromium (issue 19): Xã Sìn Hồ's contributor finds the
 * new item in «Việc của tôi», the feedback list opens as the queue of new items with its tabs, the item
 * warns of the masked phone number and the link; the editor sees «Cần cập nhật» on the reported material.
 */
import type { Payload } from 'payload'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, expect, it } from 'vitest'

import type { Feedback, Material } from '../../cms/payload-types'
import { DEMO_USERS } from '../../scripts/seed/index'
import { launchChromium, watchErrors } from './browser'
import { type RunningCms, startCms } from './cms'

let cms: RunningCms
let browser: Browser
let payload: Payload
let material: Material
let item: Feedback
const stamp = Date.now()

async function signedIn(role: string): Promise<{ page: Page; errors: string[] }> {
  const user = DEMO_USERS.find((u) => u.role === role)
  if (!user) throw new Error(`no demo ${role}`)
  const page = await browser.newPage()
  const errors = watchErrors(page)
  await page.goto(`${cms.url}/admin/login`)
  await page.fill('input[name="email"]', user.email)
  await page.fill('input[name="password"]', user.password)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL(/\/admin\/?$/)
  return { page, errors }
}

beforeAll(async () => {
  ;[cms, browser] = await Promise.all([startCms(), launchChromium()])
  const { getCmsPayload } = await import('../../cms/lib/getCmsPayload')
  payload = await getCmsPayload()
  const unit = (await payload.find({ collection: 'units', where: { name: { equals: 'Xã Sìn Hồ' } }, limit: 1 })).docs[0]
  // Published without a site build (the e2e site is shared): a material of Xã Sìn Hồ, whose contributor signs in.
  material = await payload.create({
    collection: 'materials',
    data: {
      title: `Tờ rơi số đường dây nóng ${stamp}`,
      kind: 'leaflet',
      language: 'vi',
      summary: 'Tài liệu thử của hàng góp ý.',
      ownerUnit: unit?.id as number,
      _status: 'published',
    },
    context: { skipSiteRebuild: true },
  })
  // As the intake endpoint stores a report with a phone number and a link in it.
  item = await payload.create({
    collection: 'feedback',
    data: {
      material: material.id,
      unit: unit?.id,
      kind: 'mistake',
      text: `Số hotline trong tờ rơi sai, gọi tôi 0912 345 678, xem https://vi.example/${stamp}`,
      publicText: `Số hotline trong tờ rơi sai, gọi tôi [đã ẩn], xem https://vi.example/${stamp}`,
      personalData: [{ kind: 'phone', value: '0912 345 678' }],
      flags: { abuseWords: [], links: 1 },
      via: 'js',
      status: 'new',
    },
  })
}, 300_000)

afterAll(async () => {
  if (item) await payload.delete({ collection: 'feedback', id: item.id }).catch(() => undefined)
  await browser?.close()
  cms?.stop()
})

it('the contributor finds the new item from the dashboard, in a queue of new items, with its warnings', async () => {
  const { page, errors } = await signedIn('contributor')
  const work = page.locator('[data-feedback-work]')
  await expect(work.innerText()).resolves.toMatch(/\d+ góp ý mới cần trả lời/)
  await expect(work.locator('[data-needs-update-list]').innerText()).resolves.toContain(material.title)

  await page.goto(`${cms.url}/admin/collections/feedback`)
  await page.waitForURL(/where%5Bstatus%5D%5Bequals%5D=new|where\[status\]\[equals\]=new/)
  const tabs = page.locator('[data-feedback-tabs]')
  await expect(tabs.locator('a[aria-current="page"]').innerText()).resolves.toMatch(/^Mới \(\d+\)$/)
  const row = page.locator('tr', { hasText: `vi.example/${stamp}` })
  await expect(row.innerText()).resolves.toContain('Đã ẩn 1 số điện thoại')

  await page.goto(`${cms.url}/admin/collections/feedback/${item.id}`)
  const warning = page.locator('[data-personal-data-warning]')
  await expect(warning.innerText()).resolves.toContain('Có thông tin cá nhân: 1 số điện thoại')
  await expect(warning.innerText()).resolves.toContain('0912 345 678 (số điện thoại)')
  await expect(page.locator('[data-abuse-warning]').innerText()).resolves.toContain('1 đường liên kết')
  expect(errors).toEqual([])
  await page.close()
}, 120_000)

it('the editor sees «Cần cập nhật» on the reported material', async () => {
  const { page, errors } = await signedIn('editor')
  await page.goto(`${cms.url}/admin/collections/materials/${material.id}`)
  const notice = page.locator('[data-needs-update]')
  await expect(notice.innerText()).resolves.toContain('Cần cập nhật')
  await expect(notice.innerText()).resolves.toMatch(/\d+ góp ý của người dân báo nội dung sai hoặc cũ/)
  expect(errors).toEqual([])
  await page.close()
}, 120_000)
