/**
 * The S3 acceptance, in Chromium: with the CMS on S3 (versitygw in CI),
 * an editor uploads a poster in the admin and publishes a material showing it;
 * the public page's picture and download come from MEDIA_PUBLIC_URL and are
 * byte-identical to what the CMS stored. Before publishing, nobody without an
 * account can read the file from the bucket. Its own database, bucket and site
 * folder: the shared e2e library stays on local disk.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

import { setSiteFileHeaders } from '@dvctt/cms/uploads/servingHeaders'
import type { Browser, Page } from 'playwright-core'
import sirv from 'sirv'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Media } from '../../cms/payload-types'
import { DEMO_LOGIN } from '../../scripts/seed/index'
import { noiseJpeg } from '../support/mediaFiles'
import { S3_SKIP_REASON, createTestBucket, s3TestEnv } from '../support/s3/bucket'
import { launchChromium } from './browser'
import { type RunningCms, startCms } from './cms'
import { projectRoot } from './env'
import { runStamp } from '../support/runStamp'

const EDITOR = { email: 'bientap@demo.local', password: DEMO_LOGIN.password }
const stamp = runStamp()
const TITLE = `Áp phích lưu trên S3 ${stamp}`
const s3 = s3TestEnv(`dvctt-e2e-${process.pid}-${stamp}`)
const work = path.join(projectRoot, '.tmp', `e2e-s3-${process.pid}`)
const env = {
  ...s3,
  DATABASE_URL: `file:${path.join(work, 'cms.db')}`,
  MEDIA_DIR: path.join(work, 'media'),
  SITE_DIST_DIR: path.join(work, 'dist'),
  PROJECT_ROOT: projectRoot,
}

if (!s3) console.info(`[media-s3] ${S3_SKIP_REASON}`)

let browser: Browser
let cms: RunningCms
let siteUrl = ''
let closeSite: () => Promise<void> = async () => undefined
let removeBucket: () => Promise<void> = async () => undefined

const anonymousStatus = async (url: string) => (await fetch(url)).status
let token = ''
/** The CMS's REST API as the signed-in editor (the admin page's cookie is for the browser). */
const api = (pathWithQuery: string, init: RequestInit = {}) =>
  fetch(`${cms.url}/api${pathWithQuery}`, {
    ...init,
    headers: { Authorization: `JWT ${token}`, 'Content-Type': 'application/json', ...init.headers },
  })
const bytesOf = async (response: Response) => Buffer.from(await response.arrayBuffer())

beforeAll(async () => {
  if (!s3) return
  fs.rmSync(work, { recursive: true, force: true })
  fs.mkdirSync(work, { recursive: true })
  removeBucket = await createTestBucket(s3)
  const seeded = spawnSync(process.execPath, ['--import', 'tsx', path.join(projectRoot, 'scripts', 'seed.ts')], {
    cwd: projectRoot,
    env: { ...process.env, ...env, SITE_AUTO_REBUILD: '0' },
    encoding: 'utf8',
  })
  if (seeded.status !== 0) throw new Error(`seed failed:\n${seeded.stdout}\n${seeded.stderr}`)
  cms = await startCms(env)
  browser = await launchChromium()
  const assets = sirv(env.SITE_DIST_DIR, { dev: true, extensions: ['html'], setHeaders: setSiteFileHeaders })
  const server = http.createServer((req, res) =>
    assets(req, res, () => {
      res.statusCode = 404
      res.end('not found')
    }),
  )
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  siteUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  closeSite = () => new Promise<void>((resolve) => server.close(() => resolve()))
}, 600_000)

afterAll(async () => {
  await browser?.close()
  cms?.stop()
  await closeSite()
  await removeBucket()
  fs.rmSync(work, { recursive: true, force: true })
})

