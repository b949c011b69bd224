import type { Browser, Page } from 'playwright-core'

import { englishWords } from './englishWords'
import { visibleText } from './visibleText'

export interface Account {
  email: string
  password: string
}

/** English words found, by screen (path) where they showed. */
export type Findings = Map<string, Set<string>>

async function record(page: Page, screen: string, findings: Findings): Promise<void> {
  const words = (await visibleText(page)).flatMap(englishWords)
  if (words.length === 0) return
  const seen = findings.get(screen) ?? new Set<string>()
  for (const word of words) seen.add(word)
  findings.set(screen, seen)
}

/** The admin's client side has run (cms/i18n/VietnameseLabels.tsx marks the page). */
const hydrated = (page: Page) => page.locator('html[data-labels-ready="vi"]').waitFor({ state: 'attached' })

const hrefs = (page: Page, selector: string): Promise<string[]> =>
  page.$$eval(selector, (links) => [...new Set(links.map((a) => (a as HTMLAnchorElement).pathname))])

/** Opens a screen, records its words, and returns the links matching `follow` on it. */
async function visit(page: Page, url: string, findings: Findings, follow?: string): Promise<string[]> {
  await page.goto(url, { waitUntil: 'load' })
  await hydrated(page)
  await record(page, new URL(url).pathname, findings)
  return follow ? hrefs(page, follow) : []
}

async function signIn(page: Page, cmsUrl: string, account: Account, findings: Findings): Promise<void> {
  await visit(page, `${cmsUrl}/admin/login`, findings)
  await page.fill('input[name="email"]', account.email)
  await page.fill('input[name="password"]', account.password)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL(/\/admin\/?$/)
}

/** The drawer a material's file field opens to upload a new file (Payload's own upload form). */
async function recordUploadDrawer(page: Page, cmsUrl: string, findings: Findings): Promise<void> {
  await page.goto(`${cmsUrl}/admin/collections/materials/create`)
  await hydrated(page)
  const toggler = page.locator('button.upload__createNewToggler').first()
  if ((await toggler.count()) === 0) return
  await toggler.click()
  await page.locator('.drawer--is-open .file-field, .drawer--is-open .dropzone').first().waitFor()
  await record(page, '/admin/collections/materials/create (tệp mới)', findings)
}

/**
 * Opens, as this account, every screen its navigation leads to: the dashboard, each collection's
 * list, create form and first document with its tabs (API, versions), each global, the account
 * page, the custom views, and the drawer that uploads a file from a material's file field.
 */
export async function walkAdmin(browser: Browser, cmsUrl: string, account: Account, findings: Findings) {
  const context = await browser.newContext({ locale: 'en-US' })
  const page = await context.newPage()
  await signIn(page, cmsUrl, account, findings)
  const nav = await visit(page, `${cmsUrl}/admin`, findings, 'nav a[href^="/admin/"], .dashboard a[href^="/admin/"]')
  const screens = new Set([...nav.filter((path) => !path.startsWith('/admin/logout')), '/admin/account'])
  const documents: string[] = []
  for (const path of screens) {
    const list = /^\/admin\/collections\/[^/]+$/.test(path)
    // Sorted by id, the first document is the same whichever e2e files ran before.
    const url = `${cmsUrl}${path}${list ? '?sort=id' : ''}`
    const rows = await visit(page, url, findings, list ? `a[href^="${path}/"]` : undefined)
    const create = rows.find((row) => row === `${path}/create`)
    const first = rows.find((row) => /^\/[^/]+$/.test(row.slice(path.length)) && row !== create)
    for (const row of [create, first]) if (row && !screens.has(row)) documents.push(row)
  }
  // Each tab view (API, versions) is the same screen for every collection: open it once.
  const tabViews = new Set<string>()
  for (const path of documents) {
    const tabs = await visit(page, `${cmsUrl}${path}`, findings, `.doc-tabs a[href^="${path}/"]`)
    for (const tab of tabs) {
      const view = tab.slice(path.length)
      if (tabViews.has(view)) continue
      tabViews.add(view)
      await visit(page, `${cmsUrl}${tab}`, findings)
    }
  }
  await recordUploadDrawer(page, cmsUrl, findings)
  await context.close()
}
