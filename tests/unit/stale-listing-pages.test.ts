import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterEach, describe, expect, it } from 'vitest'

import { removeStalePages } from '../../site/publish/assemble'
import type { IncrementalScope } from '../../site/src/cms/buildRecord'

let release = ''

afterEach(() => fs.rmSync(release, { recursive: true, force: true }))

function page(route: string): void {
  const file = path.join(release, route, 'index.html')
  fs.mkdirSync(path.dirname(file), { recursive: true })
  fs.writeFileSync(file, '<!doctype html><title>x</title>')
}

const scope = (listings: string[]): IncrementalScope => ({
  routes: listings,
  pageRoutes: [],
  formerRoutes: [],
  listings,
  partial: {},
  slugs: {},
})

describe('an incremental publish over the live release', () => {
  it('removes a language-filtered listing its last material in that language left, and keeps the rendered ones', () => {
    release = fs.mkdtempSync(path.join(os.tmpdir(), 'dvctt-stale-'))
    for (const route of ['hmn', 'hmn/loai/to-roi', 'hmn/loai/to-roi/trang/2', 'hmn/chu-de/thue', 'loai/to-roi'])
      page(route)
    const rendered = new Set(['hmn/index.html', 'loai/to-roi/index.html', 'hmn/chu-de/thue/index.html'])

    const { removedPages } = removeStalePages(
      release,
      scope(['/hmn/', '/hmn/loai/to-roi/', '/hmn/chu-de/thue/', '/loai/to-roi/']),
      rendered,
    )

    expect(fs.existsSync(path.join(release, 'hmn/loai/to-roi/index.html'))).toBe(false)
    expect(fs.existsSync(path.join(release, 'hmn/loai/to-roi/trang'))).toBe(false)
    expect(removedPages).toBe(2)
    for (const kept of ['hmn/index.html', 'hmn/chu-de/thue/index.html', 'loai/to-roi/index.html'])
      expect(fs.existsSync(path.join(release, kept)), kept).toBe(true)
  })
})
