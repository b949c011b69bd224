/**
 * Language versions in the admin, in Chromium, on the demo seed (issue 20): an editor opens the seeded
 * Thái radio spot and reads in «Bản ngôn ngữ» its original and the other versions as links; «Cần bản
 * dịch» lists, per minority language, the Vietnamese materials without that version.
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, expect, it } from 'vitest'

import {
  DEMO_USERS,
  HMONG_POSTER_TITLE,
  OTP_POSTER_TITLE,
  RADIO_SPOT_TITLE,
  TAI_SPOT_TITLE,
} from '../../scripts/seed/index'
import { launchChromium, watchErrors } from './browser'
import { type RunningCms, startCms } from './cms'

let cms: RunningCms
let browser: Browser
let page: Page
let errors: string[]

beforeAll(async () => {
  ;[cms, browser] = await Promise.all([startCms(), launchChromium()])
  const editor = DEMO_USERS.find((user) => user.role === 'editor')
  page = await browser.newPage()
  errors = watchErrors(page)
  await page.goto(`${cms.url}/admin/login`)
  await page.fill('input[name="email"]', editor?.email ?? '')
  await page.fill('input[name="password"]', editor?.password ?? '')
  await page.locator('button[type="submit"]').click()
  await page.waitForURL(/\/admin\/?$/)
}, 300_000)

afterAll(async () => {
  await browser?.close()
  cms?.stop()
})

it('the Thái version’s sidebar lists the original and the other versions, each a link', async () => {
  await page.goto(`${cms.url}/admin/collections/materials?search=${encodeURIComponent('Phát thanh tiếng Thái')}`)
  await page.getByRole('link', { name: TAI_SPOT_TITLE }).first().click()
  const panel = page.locator('[data-language-versions]')
  await expect(panel.getByRole('list', { name: 'Các bản ngôn ngữ đã có' }).innerText()).resolves.toContain(
    `Tiếng Thái: ${TAI_SPOT_TITLE} (đang xem) · cần người bản ngữ duyệt`,
  )
  await expect(panel.getByRole('link', { name: RADIO_SPOT_TITLE }).count()).resolves.toBe(1)
  await expect(
    panel.locator('li[data-language]').evaluateAll((items) => items.map((li) => li.dataset.language)),
  ).resolves.toEqual(['vi', 'hmn', 'tai', 'dao'])
  await expect(panel.innerText()).resolves.toContain('Đã có đủ bản ở mọi ngôn ngữ.')
  await expect(page.getByLabel('Cần người bản ngữ duyệt').isChecked()).resolves.toBe(true)
  // The link opens the original, whose sidebar names it the original.
  await panel.getByRole('link', { name: RADIO_SPOT_TITLE }).click()
  await expect(page.locator('[data-language-versions] [aria-current="page"]').innerText()).resolves.toBe(
    `${RADIO_SPOT_TITLE} (đang xem)`,
  )
})

it('«Cần bản dịch» lists per language the originals with no version in it', async () => {
  // The admin's side navigation links to the view (it may be folded away at this window size).
  await page.goto(`${cms.url}/admin`)
  await expect(page.locator('a.nav__link[href="/admin/can-ban-dich"]').innerText()).resolves.toBe('Cần bản dịch')
  await page.goto(`${cms.url}/admin/can-ban-dich`)
  await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('Cần bản dịch')
  const section = (language: string) => page.locator(`section[data-language="${language}"]`)
  await expect(section('hmn').getByRole('heading').innerText()).resolves.toMatch(
    /^Tiếng Mông \(Hmoob\): \d+ tài liệu chưa có bản$/,
  )
  const titles = (language: string) => section(language).locator('tbody td:first-child').allInnerTexts()
  const [hmn, tai, dao] = await Promise.all([titles('hmn'), titles('tai'), titles('dao')])
  // The OTP poster has a Hmong version (the print kit) but no Thái or Dao one; the radio spot has all three.
  expect(hmn).not.toContain(OTP_POSTER_TITLE)
  expect(hmn).not.toContain(HMONG_POSTER_TITLE)
  for (const list of [hmn, tai, dao]) {
    expect(list.length).toBeGreaterThan(0)
    expect(list).not.toContain(RADIO_SPOT_TITLE)
  }
  expect(errors).toEqual([])
})
