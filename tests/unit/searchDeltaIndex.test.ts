/**
 * The delta index of an incremental build (site/publish/search.ts) with the real
 * Pagefind indexer: a page published again without a change to its indexed text
 * keeps its base entry; only a page whose text changed goes into the delta and
 * has its base entry excluded. Before, the unchanged page sat in both indexes
 * under the same ID (never excluded), so the merged search held it twice.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { pagefindIdsByUrl, writeBaseIndex, writeDeltaExclusions, writeDeltaIndex } from '@dvctt/site/publish/search'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

let dir: string
let meta: string

const page = (title: string, body: string) =>
  `<!doctype html><html lang="vi"><head><title>${title}</title></head><body><main data-pagefind-body><h1>${title}</h1><p>${body}</p></main></body></html>`

function write(url: string, html: string): void {
  fs.mkdirSync(path.join(dir, url), { recursive: true })
  fs.writeFileSync(path.join(dir, url, 'index.html'), html)
}

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'search-delta-'))
  meta = fs.mkdtempSync(path.join(os.tmpdir(), 'search-delta-meta-'))
  write('/tai-lieu/giu-nguyen/', page('Tờ rơi giữ nguyên', 'Đăng ký khai sinh trên điện thoại.'))
  write('/tai-lieu/da-sua/', page('Tờ rơi sẽ sửa', 'Đăng ký kết hôn.'))
  write('/tai-lieu/khac/', page('Tờ rơi khác', 'Đăng ký thường trú.'))
})

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true })
  fs.rmSync(meta, { recursive: true, force: true })
})

describe('delta search index', () => {
  it('holds only pages whose indexed text changed; an unchanged page keeps its base entry', async () => {
    await writeBaseIndex(dir)
    const baseIds = pagefindIdsByUrl(dir)
    fs.writeFileSync(path.join(meta, 'pagefind-ids.json'), JSON.stringify(baseIds))
    // Both pages published again; only one has new text.
    write('/tai-lieu/da-sua/', page('Tờ rơi đã sửa', 'Đăng ký kết hôn trực tuyến.'))
    const changed = ['/tai-lieu/giu-nguyen/', '/tai-lieu/da-sua/']

    const delta = await writeDeltaIndex(dir, changed, baseIds)
    expect(delta.ids).toHaveLength(1)
    expect(delta.ids).not.toContain(baseIds['/tai-lieu/giu-nguyen/'])
    expect(Object.keys(pagefindIdsByUrl(dir, 'pagefind-delta'))).toEqual(['/tai-lieu/da-sua/'])
    expect([...delta.current]).toEqual([baseIds['/tai-lieu/giu-nguyen/']])

    writeDeltaExclusions(dir, meta, { changed, removed: [] }, new Set(delta.ids), 'x', delta.current)
    const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'pagefind-delta', 'exclude.json'), 'utf8'))
    expect(manifest).toMatchObject({ index: true, exclude: [baseIds['/tai-lieu/da-sua/']], delta: delta.ids })
  }, 60_000)
})
