/**
 * The production web server recipe, deploy/nginx/dvctt.conf, in Debian's real
 * nginx over HTTPS, in front of a built release of the site. Every header the
 * README promises, on representative paths, compared with what `npm start`'s
 * Node server (scripts/lib/site-server.ts) sends for the same files; cache
 * lifetimes, gzip, the http → https redirect and the 404 page.
 */
import fs from 'node:fs'
import type http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import zlib from 'node:zlib'

import { UPLOAD_CSP } from '@dvctt/cms/uploads/servingHeaders'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { serveSite } from '../../scripts/lib/site-server'
import { type RunningNginx, startNginx } from '../support/nginx'
import { rawRequest } from '../support/rawHttp'
import { ReleaseCopies } from '../support/releaseCopies'
import { e2eEnv, projectRoot } from './env'

const work = path.join(projectRoot, '.tmp', `nginx-${process.pid}`)
const DOCX = 'tep/huong-dan-kiem-thu-nginx.docx'
const IMMUTABLE = 'public, max-age=31536000, immutable'
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/** The headers the README promises (and `npm start` sends); each row says which it expects. */
const PROMISED = [
  'x-content-type-options',
  'referrer-policy',
  'content-type',
  'content-security-policy',
  'content-disposition',
  'access-control-allow-origin',
  'cache-control',
]

let nginx: RunningNginx
let node: http.Server
let nodeUrl: string
let release: string

/** The first file in `dir` (relative to the release) whose name matches. */
function firstFile(dir: string, pattern: RegExp): string {
  const name = fs
    .readdirSync(path.join(release, dir))
    .sort()
    .find((entry) => pattern.test(entry))
  if (!name) throw new Error(`the built site has no ${pattern} in /${dir}/`)
  return `/${dir}/${name}`
}

/** The release's file behind a route (`/x/` → `/x/index.html`; a query string changes nothing). */
const fileOf = (route: string): Buffer => {
  const file = route.split('?')[0] ?? route
  return fs.readFileSync(path.join(release, file.endsWith('/') ? `${file}index.html` : file))
}

const get = (url: string, headers: Record<string, string> = {}) => rawRequest(url, { ca: nginx.ca, headers })

beforeAll(async () => {
  const copies = new ReleaseCopies(path.join(work, 'site'))
  // The demo content has no Office file among published media: add one, as an upload would be published.
  copies.copy(fs.realpathSync(e2eEnv.SITE_DIST_DIR), 'a', {
    [DOCX]: Buffer.from('PK\u0003\u0004 not really a document'),
  })
  copies.swapTo('a')
  release = copies.release('a')
  nginx = await startNginx({ dir: path.join(work, 'nginx'), siteRoot: copies.liveDir, cms: '127.0.0.1:9' })
  node = await serveSite(copies.liveDir, 0)
  nodeUrl = `http://127.0.0.1:${(node.address() as AddressInfo).port}`
})

afterAll(async () => {
  await nginx?.stop()
  await new Promise((resolve) => (node ? node.close(resolve) : resolve(undefined)))
  fs.rmSync(work, { recursive: true, force: true })
})

interface Row {
  what: string
  route: () => string
  type: string
  cache: string
  file?: boolean
  download?: boolean
  cors?: boolean
}

