/**
 * `npm start`'s static server (scripts/lib/site-server.ts) over real HTTP, in
 * front of a small release with the siblings the build writes
 * (site/publish/precompress.ts): what a browser gets for Pagefind's index
 * files, Astro's bundles and pages, in which encoding, with which cache lifetime.
 */
import fs from 'node:fs'
import type http from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'

import { precompressRelease } from '@dvctt/site/publish/precompress'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { serveSite } from '../../scripts/lib/site-server'
import { rawRequest } from '../support/rawHttp'

/** What Chromium sends. */
const BROWSER = { 'accept-encoding': 'gzip, deflate, br, zstd' }
const GZIP_ONLY = { 'accept-encoding': 'gzip' }
const IMMUTABLE = 'public, max-age=31536000, immutable'

let dir: string
let server: http.Server
let origin: string

/** Pagefind writes its index files gzip-compressed, its own marker first. */
const pagefindFile = (words: string) => zlib.gzipSync(Buffer.from(`pagefind_dcd${words.repeat(200)}`))
const write = (file: string, content: string | Buffer) => {
  fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
  fs.writeFileSync(path.join(dir, file), content)
}
const read = (file: string) => fs.readFileSync(path.join(dir, file))
const get = (route: string, headers: Record<string, string> = {}) => rawRequest(origin + route, { headers })

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'site-server-'))
  write('index.html', `<!doctype html><title>Trang chủ</title>${'<p>Thủ tục hành chính</p>'.repeat(100)}`)
  write('_astro/Search.abc123.js', `export const a = ${JSON.stringify('tìm kiếm '.repeat(300))}`)
  write('pagefind/pagefind.js', `const pagefind = ${JSON.stringify('pagefind '.repeat(300))}`)
  write('pagefind/pagefind-entry.json', JSON.stringify({ version: '1.6.0', languages: { vi: { page_count: 3 } } }))
  write('pagefind/pagefind.vi_abc.pf_meta', pagefindFile('vi_0a1b2c3 '))
  write('pagefind/wasm.unknown.pagefind', pagefindFile('wasm '))
  write('pagefind/index/vi_1.pf_index', pagefindFile('dang ky khai sinh '))
  write('pagefind/fragment/vi_1.pf_fragment', pagefindFile('{"url":"/tai-lieu/a/"}'))
  await precompressRelease(dir)
  server = await serveSite(dir, 0)
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(async () => {
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)))
  fs.rmSync(dir, { recursive: true, force: true })
})

describe('the static server: pre-compressed siblings and cache lifetimes', () => {
  it.each([
    ['the index metadata', '/pagefind/pagefind.vi_abc.pf_meta', IMMUTABLE],
    ['a word chunk', '/pagefind/index/vi_1.pf_index', IMMUTABLE],
    ['the wasm', '/pagefind/wasm.unknown.pagefind', 'no-cache'],
  ])('sends %s to a browser as brotli of what Pagefind wrote, smaller than its gzip', async (_, route, cache) => {
    const response = await get(route, BROWSER)
    expect(response.status).toBe(200)
    expect(response.headers['content-encoding']).toBe('br')
    expect(response.headers.vary).toMatch(/Accept-Encoding/i)
    expect(response.headers['cache-control']).toBe(cache)
    const original = read(route)
    // The browser hands Pagefind the decompressed bytes, which start with its marker.
    expect(zlib.brotliDecompressSync(response.body).equals(zlib.gunzipSync(original))).toBe(true)
    expect(response.body.length).toBeLessThan(original.length)
  })

  it('sends a client without brotli the gzip file Pagefind wrote, byte for byte and not compressed again', async () => {
    const route = '/pagefind/pagefind.vi_abc.pf_meta'
    const response = await get(route, GZIP_ONLY)
    expect(response.headers['content-encoding']).toBeUndefined()
    expect(response.body.equals(read(route))).toBe(true)
  })

  it('leaves fragments as Pagefind wrote them, cached for a year', async () => {
    const route = '/pagefind/fragment/vi_1.pf_fragment'
    const response = await get(route, BROWSER)
    expect(response.headers['content-encoding']).toBeUndefined()
    expect(response.headers['cache-control']).toBe(IMMUTABLE)
    expect(response.body.equals(read(route))).toBe(true)
  })

  it('sends a hashed Astro bundle from its brotli or gzip sibling, cached for a year', async () => {
    const route = '/_astro/Search.abc123.js'
    const br = await get(route, BROWSER)
    expect(br.headers['content-encoding']).toBe('br')
    expect(br.headers['content-type']).toMatch(/^text\/javascript/)
    expect(br.headers['cache-control']).toBe(IMMUTABLE)
    expect(zlib.brotliDecompressSync(br.body).equals(read(route))).toBe(true)
    const gz = await get(route, GZIP_ONLY)
    expect(gz.headers['content-encoding']).toBe('gzip')
    expect(gz.body.equals(read(`${route}.gz`))).toBe(true)
    expect(zlib.gunzipSync(gz.body).equals(read(route))).toBe(true)
  })

  it('revalidates pages, pagefind.js and the entry file, answering 304 when unchanged', async () => {
    for (const route of ['/', '/pagefind/pagefind.js', '/pagefind/pagefind-entry.json']) {
      const first = await get(route, BROWSER)
      expect(first.status, route).toBe(200)
      expect(first.headers['cache-control'], route).toBe('no-cache')
      const again = await get(route, { ...BROWSER, 'if-none-match': first.headers.etag ?? '' })
      expect(again.status, route).toBe(304)
    }
    const page = await get('/', BROWSER)
    expect(page.headers['content-encoding']).toBe('br')
    expect(zlib.brotliDecompressSync(page.body).equals(read('index.html'))).toBe(true)
  })

  it('rewrites a sibling older than its file (a rebuilt bundle), and only that one', async () => {
    const route = '/pagefind/pagefind.js'
    write(route, `const pagefind = ${JSON.stringify('phiên bản mới '.repeat(300))}`)
    // Its siblings were written by an earlier build.
    const earlier = new Date(Date.now() - 3_600_000)
    for (const sibling of [`${route}.br`, `${route}.gz`]) fs.utimesSync(path.join(dir, sibling), earlier, earlier)
    expect(await precompressRelease(dir)).toBe(2)
    const response = await get(route, BROWSER)
    expect(zlib.brotliDecompressSync(response.body).toString()).toContain('phiên bản mới')
    expect(await precompressRelease(dir)).toBe(0)
  })

  it('takes the siblings of identical files from the previous release, never those of a file that changed', async () => {
    const next = fs.mkdtempSync(path.join(os.tmpdir(), 'site-server-next-'))
    try {
      fs.cpSync(dir, next, { recursive: true, filter: (from) => !/\.(br|gz)$/.test(from) })
      // The previous release's sibling, recognisable: a valid brotli of the same bytes at another quality.
      const bundle = '_astro/Search.abc123.js'
      const marked = zlib.brotliCompressSync(read(bundle), { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 1 } })
      write(`${bundle}.br`, marked)
      // A new Pagefind would write another wasm under the same name.
      const wasm = 'pagefind/wasm.unknown.pagefind'
      fs.writeFileSync(path.join(next, wasm), pagefindFile('new wasm '))
      await precompressRelease(next, undefined, dir)
      expect(fs.readFileSync(path.join(next, `${bundle}.br`)).equals(marked)).toBe(true)
      const wasmBr = zlib.brotliDecompressSync(fs.readFileSync(path.join(next, `${wasm}.br`))).toString()
      expect(wasmBr).toContain('new wasm')
    } finally {
      fs.rmSync(next, { recursive: true, force: true })
    }
  })
})
