/**
 * Issue 15's acceptance on the MongoDB wire: `DATABASE_URL=mongodb://…` + `npm start`, a person's
 * demo command, on a fresh database of the server in FERRETDB_URL (FerretDB in CI, started by
 * .ci/mongo-servers.sh). `npm start` seeds the demo library into it, builds the site, starts the CMS
 * and the site server and prints where they are. Then the printed demo login signs in to the admin
 * in Chromium; the demo contributor's leaflet goes through the review workflow (draft → submit →
 * approve) over the CMS's REST API; the page is served by the site server `npm start` runs, and the
 * leaflet is found in the site's search (Pagefind) in Chromium. Prints the seconds from approval to
 * the page being served. Without FERRETDB_URL the file is reported as skipped, never as passed.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { MongoClient } from 'mongodb'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { freePort } from '../../scripts/lib/processes'
import { DEMO_LOGIN, PUBLISHED_SAMPLE_TITLE } from '../../scripts/seed/index'
import { uniqueRunName } from '../support/databases/tmpDir'
import { hidePassword, withDatabase } from '../support/databases/url'
import { launchChromium } from './browser'
import { readReadyMessage, type RunningStart, startNpmStart } from './npmStart'
import { runStamp } from '../support/runStamp'
import { searchAnswered } from '../support/searchPage'

const serverUrl = process.env.FERRETDB_URL?.trim() ?? ''
const SKIPPED = 'npm start on MongoDB skipped: set FERRETDB_URL (a MongoDB-wire server, e.g. FerretDB) to run it'
if (!serverUrl) console.warn(`\n[e2e] ${SKIPPED}\n`)

// Outside the checkout, as a server's /srv/… is: Astro bundles the pages of an output folder outside the
// working directory elsewhere, which once made a warm publisher serve its first build's pages (site/publish/astro.ts).
let work = ''
const stamp = runStamp()
// A word of its own, letters only, that only this leaflet carries (no demo word starts with «zq»).
const WORD = `zq${stamp.replace(/\d/g, (digit) => 'qwertyuiop'[Number(digit)] ?? 'z')}`
const TITLE = `Tờ rơi hướng dẫn nộp hồ sơ trực tuyến ${WORD}`
const SUMMARY = `Các bước nộp hồ sơ trên Cổng Dịch vụ công, hỗ trợ qua Tổng đài 1022 (${WORD}).`
const CONTRIBUTOR = { email: 'congtacvien@demo.local', password: DEMO_LOGIN.password }
const REVIEWER = { email: 'nguoiduyet@demo.local', password: DEMO_LOGIN.password }

let databaseUrl = ''
let start: RunningStart | undefined
let browser: Browser | undefined
let cmsPort = 0
let sitePort = 0
const cmsUrl = () => `http://localhost:${cmsPort}`
const siteUrl = () => `http://localhost:${sitePort}`

type Json = Record<string, unknown> & { errors?: { message: string }[] }

/** The CMS's REST API over real HTTP, as the admin's own requests reach it. */
async function rest(
  method: string,
  route: string,
  body?: unknown,
  token?: string,
): Promise<{ status: number; json: Json }> {
  const response = await fetch(`${cmsUrl()}/api${route}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `JWT ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  return { status: response.status, json: (await response.json()) as Json }
}

async function login(account: { email: string; password: string }): Promise<string> {
  const { status, json } = await rest('POST', '/users/login', account)
  expect(status, `login as ${account.email}: ${JSON.stringify(json)}`).toBe(200)
  return json.token as string
}

async function withDatabaseClient<T>(use: (client: MongoClient) => Promise<T>): Promise<T> {
  const client = new MongoClient(databaseUrl, { serverSelectionTimeoutMS: 5000 })
  try {
    await client.connect()
    return await use(client)
  } finally {
    await client.close()
  }
}

describe.skipIf(!serverUrl)(
  'npm start with DATABASE_URL=mongodb://… (FerretDB): seed, admin login, publish → live → search',
  () => {
    beforeAll(async () => {
      databaseUrl = withDatabase(serverUrl, uniqueRunName('dvctt_start'))
      work = fs.mkdtempSync(path.join(os.tmpdir(), 'dvctt-mongodb-start-'))
      cmsPort = await freePort()
      sitePort = await freePort()
      console.info(`[mongodb-start] npm start on ${hidePassword(databaseUrl)}`)
      start = await startNpmStart(
        {
          DATABASE_URL: databaseUrl,
          CMS_PORT: String(cmsPort),
          SITE_PORT: String(sitePort),
          // Its own uploads and site, apart from the demo's and the other e2e files'.
          MEDIA_DIR: path.join(work, 'media'),
          SITE_DIST_DIR: path.join(work, 'dist'),
        },
        420_000,
      )
    }, 450_000)

    afterAll(async () => {
      await browser?.close()
      await start?.stop()
      if (databaseUrl) await withDatabaseClient((client) => client.db().dropDatabase()).catch(() => undefined)
      if (work) fs.rmSync(work, { recursive: true, force: true })
    })

    it('seeds the demo library into the MongoDB database and prints the admin, the demo login and the site', async () => {
      const output = start?.output() ?? ''
      expect(output).toContain('Đang chuẩn bị cơ sở dữ liệu (mongodb)')
      expect(output).toMatch(/Đã tạo \d+ tài liệu/)
      const ready = readReadyMessage(output)
      expect(ready.adminUrl).toBe(`${cmsUrl()}/admin`)
      expect(ready.siteUrl).toBe(`${siteUrl()}/`)
      expect(ready.login).toEqual([DEMO_LOGIN.email, DEMO_LOGIN.password])
      // The first build read the library once. Vitest's DEV=1, left in this environment on purpose, once made
      // every build re-read it every 5 s (one read takes seconds on FerretDB) and pushed npm start past 7 minutes.
      const beforeReady = output.slice(0, output.search(/^✔.*sẵn sàng/m))
      expect(beforeReady.match(/^\[cms\] \d+ tài liệu đã xuất bản/gm), 'reads of the CMS before ready').toHaveLength(1)

      // The rows are in MongoDB, under MongoDB's ids.
      const stored = await withDatabaseClient((client) =>
        client.db().collection('materials').findOne({ title: PUBLISHED_SAMPLE_TITLE }),
      )
      expect(stored, `${PUBLISHED_SAMPLE_TITLE} in the materials collection`).toBeTruthy()
      const slug = stored?.slug as string
      const page = await fetch(`${siteUrl()}/tai-lieu/${slug}/`)
      expect(page.status).toBe(200)
      expect(await page.text()).toContain(PUBLISHED_SAMPLE_TITLE)
    })

    it('the printed demo login signs in to the admin in Chromium', async () => {
      const [email, password] = readReadyMessage(start?.output() ?? '').login ?? []
      browser = await launchChromium()
      const page = await (await browser.newContext({ locale: 'vi-VN' })).newPage()
      await page.goto(`${cmsUrl()}/admin/login`)
      await page.fill('input[name="email"]', email ?? '')
      await page.fill('input[name="password"]', password ?? '')
      await page.getByRole('button', { name: 'Đăng nhập' }).click()
      await page.waitForURL(/\/admin\/?$/, { timeout: 60_000 })
      await page.getByRole('heading', { name: 'Trang công khai' }).waitFor({ timeout: 60_000 })
      await page.context().close()
    }, 180_000)

    it('a contributor submits a leaflet, the reviewer approves it, and the site npm start serves shows it', async () => {
      const contributor = await login(CONTRIBUTOR)
      const created = await rest('POST', '/materials', { title: TITLE, kind: 'leaflet', summary: SUMMARY }, contributor)
      expect(created.status, JSON.stringify(created.json)).toBe(201)
      const draft = created.json.doc as { id: string; _status: string; slug: string }
      expect(draft._status).toBe('draft')
      expect(draft.slug).toBeTruthy()
      // A MongoDB ObjectId, not a number: the CMS runs on the MongoDB adapter.
      expect(draft.id).toMatch(/^[0-9a-f]{24}$/)
      const submitted = await rest('POST', `/materials/${draft.id}/submit`, {}, contributor)
      expect(submitted.status, JSON.stringify(submitted.json)).toBe(200)

      const reviewer = await login(REVIEWER)
      const approved = await rest('POST', `/materials/${draft.id}/approve`, {}, reviewer)
      expect(approved.status, JSON.stringify(approved.json)).toBe(200)
      const approvedAt = Date.now()
      expect(approved.json.doc).toMatchObject({ workflowStatus: 'approved', published: true })

      const url = `${siteUrl()}/tai-lieu/${draft.slug}/`
      let html = ''
      let status = 0
      while (Date.now() < approvedAt + 150_000) {
        const response = await fetch(url)
        status = response.status
        html = status === 200 ? await response.text() : ''
        if (html.includes(SUMMARY)) break
        await new Promise((resolve) => setTimeout(resolve, 500))
      }
      expect(
        html,
        `${url} never served the leaflet (last status ${status}); npm start printed:\n${start?.output().slice(-3000)}`,
      ).toContain(SUMMARY)
      expect(html).toContain(TITLE)
      console.info(
        `[mongodb-start] approve → page served by npm start's site server in ${((Date.now() - approvedAt) / 1000).toFixed(1)} s`,
      )
    }, 240_000)

    it("the leaflet's own word finds it in the site's search in Chromium", async () => {
      browser ??= await launchChromium()
      const page = await (await browser.newContext({ locale: 'vi-VN' })).newPage()
      await page.goto(`${siteUrl()}/tim-kiem/?q=${encodeURIComponent(WORD)}`)
      await searchAnswered(page)
      const titles = (await page.locator('.result__title').allTextContents()).map((title) => title.trim())
      // Pagefind may add pages matching a prefix of a word only the newest index holds.
      expect(titles).toContain(TITLE)
      await page.context().close()
    }, 120_000)
  },
)
