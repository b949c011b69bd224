import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DEMO_USERS } from '../../scripts/seed/index'
import { type Findings, walkAdmin } from './adminWalk'
import { launchChromium } from './browser'
import { type RunningCms, startCms } from './cms'

let browser: Browser
let cms: RunningCms

beforeAll(async () => {
  cms = await startCms()
  browser = await launchChromium()
}, 300_000)

afterAll(async () => {
  await browser?.close()
  cms?.stop()
})

const account = (role: string) => {
  const user = DEMO_USERS.find((u) => u.role === role)
  if (!user) throw new Error(`no demo ${role}`)
  return user
}

async function signedIn(role: string) {
  const page = await browser.newPage()
  await page.goto(`${cms.url}/admin/login`)
  await page.fill('input[name="email"]', account(role).email)
  await page.fill('input[name="password"]', account(role).password)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL(/\/admin\/?$/)
  return page
}

describe('the admin is Vietnamese all the way', () => {
  it('every screen each role can open shows no English word outside the allow-list', async () => {
    const findings: Findings = new Map()
    // Three roles at once in one browser: the admin sees every screen, the reviewer and the
    // contributor see the workflow from their side.
    await Promise.all(
      ['admin', 'reviewer', 'contributor'].map((role) => walkAdmin(browser, cms.url, account(role), findings)),
    )
    const report = [...findings].map(([screen, words]) => `${screen}: ${[...words].join(', ')}`)
    expect(report, 'English words in the admin (fix them, or justify them in tests/e2e/englishWords.ts)').toEqual([])
  }, 240_000)

  it('the login page shows the library’s mark and name, not Payload’s logo', async () => {
    const page = await browser.newPage()
    await page.goto(`${cms.url}/admin/login`)
    await expect(page.locator('.dvctt-logo').innerText()).resolves.toContain('Thư viện tuyên truyền DVCTT')
    await expect(page.locator('.dvctt-logo svg').count()).resolves.toBe(1)
    await expect(page.locator('.graphic-logo').count()).resolves.toBe(0)
    await page.close()
  })

  it('only administrators get the document’s API tab', async () => {
    for (const [role, tabs] of [
      ['admin', 1],
      ['contributor', 0],
      ['reviewer', 0],
    ] as const) {
      const page = await signedIn(role)
      await page.goto(`${cms.url}/admin/collections/topics/1`)
      await page.locator('.doc-tabs').first().waitFor()
      await expect(page.locator('.doc-tabs a[href$="/api"]').count(), role).resolves.toBe(tabs)
      await page.close()
    }
  })

  it('the upload drawer asks «Chọn tệp» and shows no empty system field (SHA-256…)', async () => {
    const page = await signedIn('contributor')
    await page.goto(`${cms.url}/admin/collections/materials/create`)
    await page.locator('button.upload__createNewToggler').first().click()
    const drawer = page.locator('.drawer--is-open')
    await drawer.getByText('Chọn tệp', { exact: true }).first().waitFor()
    await expect(drawer.innerText()).resolves.not.toMatch(/SHA-256|Người tải lên|Số trang|Thời lượng/)
    await page.close()
  })

  it('the file list gives sizes in KB/MB and names the type column in Vietnamese', async () => {
    const page = await signedIn('admin')
    await page.goto(`${cms.url}/admin/collections/media`)
    const sizes = await page.locator('td.cell-filesize').allInnerTexts()
    expect(sizes.length).toBeGreaterThan(0)
    for (const size of sizes) expect(size).toMatch(/^\d+(,\d)? (B|KB|MB|GB)$/)
    await expect(page.locator('thead').innerText()).resolves.toMatch(/Định dạng tệp[\s\S]*Dung lượng tệp/)
    await page.close()
  })

  it('a REST request that fails validation names the error ValidationError, in Vietnamese', async () => {
    const login = await fetch(`${cms.url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: account('admin').email, password: account('admin').password }),
    })
    const { token } = (await login.json()) as { token: string }
    const response = await fetch(`${cms.url}/api/topics`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
      body: '{}',
    })
    expect(response.status).toBe(400)
    const { errors } = (await response.json()) as { errors: { name: string; message: string }[] }
    expect(errors).toEqual([
      expect.objectContaining({
        name: 'ValidationError',
        message: expect.stringMatching(/^Lỗi - Trường sau chưa hợp lệ: /),
      }),
    ])
  })
})