const rows: Row[] = [
  { what: 'home page', route: () => '/', type: 'text/html; charset=utf-8', cache: 'no-cache' },
  {
    what: 'a material page',
    route: () => `${firstFile('tai-lieu', /^[a-z0-9-]+$/)}/`,
    type: 'text/html; charset=utf-8',
    cache: 'no-cache',
  },
  {
    // What a material's QR code encodes (site/src/lib/qrPages.ts): still the same static page.
    what: 'a material page opened from its QR code (?qr=1)',
    route: () => `${firstFile('tai-lieu', /^[a-z0-9-]+$/)}/?qr=1`,
    type: 'text/html; charset=utf-8',
    cache: 'no-cache',
  },
  {
    what: 'a published PDF',
    route: () => firstFile('tep', /\.pdf$/),
    type: 'application/pdf',
    cache: 'no-cache',
    file: true,
  },
  {
    what: 'a published Word file',
    route: () => `/${DOCX}`,
    type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    cache: 'no-cache',
    file: true,
    download: true,
  },
  { what: 'captions (.vtt)', route: () => firstFile('tep', /\.vtt$/), type: 'text/vtt', cache: 'no-cache', file: true },
  { what: 'a video', route: () => firstFile('tep', /\.mp4$/), type: 'video/mp4', cache: 'no-cache', file: true },
  {
    what: 'embed data',
    route: () => '/nhung/du-lieu/tat-ca.json',
    type: 'application/json',
    cache: 'no-cache',
    cors: true,
  },
  { what: 'RSS feed', route: () => '/nguon/tat-ca.xml', type: 'application/rss+xml; charset=utf-8', cache: 'no-cache' },
  {
    what: 'Atom feed',
    route: () => '/nguon/tat-ca.atom',
    type: 'application/atom+xml; charset=utf-8',
    cache: 'no-cache',
  },
  {
    what: 'JSON Feed',
    route: () => '/nguon/tat-ca.json',
    type: 'application/feed+json; charset=utf-8',
    cache: 'no-cache',
  },
  {
    what: 'an oEmbed answer',
    route: () => firstFile('oembed', /\.json$/),
    type: 'application/json',
    cache: 'no-cache',
    cors: true,
  },
  {
    what: 'a unit procedure list (.xlsx)',
    route: () =>
      `/don-vi/${fs
        .readdirSync(path.join(release, 'don-vi'))
        .sort()
        .find((unit) =>
          fs.existsSync(path.join(release, 'don-vi', unit, 'thu-tuc-toan-trinh.xlsx')),
        )}/thu-tuc-toan-trinh.xlsx`,
    type: XLSX_TYPE,
    cache: 'no-cache',
  },
  { what: 'Pagefind entry', route: () => '/pagefind/pagefind-entry.json', type: 'application/json', cache: 'no-cache' },
  { what: 'Pagefind script', route: () => '/pagefind/pagefind.js', type: 'text/javascript', cache: 'no-cache' },
  {
    what: 'Pagefind metadata (hashed)',
    route: () => firstFile('pagefind', /\.pf_meta$/),
    type: 'application/octet-stream',
    cache: IMMUTABLE,
  },
  {
    what: 'Pagefind index chunk',
    route: () => firstFile('pagefind/index', /\.pf_index$/),
    type: 'application/octet-stream',
    cache: IMMUTABLE,
  },
  {
    what: 'Pagefind fragment',
    route: () => firstFile('pagefind/fragment', /\.pf_fragment$/),
    type: 'application/octet-stream',
    cache: IMMUTABLE,
  },
  { what: 'Astro stylesheet', route: () => firstFile('_astro', /\.css$/), type: 'text/css', cache: IMMUTABLE },
  { what: 'Astro script', route: () => firstFile('_astro', /\.js$/), type: 'text/javascript', cache: IMMUTABLE },
  // Issue 20: the service worker (revalidated on every use, so a new one reaches readers at once) and a «Bộ ảnh mạng xã hội».
  { what: 'Service worker', route: () => '/sw.js', type: 'text/javascript', cache: 'no-cache' },
  {
    what: 'Social images ZIP',
    route: () =>
      `/tai-lieu/${fs
        .readdirSync(path.join(release, 'tai-lieu'))
        .sort()
        .find((slug) =>
          fs.existsSync(path.join(release, 'tai-lieu', slug, 'bo-anh-mang-xa-hoi.zip')),
        )}/bo-anh-mang-xa-hoi.zip`,
    type: 'application/zip',
    cache: 'no-cache',
  },
]

/** Promised headers, with "no header" as undefined and media-type spacing normalised (`a;b` = `a; b`). */
function promised(headers: Record<string, string>): Record<string, string | undefined> {
  return Object.fromEntries(
    PROMISED.map((name) => [name, headers[name] ? headers[name].replace(/;\s*/g, '; ') : undefined]),
  )
}

