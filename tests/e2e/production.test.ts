/**
 * The acceptance for production: from an EMPTY PostgreSQL database,
 * `npm run serve` (NODE_ENV=production, the documented environment) behind
 * Debian's nginx over HTTPS (deploy/nginx/dvctt.conf, a self-signed
 * certificate), `npm run create-admin`, then an editor signs in through
 * https:// in Chromium (the session cookie is Secure), creates and publishes a
 * leaflet, and the page is live through nginx. Prints the seconds from
 * «Duyệt và xuất bản» to the page being served.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import pg from 'pg'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DEMO_LOGIN_REFUSED } from '@dvctt/cms/auth/refuseDemoLogin'

import { type PostgresServer, startPrivateCluster } from '../support/databases/postgresCluster'
import { uniqueRunName } from '../support/databases/tmpDir'
import { withDatabase } from '../support/databases/url'
import { freePort, type RunningNginx, startNginx } from '../support/nginx'
import { type RunningServe, runNpmCommand, type ServerEnv, startServe } from '../support/productionServer'
import { rawRequest } from '../support/rawHttp'
import { launchChromium } from './browser'
import { projectRoot } from './env'
import { submitAndApprove } from './reviewSteps'
import { runStamp } from '../support/runStamp'

const work = path.join(projectRoot, '.tmp', `production-${process.pid}`)
const stamp = runStamp()
const ADMIN = {
  email: `quantri-${stamp}@tinh.test`,
  name: 'Quản trị Thử nghiệm',
  password: crypto.randomBytes(12).toString('base64url'),
}
const EDITOR = {
  email: `bientap-${stamp}@tinh.test`,
  name: 'Biên tập viên Thử nghiệm',
  password: crypto.randomBytes(12).toString('base64url'),
}
const CONTRIBUTOR = {
  email: `congtacvien-${stamp}@tinh.test`,
  name: 'Cộng tác viên Thử nghiệm',
  password: crypto.randomBytes(12).toString('base64url'),
}
let unitId: number | string = ''
const TITLE = `Tờ rơi hướng dẫn đăng ký khai sinh trực tuyến ${stamp}`
const SUMMARY = `Các bước đăng ký khai sinh trên Cổng Dịch vụ công, hỗ trợ qua Tổng đài 1022 (${stamp}).`

let database: PostgresServer | undefined
let databaseName = ''
let nginx: RunningNginx
let serve: RunningServe | undefined
let browser: Browser | undefined
let env: ServerEnv

async function sql(adminUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 5000 })
  await client.connect()
  try {
    await client.query(statement)
  } finally {
    await client.end()
  }
}

const viaNginx = (route: string, options: Parameters<typeof rawRequest>[1] = {}) =>
  rawRequest(nginx.httpsUrl + route, { ca: nginx.ca, ...options })

async function restAs(token: string, method: string, route: string, body: unknown): Promise<Record<string, unknown>> {
  const response = await viaNginx(route, {
    method,
    body: JSON.stringify(body),
    headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
  })
  expect(response.status, `${method} ${route}: ${response.body.toString().slice(0, 500)}`).toBeLessThan(300)
  return JSON.parse(response.body.toString()) as Record<string, unknown>
}

beforeAll(async () => {
  const external = process.env.POSTGRES_URL?.trim()
  database = external ? { adminUrl: external, stop: async () => undefined } : await startPrivateCluster()
  databaseName = uniqueRunName('dvctt_production')
  await sql(database.adminUrl, `CREATE DATABASE "${databaseName}"`)
  const databaseUrl = withDatabase(database.adminUrl, databaseName)

  const cmsPort = await freePort()
  const siteDir = path.join(work, 'site', 'dist')
  nginx = await startNginx({ dir: path.join(work, 'nginx'), siteRoot: siteDir, cms: `127.0.0.1:${cmsPort}` })
  // The environment file of docs/deploy.md, for this machine.
  env = {
    DATABASE_URL: databaseUrl,
    PAYLOAD_SECRET: crypto.randomBytes(32).toString('hex'),
    SERVER_URL: nginx.httpsUrl,
    SITE_URL: nginx.httpsUrl,
    TRUSTED_PROXY: '1',
    MEDIA_DIR: path.join(work, 'media'),
    SITE_DIST_DIR: siteDir,
    SITE_PROVINCE_NAME: 'Thử Nghiệm',
    CMS_HOST: '127.0.0.1',
    CMS_PORT: String(cmsPort),
    SITE_AUTO_REBUILD: '1',
    SITE_REBUILD_DEBOUNCE_MS: '500',
  }
  serve = await startServe(env, 280_000)
}, 300_000)

afterAll(async () => {
  await browser?.close()
  await serve?.stop()
  await nginx?.stop()
  if (database && databaseName)
    await sql(database.adminUrl, `DROP DATABASE IF EXISTS "${databaseName}" WITH (FORCE)`).catch(() => undefined)
  await database?.stop()
  fs.rmSync(work, { recursive: true, force: true })
})

describe('production from an empty PostgreSQL database, behind nginx over HTTPS (acceptance)', () => {
  it('starts empty: no demo content, no account; the site and the CMS answer through nginx', async () => {
    const home = await viaNginx('/')
    expect(home.status).toBe(200)
    expect(home.headers['content-type']).toBe('text/html; charset=utf-8')
    const list = await viaNginx('/api/materials?limit=1')
    expect(list.status, `${list.body.toString().slice(0, 300)}\n${serve?.log().slice(-3000)}`).toBe(200)
    expect((JSON.parse(list.body.toString()) as { totalDocs: number }).totalDocs).toBe(0)
    // Production has no first-user screen and no demo account.
    const demo = await viaNginx('/api/users/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'admin@demo.local', password: 'demo-laichau-2026' }),
    })
    expect(demo.status).toBe(403)
    // The Vietnamese reason survives the minified production bundle (an APIError without data would read «An unknown error occurred.»).
    expect(JSON.parse(demo.body.toString()).errors[0].message).toBe(DEMO_LOGIN_REFUSED)
  })

  it('npm run create-admin makes the first administrator, who sets up a unit and an editor', async () => {
    const created = runNpmCommand('create-admin', ['--email', ADMIN.email, '--name', ADMIN.name], {
      ...env,
      ADMIN_PASSWORD: ADMIN.password,
    })
    expect(created.status, created.output).toBe(0)

    const login = await viaNginx('/api/users/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: ADMIN.email, password: ADMIN.password }),
    })
    expect(login.status, login.body.toString()).toBe(200)
    const { token } = JSON.parse(login.body.toString()) as { token: string }
    const unit = (
      await restAs(token, 'POST', '/api/units', { name: `Sở Thông tin Thử nghiệm ${stamp}`, type: 'department' })
    ).doc as { id: number | string }
    await restAs(token, 'POST', '/api/users', { ...EDITOR, role: 'editor', unit: unit.id })
    await restAs(token, 'POST', '/api/users', { ...CONTRIBUTOR, role: 'contributor', unit: unit.id })
    unitId = unit.id
  })

  it("a hook's refusal reaches the person in Vietnamese through the production server: a contributor cannot publish", async () => {
    const login = await viaNginx('/api/users/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: CONTRIBUTOR.email, password: CONTRIBUTOR.password }),
    })
    const { token } = JSON.parse(login.body.toString()) as { token: string }
    const refused = await viaNginx('/api/materials', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
      body: JSON.stringify({
        title: `Tờ rơi của cộng tác viên ${stamp}`,
        kind: 'leaflet',
        summary: 'Thử xuất bản.',
        ownerUnit: unitId,
        _status: 'published',
      }),
    })
    expect(refused.status).toBe(403)
    expect(JSON.parse(refused.body.toString()).errors[0].message).toContain(
      'Cộng tác viên đơn vị không được xuất bản tài liệu',
    )
  })

  it('an editor signs in through https (Secure cookie), publishes a leaflet, and it is live through nginx', async ({
    onTestFailed,
  }) => {
    onTestFailed(() => console.error(`npm run serve printed:\n${serve?.log().slice(-6000)}`))
    browser = await launchChromium()
    const context = await browser.newContext({ ignoreHTTPSErrors: true, locale: 'vi-VN' })
    const page = await context.newPage()
    await page.goto(`${nginx.httpsUrl}/admin/login`)
    await page.fill('input[name="email"]', EDITOR.email)
    await page.fill('input[name="password"]', EDITOR.password)
    await page.getByRole('button', { name: 'Đăng nhập' }).click()
    await page.waitForURL(/\/admin\/?$/, { timeout: 30_000 })
    const session = (await context.cookies()).find((cookie) => cookie.name.endsWith('-token'))
    expect(session, 'a session cookie').toBeTruthy()
    expect(session?.secure).toBe(true)
    expect(session?.httpOnly).toBe(true)

    await page.goto(`${nginx.httpsUrl}/admin/collections/materials/create`)
    await page.locator('#field-title').fill(TITLE)
    await page.locator('#field-kind').click()
    await page.locator('.rs__option', { hasText: /^Tờ rơi$/ }).click()
    await page.locator('#field-summary').fill(SUMMARY)
    await page.getByRole('button', { name: 'Lưu bản nháp' }).click()
    await page.waitForURL(/\/admin\/collections\/materials\/\d+/, { timeout: 30_000 })
    await submitAndApprove(page)
    const publishedAt = Date.now()
    const slug = (await page.locator('#field-slug').inputValue()).trim()
    expect(slug).not.toBe('')

    let html = ''
    let status = 0
    while (Date.now() < publishedAt + 120_000) {
      const response = await viaNginx(`/tai-lieu/${slug}/`)
      status = response.status
      html = status === 200 ? response.body.toString() : ''
      if (html.includes(SUMMARY)) break
      await new Promise((resolve) => setTimeout(resolve, 500))
    }
    expect(
      html,
      `/tai-lieu/${slug}/ never served the leaflet (last status ${status}); serve log:\n${serve?.log().slice(-4000)}`,
    ).toContain(SUMMARY)
    expect(html).toContain(TITLE)
    console.info(
      `[production] «Duyệt và xuất bản» → page live through nginx in ${((Date.now() - publishedAt) / 1000).toFixed(1)} s`,
    )
  })
})
