/**
 * Publishing one material must reach the site fast, so the rebuild job builds
 * only what changed: the material's page, the listings it was or is on, and a
 * small delta search index. The next full build consolidates everything.
 * Everything runs for real: the hooks record the change, the job runs the
 * build child, and the files are read from the live release.
 */
import fs from 'node:fs'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import zlib from 'node:zlib'

import type { Payload } from 'payload'
import { afterAll, beforeAll, expect, it } from 'vitest'

import { CONSOLIDATE_REASON, REBUILD_TASK } from '@dvctt/cms/jobs/rebuildSite'
import type { Material } from '@dvctt/cms/payload-types'

import { countPages, liveRelease, readManifest } from '@dvctt/site/publish/releases'
import { serveSite } from '../../scripts/lib/site-server'
import { launchChromium } from '../e2e/browser'
import { describeWithDatabase, getTestPayload } from '../support/cms'
import { type Fixtures, fixtures, uniqueSuffix } from '../support/factories'
import {
  buildSiteOrFail,
  freshLiveSite,
  readPage,
  removeSiteDir,
  runPendingRebuilds as runBuilds,
  testSiteDir,
} from '../support/siteBuild'
import { type SearchView, withSearchPage } from '../support/searchPage'

/** Text of every fragment of a Pagefind index folder (gzip'd JSON). */
const indexText = (dir: string): string =>
  fs.existsSync(path.join(dir, 'fragment'))
    ? fs
        .readdirSync(path.join(dir, 'fragment'))
        .map((name) => zlib.gunzipSync(fs.readFileSync(path.join(dir, 'fragment', name))).toString('utf8'))
        .join('\n')
    : ''

