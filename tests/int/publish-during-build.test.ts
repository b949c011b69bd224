/**
 * A material approved while a site build runs must go live right after that
 * build. (The bug: at the end of the running build the job queued the
 * ten-minute consolidation under the same concurrency key with `supersedes`,
 * which deleted the waiting publish job; the page stayed 404 until then.)
 * Real jobs, real builds: the queue is run the way the CMS server's runner
 * does, only jobs that are due, every 250 ms.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, expect, it } from 'vitest'

import { FULL_REBUILD_AFTER_MS, REBUILD_QUEUE, REBUILD_TASK } from '@dvctt/cms/jobs/rebuildSite'
import type { Material } from '@dvctt/cms/payload-types'

import { describeWithDatabase, getTestPayload } from '../support/cms'
import { type Fixtures, fixtures } from '../support/factories'
import { freshLiveSite, readPage, removeSiteDir, testSiteDir } from '../support/siteBuild'

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describeWithDatabase('a material published while the site is being built', () => {
  let payload: Payload
  let make: Fixtures
  let ownerUnit: Material['ownerUnit']
  const outDir = testSiteDir('publish-during-build')

  beforeAll(async () => {
    payload = await getTestPayload()
    make = fixtures(payload)
    ownerUnit = (await make.createUnit()).id
    await make.createPublishedMaterial({ ownerUnit })
    await freshLiveSite(payload, outDir)
  }, 240_000)

  afterAll(() => removeSiteDir(outDir))

  it('goes live right after the running build, not at the consolidation', { timeout: 300_000 }, async () => {
    expect(FULL_REBUILD_AFTER_MS).toBeGreaterThan(120_000)
    process.env.SITE_DIST_DIR = outDir
    let stop = false
    // The server's runner: due jobs only, one after another.
    const runner = (async () => {
      while (!stop) {
        await payload.jobs.run({ queue: REBUILD_QUEUE, limit: 1 })
        await sleep(250)
      }
    })()
    try {
      const first = await make.createPublishedMaterial({ ownerUnit, title: 'Tờ rơi duyệt trước khi dựng' })
      // Wait for the build of the first to start.
      const deadline = Date.now() + 60_000
      while (!(await payload.findGlobal({ slug: 'site-status' })).running?.since && Date.now() < deadline)
        await sleep(100)
      expect((await payload.findGlobal({ slug: 'site-status' })).running?.since, 'a build is running').toBeTruthy()

      const during = await make.createPublishedMaterial({ ownerUnit, title: 'Tờ rơi duyệt trong lúc dựng' })
      const approvedAt = Date.now()
      let servedAfterMs: number | null = null
      while (Date.now() - approvedAt < 120_000) {
        if (readPage(outDir, `/tai-lieu/${during.slug}/`)?.includes('Tờ rơi duyệt trong lúc dựng')) {
          servedAfterMs = Date.now() - approvedAt
          break
        }
        await sleep(250)
      }
      expect(readPage(outDir, `/tai-lieu/${first.slug}/`), 'the first material went live').toContain(
        'Tờ rơi duyệt trước khi dựng',
      )
      expect(servedAfterMs, 'the material approved during the build is on the site within two minutes').not.toBeNull()

      // Once both are live, the consolidation waits for quiet, minutes ahead; nothing else is left waiting.
      await sleep(1000)
      const waiting = await payload.find({
        collection: 'payload-jobs',
        where: {
          and: [
            { taskSlug: { equals: REBUILD_TASK } },
            { completedAt: { exists: false } },
            { processing: { equals: false } },
          ],
        },
        depth: 0,
      })
      expect(waiting.docs.map((job) => (job.input as { reason?: string }).reason)).toEqual(['consolidate'])
      expect((await payload.count({ collection: 'site-changes', overrideAccess: true })).totalDocs).toBe(0)
    } finally {
      stop = true
      await runner
      delete process.env.SITE_DIST_DIR
    }
  })
})
