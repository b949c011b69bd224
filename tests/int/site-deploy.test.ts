/**
 * Deploying the public site: a new build becomes live only through an atomic
 * symlink swap after its checks, so a failed or killed build leaves the live
 * site as it was, and requests during swaps never fail.
 */
import fs from 'node:fs'
import type http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, expect, it } from 'vitest'

import { REBUILD_QUEUE, REBUILD_TASK } from '@dvctt/cms/jobs/rebuildSite'

import { serveSite } from '../../scripts/lib/site-server'
import { launchChromium } from '../e2e/browser'
import {
  checkBuild,
  countPages,
  liveRelease,
  pruneReleases,
  releasesDirOf,
  swapLive,
} from '@dvctt/site/publish/releases'
import { describeWithDatabase, getTestPayload } from '../support/cms'
import { fixtures } from '../support/factories'
import { CmsHttpClient } from '../support/http'
import { buildSiteOrFail, readPage, removeSiteDir, startSiteBuild, testSiteDir } from '../support/siteBuild'

const stagingDirs = (outDir: string): string[] =>
  fs.readdirSync(releasesDirOf(outDir)).filter((name) => name.startsWith('.staging-'))

describeWithDatabase('site deploy: atomic swap, failed and killed builds, serving during swaps', () => {
  let payload: Payload
  const outDir = testSiteDir('site-deploy')
  let material: { slug?: string | null; title: string }

  beforeAll(async () => {
    payload = await getTestPayload()
    const make = fixtures(payload)
    const ownerUnit = (await make.createUnit()).id
    material = await make.createPublishedMaterial({ ownerUnit, title: `Tờ rơi triển khai an toàn ${Date.now()}` })
    removeSiteDir(outDir)
    await buildSiteOrFail(outDir)
  }, 240_000)

  afterAll(() => removeSiteDir(outDir))

  it('the live site is a symlink to a checked release holding home, search page and index', () => {
    expect(fs.lstatSync(outDir).isSymbolicLink()).toBe(true)
    const live = liveRelease(outDir)
    expect(live && path.dirname(live)).toBe(fs.realpathSync(releasesDirOf(outDir)))
    expect(readPage(outDir, '/')).toContain('<html')
    expect(readPage(outDir, '/tim-kiem/')).not.toBeNull()
    expect(fs.existsSync(path.join(outDir, 'pagefind', 'pagefind-entry.json'))).toBe(true)
    expect(readPage(outDir, `/tai-lieu/${material.slug}/`)).toContain(material.title)
  })

  it('a plain output folder from before releases is moved aside at the first deploy, then pruned like any release', () => {
    const out = path.join(path.dirname(outDir), 'legacy', 'dist')
    fs.mkdirSync(out, { recursive: true })
    fs.writeFileSync(path.join(out, 'index.html'), 'cũ')
    expect(liveRelease(out)).toBe(out)
    const releases = releasesDirOf(out)
    const make = (name: string) => {
      fs.mkdirSync(path.join(releases, name), { recursive: true })
      fs.writeFileSync(path.join(releases, name, 'index.html'), name)
      return path.join(releases, name)
    }
    swapLive(out, make('20300101-000000-000-full'))
    expect(fs.lstatSync(out).isSymbolicLink()).toBe(true)
    expect(fs.readFileSync(path.join(out, 'index.html'), 'utf8')).toBe('20300101-000000-000-full')
    const legacy = fs.readdirSync(releases).filter((name) => name.includes('legacy'))
    expect(legacy).toHaveLength(1)
    for (const name of ['20300102-000000-000-full', '20300103-000000-000-full', '20300104-000000-000-full'])
      swapLive(out, make(name))
    pruneReleases(out)
    expect(
      fs
        .readdirSync(releases)
        .filter((name) => !name.startsWith('.'))
        .sort(),
    ).toEqual(['20300102-000000-000-full', '20300103-000000-000-full', '20300104-000000-000-full'])
  })

  it('a build made to fail (an unusable data source) keeps the old site: same release, same content', {
    timeout: 120_000,
  }, async () => {
    const before = { release: liveRelease(outDir), home: readPage(outDir, '/') }
    const outcome = await startSiteBuild(outDir, { CMS_SOURCE: 'khong-co' }).done
    expect(outcome.code).not.toBe(0)
    expect(outcome.log).toContain('CMS_SOURCE')
    expect(outcome.log).toContain('vẫn được giữ nguyên')
    expect(liveRelease(outDir)).toBe(before.release)
    expect(readPage(outDir, '/')).toBe(before.home)
    expect(stagingDirs(outDir)).toEqual([])
  })

  it('a build with far fewer pages than the live site is refused, in Vietnamese, unless SITE_ALLOW_SHRINK=1', () => {
    const live = liveRelease(outDir) ?? ''
    const pages = countPages(live)
    expect(() => checkBuild(live, pages, pages * 3)).toThrow(/ít hơn một nửa.*SITE_ALLOW_SHRINK=1/)
    process.env.SITE_ALLOW_SHRINK = '1'
    try {
      expect(() => checkBuild(live, pages, pages * 3)).not.toThrow()
    } finally {
      delete process.env.SITE_ALLOW_SHRINK
    }
    expect(() => checkBuild(path.join(live, 'tep'), 100, null)).toThrow(/thiếu trang chủ/)
  })

  it('a build killed midway keeps the old site, and the next build removes its leftovers', {
    timeout: 240_000,
  }, async () => {
    const before = { release: liveRelease(outDir), home: readPage(outDir, '/') }
    const { child, done } = startSiteBuild(outDir)
    // Kill it once Astro is writing into its staging folder.
    const deadline = Date.now() + 60_000
    while (stagingDirs(outDir).length === 0 && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 50))
    expect(stagingDirs(outDir).length).toBeGreaterThan(0)
    await new Promise((resolve) => setTimeout(resolve, 700))
    child.kill('SIGKILL')
    const outcome = await done
    expect(outcome.signal).toBe('SIGKILL')
    expect(liveRelease(outDir)).toBe(before.release)
    expect(readPage(outDir, '/')).toBe(before.home)
    const leftovers = stagingDirs(outDir)
    expect(leftovers.length).toBeGreaterThan(0)

    const result = await buildSiteOrFail(outDir)
    expect(result.removedStaging).toEqual(expect.arrayContaining(leftovers))
    expect(stagingDirs(outDir)).toEqual([])
    expect(liveRelease(outDir)).not.toBe(before.release)
  })

  it('a failed rebuild job records the error and the log tail in the site status shown in the admin', {
    timeout: 120_000,
  }, async () => {
    await payload.delete({ collection: 'payload-jobs', where: { id: { exists: true } } })
    const release = liveRelease(outDir)
    process.env.SITE_DIST_DIR = outDir
    process.env.CMS_SOURCE = 'khong-co'
    try {
      await payload.jobs.queue({ task: REBUILD_TASK, queue: REBUILD_QUEUE, input: { reason: 'test' } })
      await payload.jobs.run({ queue: REBUILD_QUEUE })
    } finally {
      delete process.env.CMS_SOURCE
      delete process.env.SITE_DIST_DIR
    }
    const status = await payload.findGlobal({ slug: 'site-status' })
    expect(status.lastError?.message).toMatch(/thất bại.*Trang cũ vẫn được giữ nguyên/)
    expect(status.lastError?.log).toContain('CMS_SOURCE')
    expect(status.running?.since ?? null).toBeNull()
    expect(liveRelease(outDir)).toBe(release)
    await payload.delete({ collection: 'payload-jobs', where: { id: { exists: true } } })
  })

  it('"Dựng lại ngay" (POST /api/globals/site-status/rebuild) queues a full rebuild for editors and refuses contributors', async () => {
    await payload.delete({ collection: 'payload-jobs', where: { id: { exists: true } } })
    await payload.delete({ collection: 'site-changes', where: { id: { exists: true } }, overrideAccess: true })
    const make = fixtures(payload)
    const contributor = new CmsHttpClient()
    const { login: contributorLogin } = await make.createUser('contributor')
    await contributor.login(contributorLogin.email, contributorLogin.password)
    const refused = await contributor.post('/globals/site-status/rebuild', {})
    expect(refused.status).toBe(403)
    expect(refused.text).toContain('Trang hiện tại vẫn được giữ nguyên')
    // Rebuild jobs only: the every-minute schedule task may be queued meanwhile on a slow machine.
    expect(
      (await payload.count({ collection: 'payload-jobs', where: { taskSlug: { equals: REBUILD_TASK } } })).totalDocs,
    ).toBe(0)

    const editor = new CmsHttpClient()
    const { login } = await make.createUser('editor')
    await editor.login(login.email, login.password)
    const accepted = await editor.post('/globals/site-status/rebuild', {})
    expect(accepted.status).toBe(202)
    const changes = await payload.find({ collection: 'site-changes', overrideAccess: true })
    expect(changes.docs.map((c) => c.scope)).toEqual(['full'])
    const jobs = await payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: REBUILD_TASK } } })
    expect(jobs.docs).toHaveLength(1)
    await payload.delete({ collection: 'payload-jobs', where: { id: { exists: true } } })
    await payload.delete({ collection: 'site-changes', where: { id: { exists: true } }, overrideAccess: true })
  })

  it('two builds started together never run at once: the second waits for the first, both go live in turn', {
    timeout: 240_000,
  }, async () => {
    const first = startSiteBuild(outDir)
    const second = startSiteBuild(outDir)
    let mostAtOnce = 0
    let finished = false
    const watching = (async () => {
      while (!finished) {
        mostAtOnce = Math.max(mostAtOnce, stagingDirs(outDir).length)
        await new Promise((resolve) => setTimeout(resolve, 25))
      }
    })()
    const outcomes = await Promise.all([first.done, second.done])
    finished = true
    await watching
    expect(outcomes.map((o) => o.code)).toEqual([0, 0])
    expect(mostAtOnce).toBe(1)
    const releases = outcomes.map((o) => o.result?.release)
    expect(new Set(releases).size).toBe(2)
    expect(releases).toContain(liveRelease(outDir))
  })

  it('a search page left open across a full rebuild still finds what was published meanwhile (it reloads the live index once)', {
    timeout: 240_000,
  }, async () => {
    const make = fixtures(payload)
    const ownerUnit = (await make.createUnit()).id
    const before = `Tờ rơi trước khi dựng lại ${Date.now()}`
    await make.createPublishedMaterial({ ownerUnit, title: before })
    await buildSiteOrFail(outDir)
    const server = await serveSite(outDir, 0)
    const browser = await launchChromium()
    try {
      const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
      const page = await browser.newPage()
      const search = async (q: string): Promise<string[]> => {
        await page.locator('input[name="q"]').fill(q)
        await page.locator('input[name="q"]').press('Enter')
        await page.waitForFunction(
          (query) =>
            (document.querySelector('[role=status]')?.textContent ?? '').includes(query) ||
            /Chưa tải|không tải/i.test(document.querySelector('[role=status]')?.textContent ?? ''),
          q,
        )
        return page.$$eval('.result__title', (titles) => titles.map((t) => t.textContent?.trim() ?? ''))
      }
      await page.goto(`${origin}/tim-kiem/`)
      expect(await search('trước khi dựng lại')).toContain(before)

      // Published and rebuilt (new index chunk names) while the page stays open.
      const word = `xuatban${Date.now().toString(36).replace(/\d/g, '')}`
      const after = `Tờ rơi sau khi dựng lại ${word}`
      await make.createPublishedMaterial({ ownerUnit, title: after })
      await buildSiteOrFail(outDir)
      expect(await search(word)).toContain(after)
    } finally {
      await browser.close()
      await new Promise((resolve) => server.close(resolve))
    }
  })

  it('under a loop of HTTP requests during swaps (direct swaps and a real build), zero requests fail', {
    timeout: 240_000,
  }, async () => {
    const server: http.Server = await serveSite(outDir, 0)
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    const routes = [
      '/',
      '/tim-kiem/',
      '/tai-lieu/',
      `/tai-lieu/${material.slug}/`,
      '/pagefind/pagefind-entry.json',
      '/du-lieu/tai-lieu.json',
    ]
    const failures: string[] = []
    let requests = 0
    let running = true
    const worker = async (offset: number) => {
      for (let i = offset; running; i++) {
        const route = routes[i % routes.length] ?? '/'
        try {
          const response = await fetch(origin + route)
          const body = await response.arrayBuffer()
          if (response.status !== 200 || body.byteLength === 0)
            failures.push(`${route}: HTTP ${response.status}, ${body.byteLength} bytes`)
        } catch (error) {
          failures.push(`${route}: ${error instanceof Error ? error.message : String(error)}`)
        }
        requests++
      }
    }
    const workers = [0, 1, 2, 3].map(worker)
    try {
      // Swap back and forth between the two newest releases, 40 times, as fast as possible.
      const releases = fs
        .readdirSync(releasesDirOf(outDir))
        .filter((name) => !name.startsWith('.'))
        .sort()
        .slice(-2)
      for (let i = 0; i < 40; i++) {
        swapLive(outDir, path.join(releasesDirOf(outDir), releases[i % 2] ?? ''))
        await new Promise((resolve) => setTimeout(resolve, 25))
      }
      // And a real build, swapped in while the requests go on.
      await buildSiteOrFail(outDir)
    } finally {
      running = false
      await Promise.all(workers)
      await new Promise((resolve) => server.close(resolve))
    }
    expect(failures).toEqual([])
    expect(requests).toBeGreaterThan(200)
  })
})