describeWithDatabase('incremental publishing: changed pages, listings and a delta search index', () => {
  let payload: Payload
  let make: Fixtures
  let ownerUnit: Material['ownerUnit']
  const outDir = testSiteDir('publish-incremental')
  // Letters only: Pagefind splits "moi505855" into "moi" + "505855", which other files' titles ("mới", the run's token) also hold.
  const word = (name: string) =>
    `${name}${uniqueSuffix()
      .replace(/[^a-z0-9]/gi, '')
      .replace(/\d/g, (d) => 'qrstuvwxyz'[Number(d)] ?? '')}`.toLowerCase()
  let edited: Material
  let leaving: Material
  // Ranking (issue 18): words only this file's materials hold. `edited` (second for `shared` after a full
  // build) and the new material both hold `shared` and sit in the two-page delta index after the incremental
  // build, where Pagefind's own IDF of `shared` is near zero: unscaled, `edited` fell below the others.
  const shared = word('hang')
  /** In the owning unit's name only: shown with each result, never matched. */
  const unitWord = word('donvi')
  const apart = [word('mot'), word('hai'), word('ba')]
  let sharedPages: string[] = []
  let apartPages: string[] = []
  /** What the search page showed in the incremental state, compared after the full build. */
  const seen: { shared?: string[]; apart?: string[] } = {}

  const runPendingRebuilds = (): Promise<void> => runBuilds(payload, outDir)

  /** Ranking and facet counts as a citizen sees them; the first three results of each query, for comparison. */
  async function rankingChecks(search: (q: string) => Promise<SearchView>) {
    const one = await search(shared)
    expect(one.hrefs.slice(0, 4).sort()).toEqual([...sharedPages].sort())
    // Each page has one kind: the kind counts add up to the results, a changed page counted once.
    expect(one.total).toBe(4)
    expect(Object.values(await one.counts('Loại tài liệu')).reduce((a, b) => a + b, 0)).toBe(4)
    // Three words that exist, never in one page: the pages holding one each, and the reader is told.
    const three = await search(apart.join(' '))
    expect(three.hrefs.slice(0, 3).sort()).toEqual([...apartPages].sort())
    expect(three.notices.join(' ')).toMatch(/Không có tài liệu nào chứa đủ mọi từ.*không khớp/)
    // Display-only metadata matches nothing: not the owning unit's name, not the year of the update date.
    expect((await search(unitWord)).hrefs).toEqual([])
    // (Every page here was updated this year: with the date searchable, each would hold both words.)
    const dated = await search(`${shared} ${new Date().getFullYear()}`)
    expect(dated.notices.join(' ')).toMatch(/bỏ qua “\d{4}”|Không có tài liệu nào chứa đủ mọi từ/)
    return { shared: one.hrefs.slice(0, 3), apart: three.hrefs.slice(0, 3) }
  }

  beforeAll(async () => {
    payload = await getTestPayload()
    make = fixtures(payload)
    ownerUnit = (await make.createUnit({ name: `Trung tâm ${unitWord}` })).id
    edited = await make.createPublishedMaterial({
      ownerUnit,
      title: `Tờ rơi sẽ được sửa ${word('a')}`,
      summary: `${shared} ${shared} ${shared}: bản tóm tắt.`,
    })
    const ranked = [
      { title: `Tờ rơi ${shared}`, summary: 'Tóm tắt không có từ đó.' },
      { summary: `Nói về ${shared}.` },
      // Clearly apart in score (title, twice, once), so their order does not hang on a tie.
      { title: `Tờ rơi ${apart[0]}`, summary: 'Tóm tắt.' },
      { summary: `Chỉ nói về ${apart[1]}, ${apart[1]}.` },
      { summary: `Chỉ nói về ${apart[2]}.` },
    ]
    const made: Material[] = []
    for (const data of ranked) made.push(await make.createPublishedMaterial({ ownerUnit, ...data }))
    sharedPages = [edited, ...made.slice(0, 2)].map((m) => `/tai-lieu/${m.slug}/`)
    apartPages = made.slice(2).map((m) => `/tai-lieu/${m.slug}/`)
    leaving = await make.createPublishedMaterial({ ownerUnit, title: `Tờ rơi sẽ bị gỡ ${word('b')}` })
    // Start from a clean slate: what other files' fixtures queued is not this file's business.
    await freshLiveSite(payload, outDir)
  }, 240_000)

  afterAll(() => removeSiteDir(outDir))

  it('publishing, editing and unpublishing materials gives one incremental build with exactly those changes', {
    timeout: 240_000,
  }, async () => {
    const fresh = word('moi')
    const renamed = word('sua')
    const added = await make.createPublishedMaterial({
      ownerUnit,
      title: `Tờ rơi mới ${fresh}`,
      // Once, in a longer summary: last for `shared`.
      summary: `Một tờ rơi mới có nhắc tới ${shared} một lần trong bản tóm tắt dài hơn hẳn các tờ rơi khác, nhiều chữ hơn.`,
    })
    sharedPages.push(`/tai-lieu/${added.slug}/`)
    await payload.update({
      collection: 'materials',
      id: edited.id,
      data: { title: `Tờ rơi đã sửa ${renamed}`, _status: 'published' },
    })
    await payload.update({ collection: 'materials', id: leaving.id, data: { _status: 'draft' } })

    const changes = await payload.find({ collection: 'site-changes', overrideAccess: true, pagination: false })
    expect(changes.docs.map((c) => [c.scope, c.material]).sort()).toEqual(
      [String(added.id), String(edited.id), String(leaving.id)].map((id) => ['material', id]).sort(),
    )

    await runPendingRebuilds()
    const status = await payload.findGlobal({ slug: 'site-status' })
    expect(status.lastSuccess?.mode).toBe('incremental')
    expect(status.lastSuccess?.materials).toBe(3)
    expect((await payload.count({ collection: 'site-changes', overrideAccess: true })).totalDocs).toBe(0)

    // Pages: the new one and the edited one with their new content, the unpublished one gone.
    expect(readPage(outDir, `/tai-lieu/${added.slug}/`)).toContain(fresh)
    expect(readPage(outDir, `/tai-lieu/${edited.slug}/`)).toContain(renamed)
    expect(readPage(outDir, `/tai-lieu/${leaving.slug}/`)).toBeNull()
    // Listings and the JSON index show the change.
    const listing = readPage(outDir, '/tai-lieu/') ?? ''
    expect(listing).toContain(fresh)
    expect(listing).toContain(renamed)
    expect(listing).not.toContain(leaving.title)
    const json = readPage(outDir, '/du-lieu/tai-lieu.json') ?? ''
    expect(json).toContain(fresh)
    expect(json).not.toContain(leaving.title)
    // Feeds and oEmbed (site/src/lib/feeds.ts, oembed.ts): the unit's and the library's feeds list the change; the unpublished material's oEmbed is gone.
    const unitSlug = (
      await payload.findByID({ collection: 'units', id: typeof ownerUnit === 'object' ? ownerUnit.id : ownerUnit })
    ).slug
    for (const feed of ['nguon/tat-ca.xml', `nguon/don-vi/${unitSlug}.atom`, `nguon/don-vi/${unitSlug}.json`]) {
      const text = fs.readFileSync(path.join(outDir, feed), 'utf8')
      expect(text, feed).toContain(fresh)
      expect(text, feed).toContain(renamed)
      expect(text, feed).not.toContain(leaving.title)
    }
    expect(readPage(outDir, `/oembed/${added.slug}.json`)).toContain(fresh)
    expect(readPage(outDir, `/oembed/${leaving.slug}.json`)).toBeNull()

    // Search: the delta index holds the changed pages; stale and removed pages are listed for exclusion.
    const delta = indexText(path.join(outDir, 'pagefind-delta'))
    expect(delta).toContain(fresh)
    expect(delta).toContain(renamed)
    const excludeFile = fs.readFileSync(path.join(outDir, 'pagefind-delta', 'exclude.json'), 'utf8')
    const exclude = JSON.parse(excludeFile) as { index: boolean; exclude: string[] }
    expect(exclude.index).toBe(true)
    // The served file names no address: an unpublished page's URL must not stay on the site.
    expect(excludeFile).not.toContain(leaving.slug)
    const live = fs.realpathSync(outDir)
    const manifest = JSON.parse(
      fs.readFileSync(path.join(path.dirname(live), '.meta', path.basename(live), 'manifest.json'), 'utf8'),
    ) as {
      delta: { changed: string[]; removed: string[] }
    }
    expect(manifest.delta.removed).toContain(`/tai-lieu/${leaving.slug}/`)
    // The page count an incremental build reports (counted from the change) is the number of pages served.
    expect(status.lastSuccess?.pages).toBe(countPages(live))
    expect(manifest.delta.changed).toEqual(
      expect.arrayContaining([`/tai-lieu/${added.slug}/`, `/tai-lieu/${edited.slug}/`]),
    )
    // The base index still holds the old entries, which the search island drops by these IDs.
    expect(exclude.exclude.length).toBeGreaterThanOrEqual(2)
    expect(indexText(path.join(outDir, 'pagefind'))).toContain(leaving.title)

    // In Chromium, the search page finds the new material (delta index merged) and not the removed one (excluded).
    const server = await serveSite(outDir, 0)
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    const browser = await launchChromium()
    try {
      const page = await browser.newPage()
      const search = async (q: string) => {
        await page.goto(`${origin}/tim-kiem/?q=${encodeURIComponent(q)}`)
        await page.waitForFunction(() =>
          /Tìm thấy|Không tìm thấy|Chưa tải/.test(document.querySelector('[role=status]')?.textContent ?? ''),
        )
        return page.$$eval('.result__title a', (links) => links.map((a) => a.getAttribute('href') ?? ''))
      }
      // Pagefind may also return loose matches from other files' materials in the shared database
      // (seen: "moi…" matching a page titled "mới"), so each check names the page it is about.
      expect(await search(fresh)).toContain(`/tai-lieu/${added.slug}/`)
      expect(await search(renamed)).toContain(`/tai-lieu/${edited.slug}/`)
      expect(await search(leaving.title.split(' ').pop() ?? '')).not.toContain(`/tai-lieu/${leaving.slug}/`)
      // The edited page's old title is only in the base index's stale entry, which is dropped.
      expect(await search(edited.title.split(' ').pop() ?? '')).not.toContain(`/tai-lieu/${edited.slug}/`)
    } finally {
      await browser.close()
      await new Promise((resolve) => server.close(resolve))
    }
    await withSearchPage(outDir, async (search) => {
      Object.assign(seen, await rankingChecks(search))
    })

    // A consolidating full build waits for a quiet period.
    // (Only rebuilds: the every-minute schedule task may have been queued meanwhile.)
    const consolidation = await payload.find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: REBUILD_TASK }, completedAt: { exists: false } },
    })
    expect(consolidation.docs.map((job) => (job.input as { reason?: string }).reason)).toEqual([CONSOLIDATE_REASON])
    expect(new Date(consolidation.docs[0]?.waitUntil ?? 0).getTime()).toBeGreaterThan(Date.now() + 60_000)
  })

  it('the consolidating full build empties the delta and puts every change into the main search index', {
    timeout: 240_000,
  }, async () => {
    await runPendingRebuilds()
    const status = await payload.findGlobal({ slug: 'site-status' })
    expect(status.lastSuccess?.mode).toBe('full')
    // Only the empty manifest remains: no delta index, nothing excluded from the main one.
    expect(fs.readdirSync(path.join(outDir, 'pagefind-delta'))).toEqual(['exclude.json'])
    expect(JSON.parse(fs.readFileSync(path.join(outDir, 'pagefind-delta', 'exclude.json'), 'utf8'))).toEqual({
      index: false,
      exclude: [],
    })
    const manifest = readManifest(liveRelease(outDir) ?? '')
    expect(manifest?.mode).toBe('full')
    expect(manifest?.delta).toEqual({ changed: [], removed: [] })
    const base = indexText(path.join(outDir, 'pagefind'))
    expect(base).toContain(`/tai-lieu/${edited.slug}/`)
    expect(base).not.toContain(leaving.title)

    // The same content gives the same first results and counts as the delta index did.
    const full = await withSearchPage(outDir, rankingChecks)
    expect(full.shared).toEqual(seen.shared)
    expect(full.apart).toEqual(seen.apart)
  })

  it('an edit renders its listings only up to the page that held it, and they match a full build page for page', {
    timeout: 240_000,
  }, async () => {
    // 100 newer materials: "all materials" has at least 5 pages of 24.
    const batch: Material[] = []
    for (let i = 0; i < 100; i++)
      batch.push(await make.createPublishedMaterial({ ownerUnit, title: `Tờ rơi loạt ${word('loat')}` }))
    await runPendingRebuilds()
    // The 30th newest sits on page 2: pages 1-2 change (3 with the margin), the later ones do not.
    const middle = batch[70] as Material
    const title = `Tờ rơi sửa giữa danh sách ${word('giua')}`
    await payload.update({ collection: 'materials', id: middle.id, data: { title } })
    await runPendingRebuilds()
    const status = await payload.findGlobal({ slug: 'site-status' })
    expect(status.lastSuccess?.mode).toBe('incremental')
    const listingPages = fs.readdirSync(path.join(outDir, 'tai-lieu', 'trang')).length + 1
    expect(listingPages).toBeGreaterThanOrEqual(5)
    // Rendered: the page, "all materials" 1-3, the kind, unit and topic listings up to theirs, and the fixed pages.
    expect(status.lastSuccess?.renderedPages).toBeLessThan(status.lastSuccess?.pages ?? 0)
    const reference = path.join(path.dirname(outDir), 'reference')
    await buildSiteOrFail(reference)
    for (let page = 1; page <= listingPages; page++) {
      const route = page === 1 ? '/tai-lieu/' : `/tai-lieu/trang/${page}/`
      expect(readPage(outDir, route), `${route} equals a full build`).toBe(readPage(reference, route))
    }
    expect(readPage(outDir, '/tai-lieu/')).toContain(title)
    await payload.delete({ collection: 'payload-jobs', where: { id: { exists: true } } })
  })

  it('a change to anything but a material (a unit) asks for a full build', async () => {
    await payload.delete({ collection: 'site-changes', where: { id: { exists: true } }, overrideAccess: true })
    await make.createUnit()
    const changes = await payload.find({ collection: 'site-changes', overrideAccess: true })
    expect(changes.docs.map((c) => c.scope)).toEqual(['full'])
    await payload.delete({ collection: 'payload-jobs', where: { id: { exists: true } } })
    await payload.delete({ collection: 'site-changes', where: { id: { exists: true } }, overrideAccess: true })
  })
})
