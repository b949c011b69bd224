/**
 * The CMS behind deploy/nginx/dvctt.conf: the admin, its Next.js assets, REST,
 * uploaded files and previews reach `next start` through nginx over HTTPS;
 * nginx appends the client's address to X-Forwarded-For, so with
 * TRUSTED_PROXY=1 a client cannot dodge the sign-in limit by forging that
 * header; uploads up to the largest size limit pass, larger ones stop at nginx.
 */
import type { ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { LOGIN_FAILURES_PER_ADDRESS } from '@dvctt/cms/auth/loginRateLimit'
import { LARGEST_SIZE_LIMIT } from '@dvctt/cms/uploads/policy'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { adminBuildIsCurrent, buildAdmin, startAdmin } from '../../scripts/lib/admin'
import { waitForHttp } from '../../scripts/lib/processes'
import { freePort, type RunningNginx, startNginx } from '../support/nginx'
import { noiseJpeg, scannedPdf } from '../support/mediaFiles'
import { rawRequest } from '../support/rawHttp'
import { e2eEnv, projectRoot } from './env'

const work = path.join(projectRoot, '.tmp', `nginx-cms-${process.pid}`)
/** A demo editor (the e2e CMS runs with DEMO_MODE=1). */
const EDITOR = { email: 'bientap@demo.local', password: 'demo-laichau-2026' }

let nginx: RunningNginx
let cms: ChildProcess
let cmsUrl: string
let cmsLog = ''
let release: string

const viaNginx = (route: string, options: Parameters<typeof rawRequest>[1] = {}) =>
  rawRequest(nginx.httpsUrl + route, { ca: nginx.ca, ...options })

beforeAll(async () => {
  if (!adminBuildIsCurrent()) await buildAdmin()
  release = fs.realpathSync(e2eEnv.SITE_DIST_DIR)
  const cmsPort = await freePort()
  cmsUrl = `http://127.0.0.1:${cmsPort}`
  nginx = await startNginx({
    dir: path.join(work, 'nginx'),
    siteRoot: e2eEnv.SITE_DIST_DIR,
    cms: `127.0.0.1:${cmsPort}`,
  })
  cms = startAdmin(cmsPort, {
    SERVER_URL: nginx.httpsUrl,
    SITE_URL: nginx.httpsUrl,
    TRUSTED_PROXY: '1',
    SITE_AUTO_REBUILD: '0',
    DEMO_MODE: '1',
  })
  cms.stdout?.on('data', (chunk: Buffer) => (cmsLog += chunk.toString()))
  cms.stderr?.on('data', (chunk: Buffer) => (cmsLog += chunk.toString()))
  await waitForHttp(`${cmsUrl}/api/users/me`, 60_000, cms).catch((error: Error) => {
    throw new Error(`${error.message}\n${cmsLog.slice(-3000)}`)
  })
})

afterAll(async () => {
  cms?.kill('SIGTERM')
  await nginx?.stop()
  fs.rmSync(work, { recursive: true, force: true })
})

/** A failed sign-in (an account that does not exist: no per-account lock involved). */
const failedLogin = (
  send: (body: string, headers: Record<string, string>) => ReturnType<typeof rawRequest>,
  forgedAddress: string,
) =>
  send(JSON.stringify({ email: 'khong-co-ai@nginx.test', password: 'sai-mat-khau-123' }), {
    'content-type': 'application/json',
    'x-forwarded-for': forgedAddress,
  })

describe('nginx in front of the CMS', () => {
  it('serves the admin sign-in page and its Next.js assets', async () => {
    const page = await viaNginx('/admin/login')
    expect(page.status).toBe(200)
    expect(page.headers['content-type']).toMatch(/^text\/html/)
    // The CMS's own headers (cms/next.config.mjs), not the static site's.
    expect(page.headers['x-frame-options']).toBe('SAMEORIGIN')
    const asset = page.body.toString().match(/\/_next\/static\/[^"'\s]+\.js/)?.[0]
    expect(asset, 'a script of the admin').toBeTruthy()
    const script = await viaNginx(asset as string)
    expect(script.status).toBe(200)
    expect(script.headers['content-type']).toMatch(/javascript/)
  })

  it('answers REST, and serves an uploaded file with the same headers as its copy in /tep/', async () => {
    const me = await viaNginx('/api/users/me')
    expect(me.status).toBe(200)
    expect(JSON.parse(me.body.toString())).toMatchObject({ user: null })

    const name = fs
      .readdirSync(path.join(release, 'tep'))
      .sort()
      .find((file) => file.endsWith('.pdf')) as string
    const fromCms = await viaNginx(`/api/media/file/${name}`)
    const fromSite = await viaNginx(`/tep/${name}`)
    expect(fromCms.status).toBe(200)
    expect(fromCms.body.equals(fromSite.body)).toBe(true)
    for (const header of ['content-type', 'x-content-type-options', 'content-security-policy', 'content-disposition']) {
      expect(fromCms.headers[header], header).toBe(fromSite.headers[header])
    }
  })

  it('hands preview links to the CMS, not to the static site', async () => {
    const preview = await viaNginx('/xem-truoc/khong-phai-lien-ket-that')
    expect(preview.status).toBe(404)
    expect(preview.body.toString()).toContain('Không tìm thấy bản xem trước')
    expect(preview.body.equals(fs.readFileSync(path.join(release, '404.html')))).toBe(false)
  })

  it('lets a multi-megabyte upload through to the CMS, and stops one over the largest limit at nginx', async () => {
    // nginx's own default limit is 1 MB: an editor's 2–3 MB scanned leaflet must reach the CMS whole.
    const signIn = await viaNginx('/api/users/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(EDITOR),
    })
    expect(signIn.status, signIn.body.toString().slice(0, 300)).toBe(200)
    const token = (JSON.parse(signIn.body.toString()) as { token: string }).token
    const pdf = await scannedPdf(2, await noiseJpeg(2000, 2000, 7))
    expect(pdf.length).toBeGreaterThan(1.5 * 1024 * 1024)
    const boundary = `----dvcttnginx${Date.now().toString(16)}`
    const body = Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n${JSON.stringify({ alt: 'Tờ rơi quét qua nginx' })}\r\n`,
      ),
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="to-roi-quet-qua-nginx.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
      ),
      pdf,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ])
    const auth = { authorization: `JWT ${token}` }
    const upload = await viaNginx('/api/media', {
      method: 'POST',
      body,
      headers: { ...auth, 'content-type': `multipart/form-data; boundary=${boundary}` },
    })
    expect(upload.status, upload.body.toString().slice(0, 300)).toBe(201)
    const { doc } = JSON.parse(upload.body.toString()) as { doc: { filename: string } }
    const stored = await viaNginx(`/api/media/file/${encodeURIComponent(doc.filename)}`, { headers: auth })
    expect(stored.status).toBe(200)
    expect(stored.body.equals(pdf), 'the stored file is the uploaded one, byte for byte').toBe(true)

    // A body declared larger than the largest file plus its envelope is refused before it is sent.
    const tooLarge = await viaNginx('/api/media', {
      method: 'POST',
      headers: {
        ...auth,
        'content-length': String(LARGEST_SIZE_LIMIT + 64 * 1024 * 1024),
        'content-type': 'application/pdf',
      },
    })
    expect(tooLarge.status).toBe(413)
  })

  it('appends the client address to X-Forwarded-For: forging it does not dodge the sign-in limit', async () => {
    // Control, straight to `next start`: the forged header is all the CMS sees, so each forged
    // address is a new client and no limit is reached. This is why production needs nginx.
    const direct = (body: string, headers: Record<string, string>) =>
      rawRequest(`${cmsUrl}/api/users/login`, { method: 'POST', body, headers })
    for (let attempt = 0; attempt <= LOGIN_FAILURES_PER_ADDRESS; attempt++) {
      expect((await failedLogin(direct, `198.51.100.${attempt + 1}`)).status).toBe(401)
    }
    // Through nginx the last entry is the address nginx saw; the forged ones before it are ignored.
    const proxied = (body: string, headers: Record<string, string>) =>
      viaNginx('/api/users/login', { method: 'POST', body, headers })
    for (let attempt = 0; attempt < LOGIN_FAILURES_PER_ADDRESS; attempt++) {
      expect((await failedLogin(proxied, `203.0.113.${attempt + 1}`)).status).toBe(401)
    }
    const refused = await failedLogin(proxied, '203.0.113.250')
    expect(refused.status).toBe(429)
    expect(refused.body.toString()).toContain('Đăng nhập sai quá nhiều lần từ địa chỉ này')
  })
})