async function signIn(): Promise<Page> {
  const page = await (await browser.newContext({ locale: 'vi-VN' })).newPage()
  await page.goto(`${cms.url}/admin/login`)
  await page.fill('input[name="email"]', EDITOR.email)
  await page.fill('input[name="password"]', EDITOR.password)
  await page.getByRole('button', { name: 'Đăng nhập' }).click()
  await page.waitForURL(/\/admin\/?$/, { timeout: 30_000 })
  const login = await fetch(`${cms.url}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(EDITOR),
  })
  token = ((await login.json()) as { token: string }).token
  return page
}

describe.skipIf(!s3)('media on S3 in the browser (acceptance)', () => {
  it('an editor uploads a poster and publishes it; the page’s picture and download come from the public URL, byte-identical', async () => {
    const publicBase = s3?.MEDIA_PUBLIC_URL as string
    const page = await signIn()

    // Upload in the admin's media library.
    await page.goto(`${cms.url}/admin/collections/media/create`)
    await page.locator('input[type="file"]').setInputFiles({
      name: `ap-phich-${stamp}.jpg`,
      mimeType: 'image/jpeg',
      buffer: await noiseJpeg(1400, 2000, 7),
    })
    await page.locator('#field-alt').fill('Áp phích hướng dẫn nộp hồ sơ trực tuyến')
    await page.getByRole('button', { name: 'Lưu' }).click()
    await page.waitForURL(/\/admin\/collections\/media\/\d+/, { timeout: 60_000 })
    const mediaId = page.url().split('/').pop()
    const media = (await (await api(`/media/${mediaId}?depth=0`)).json()) as Media
    const filename = media.filename as string
    expect(filename).toMatch(/^ap-phich-.*\.jpg$/)
    const publicUrl = new URL(encodeURIComponent(filename), publicBase).toString()
    const privateUrl = `${s3?.S3_ENDPOINT}/${s3?.S3_BUCKET}/media/${encodeURIComponent(filename)}`

    // Not yet published: the bucket refuses anyone without credentials.
    expect(await anonymousStatus(privateUrl)).toBe(403)
    expect(await anonymousStatus(publicUrl)).toBeGreaterThanOrEqual(403)

    // A poster showing it, then «Duyệt và xuất bản» in the admin.
    const units = (await (await api('/units?limit=1&depth=0')).json()) as {
      docs: { id: number }[]
    }
    const created = await api('/materials?draft=true', {
      method: 'POST',
      body: JSON.stringify({
        title: TITLE,
        kind: 'poster',
        language: 'vi',
        summary: 'Áp phích hướng dẫn nộp hồ sơ trực tuyến, ảnh lưu trên S3.',
        ownerUnit: units.docs[0]?.id,
        coverImage: media.id,
        files: [{ label: 'Bản in áp phích', file: media.id }],
        _status: 'draft',
      }),
    })
    expect(created.status, await created.clone().text()).toBe(201)
    const material = ((await created.json()) as { doc: { id: number; slug: string } }).doc
    await page.goto(`${cms.url}/admin/collections/materials/${material.id}`)
    const reviewState = (state: string) =>
      page.getByText('Trạng thái duyệt:').locator('..').getByText(state).waitFor({ timeout: 30_000 })
    await page.getByRole('button', { name: 'Gửi duyệt' }).click()
    await reviewState('Chờ duyệt')
    await page.getByRole('button', { name: 'Duyệt và xuất bản' }).click()
    await reviewState('Đã duyệt')

    // The page goes live; its picture and download point at the public URL.
    const approvedAt = Date.now()
    const pageUrl = `${siteUrl}/tai-lieu/${material.slug}/`
    let html = ''
    for (const until = Date.now() + 360_000; Date.now() < until && !html.includes(TITLE); ) {
      const response = await fetch(pageUrl)
      html = response.status === 200 ? await response.text() : ''
      if (!html.includes(TITLE)) await new Promise((resolve) => setTimeout(resolve, 500))
    }
    expect(html, `the page never went live; CMS log:\n${cms.log().slice(-3000)}`).toContain(TITLE)
    console.info(
      `[media-s3] approve → page live in ${((Date.now() - approvedAt) / 1000).toFixed(1)} s (first build after the seed)`,
    )
    expect(html).not.toContain('/tep/')

    const site = await browser.newPage()
    await site.goto(pageUrl)
    const picture = site.locator('main picture img').first()
    await picture.waitFor()
    const shown = await picture.evaluate((img: HTMLImageElement) => ({ src: img.currentSrc, width: img.naturalWidth }))
    expect(shown.src.startsWith(publicBase), shown.src).toBe(true)
    expect(shown.width).toBeGreaterThan(0)

    const href = await site.locator(`a[href="${publicUrl}"]`).first().getAttribute('href')
    expect(href).toBe(publicUrl)
    const download = await fetch(href as string)
    expect(download.status).toBe(200)
    expect(download.headers.get('content-type')).toBe('image/jpeg')
    const stored = await api(`/media/file/${encodeURIComponent(filename)}`)
    expect(stored.status).toBe(200)
    expect((await bytesOf(download)).equals(await bytesOf(stored))).toBe(true)
    // The private original stays private after publishing.
    expect(await anonymousStatus(privateUrl)).toBe(403)
    await site.close()
    await page.context().close()
  }, 480_000)
})