describe('nginx serves the static site with the promised headers', () => {
  it.each(rows)('$what', async (row) => {
    const route = row.route()
    const response = await get(nginx.httpsUrl + route)
    expect(response.status, route).toBe(200)
    expect(response.body.equals(fileOf(route)), 'the file, byte for byte').toBe(true)
    const headers = response.headers
    expect(headers['x-content-type-options']).toBe('nosniff')
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin')
    expect(headers['content-type']).toBe(row.type)
    expect(headers['cache-control']).toBe(row.cache)
    expect(headers['content-security-policy']).toBe(row.file ? UPLOAD_CSP : undefined)
    expect(headers['content-disposition']).toBe(row.download ? 'attachment' : undefined)
    expect(headers['access-control-allow-origin']).toBe(row.cors ? '*' : undefined)

    // The same file from `npm start`'s Node server: the same promised headers. The one
    // difference: for an Office file Node sends no type at all, nginx names it (both download).
    const fromNode = await rawRequest(nodeUrl + route)
    expect(fromNode.status).toBe(200)
    const expected = promised(fromNode.headers)
    if (row.download && !expected['content-type']) expected['content-type'] = row.type
    if (row.type === 'application/octet-stream') expected['content-type'] = row.type
    expect(promised(headers)).toEqual(expected)
  })

  it('sizes oEmbed answers to maxwidth/maxheight exactly as `npm start` does', async () => {
    const index = JSON.parse(fs.readFileSync(path.join(release, 'du-lieu', 'tai-lieu.json'), 'utf8')) as {
      items: { slug: string; kind: string }[]
    }
    const video = index.items.find((m) => m.kind === 'video')
    const leaflet = index.items.find((m) => m.kind !== 'video')
    const queries = [
      '',
      '?maxwidth=300',
      '?maxheight=250',
      '?maxwidth=500&maxheight=300',
      '?maxwidth=0640',
      '?maxwidth=x',
    ]
    for (const material of [video, leaflet]) {
      for (const query of queries) {
        const route = `/oembed/${material?.slug}.json${query}`
        const fromNginx = await get(nginx.httpsUrl + route)
        const fromNode = await rawRequest(nodeUrl + route)
        expect(fromNginx.status, route).toBe(200)
        const answer = JSON.parse(fromNginx.body.toString('utf8')) as { width: number; height: number; html: string }
        expect(answer, route).toEqual(JSON.parse(fromNode.body.toString('utf8')))
        expect(answer.html).toContain(`width=${answer.width} height=${answer.height} `)
        const limits = new URLSearchParams(query)
        const maxwidth = Number(limits.get('maxwidth')) || Number.POSITIVE_INFINITY
        const maxheight = Number(limits.get('maxheight')) || Number.POSITIVE_INFINITY
        expect(answer.width, route).toBeLessThanOrEqual(maxwidth)
        expect(answer.height, route).toBeLessThanOrEqual(maxheight)
      }
    }
  })

  it('gzips HTML for a browser that accepts it, and leaves Pagefind’s already-compressed chunks alone', async () => {
    const page = await get(`${nginx.httpsUrl}/`, { 'accept-encoding': 'gzip, br' })
    expect(page.headers['content-encoding']).toBe('gzip')
    expect(page.headers.vary).toMatch(/Accept-Encoding/i)
    const html = fs.readFileSync(path.join(release, 'index.html'))
    expect(zlib.gunzipSync(page.body).equals(html)).toBe(true)
    expect(page.body.length).toBeLessThan(html.length / 2)

    const chunk = firstFile('pagefind/index', /\.pf_index$/)
    const index = await get(nginx.httpsUrl + chunk, { 'accept-encoding': 'gzip' })
    expect(index.headers['content-encoding']).toBeUndefined()
    expect(index.body.equals(fs.readFileSync(path.join(release, chunk)))).toBe(true)
  })

  it('sends an Astro bundle from the .gz file the build wrote beside it (gzip_static)', async () => {
    const script = firstFile('_astro', /\.js$/)
    const response = await get(nginx.httpsUrl + script, { 'accept-encoding': 'gzip' })
    expect(response.headers['content-encoding']).toBe('gzip')
    expect(response.body.equals(fs.readFileSync(path.join(release, `${script}.gz`)))).toBe(true)
  })

  it('answers a range request on a video (seeking), with the file headers', async () => {
    const video = firstFile('tep', /\.mp4$/)
    const part = await get(nginx.httpsUrl + video, { range: 'bytes=100-199' })
    expect(part.status).toBe(206)
    expect(part.body.equals(fs.readFileSync(path.join(release, video)).subarray(100, 200))).toBe(true)
    expect(part.headers['content-security-policy']).toBe(UPLOAD_CSP)
  })

  it('serves a page asked for without its trailing slash, as `npm start` does', async () => {
    const page = await get(`${nginx.httpsUrl}/tim-kiem`)
    expect(page.status).toBe(200)
    expect(page.body.equals(fs.readFileSync(path.join(release, 'tim-kiem', 'index.html')))).toBe(true)
  })

  it('answers an unknown address with the site’s own 404 page', async () => {
    const missing = await get(`${nginx.httpsUrl}/khong-co-trang-nay/`)
    expect(missing.status).toBe(404)
    expect(missing.headers['content-type']).toBe('text/html; charset=utf-8')
    expect(missing.headers['x-content-type-options']).toBe('nosniff')
    expect(missing.body.equals(fs.readFileSync(path.join(release, '404.html')))).toBe(true)
    // Not the bookkeeping beside the releases, nor anything outside the release.
    expect((await get(`${nginx.httpsUrl}/../dist.releases/.meta/`)).status).toBe(404)
  })

  it('moves plain http to https, keeping the path and query', async () => {
    const plain = await rawRequest(`${nginx.httpUrl}/tai-lieu/?trang=2`)
    expect(plain.status).toBe(301)
    expect(plain.headers.location).toBe(`${nginx.httpsUrl}/tai-lieu/?trang=2`)
  })
})
