/**
 * Jobs on several processes: two real `npm run worker` processes (scripts/worker.ts)
 * on this project's database, while this process publishes as the CMS server does
 * with CMS_JOBS=worker (it runs no job itself). A burst of 20 publishes must give
 * one or two builds, never two at once, and every material must end up live.
 * Evidence: each worker's log (start and end of every build, timed as it arrives)
 * and the release manifests the publisher wrote.
 */
import fs from 'node:fs'

import type { Payload } from 'payload'
import { afterAll, beforeAll, expect, it } from 'vitest'

import { withJobLock } from '@dvctt/cms/jobs/jobLock'
import { REBUILD_TASK } from '@dvctt/cms/jobs/rebuildSite'
import type { Material } from '@dvctt/cms/payload-types'

import { describeWithDatabase, getTestPayload } from '../support/cms'
import { fixtures } from '../support/factories'
import { applyScheduleNow } from '../../scripts/lib/schedule'
import { readPage, removeSiteDir, testSiteDir } from '../support/siteBuild'
import {
  type Worker,
  buildsOf,
  expectNoOverlap,
  logOf,
  releasesSince,
  sleep,
  startWorker,
  waitForLine,
} from '../support/workers'

const BURST = 20

async function settled(payload: Payload, outDir: string, slugs: string[]): Promise<boolean> {
  if (slugs.some((slug) => !readPage(outDir, `/tai-lieu/${slug}/`))) return false
  if ((await payload.count({ collection: 'site-changes', overrideAccess: true })).totalDocs > 0) return false
  const unfinished = await payload.find({
    collection: 'payload-jobs',
    where: { and: [{ taskSlug: { equals: REBUILD_TASK } }, { completedAt: { exists: false } }] },
    depth: 0,
    pagination: false,
  })
  return unfinished.docs.every((job) => !job.processing && (job.input as { reason?: string }).reason === 'consolidate')
}

describeWithDatabase('site jobs on two worker processes', () => {
  let payload: Payload
  const outDir = testSiteDir('jobs-workers')
  const workers: Worker[] = []
  let ownerUnit: Material['ownerUnit']

  beforeAll(async () => {
    payload = await getTestPayload()
    ownerUnit = (await fixtures(payload).createUnit()).id
    // The project's database is shared with the other files: nothing of theirs may fall due or be
    // waiting once the workers run (their first build, of everything, comes with the burst).
    await applyScheduleNow(payload)
    await payload.delete({ collection: 'payload-jobs', where: { id: { exists: true } } })
    await payload.delete({ collection: 'site-changes', where: { id: { exists: true } }, overrideAccess: true })
    workers.push(startWorker('worker A', outDir), startWorker('worker B', outDir))
    await Promise.all(workers.map((worker) => waitForLine(worker, /Tiến trình chạy việc nền sẵn sàng/, 90_000)))
  }, 240_000)

  afterAll(async () => {
    for (const worker of workers) if (worker.child.exitCode === null) worker.child.kill('SIGKILL')
    removeSiteDir(outDir)
  })

  it('builds a burst of 20 publishes once or twice, never two builds at once', { timeout: 180_000 }, async () => {
    const make = fixtures(payload)
    const burstStart = Date.now()
    const published = []
    for (let i = 1; i <= BURST; i++)
      published.push(await make.createPublishedMaterial({ ownerUnit, title: `Tờ rơi loạt xuất bản số ${i}` }))
    const burstSeconds = (Date.now() - burstStart) / 1000

    const slugs = published.map((material) => String(material.slug))
    const deadline = Date.now() + 120_000
    while (!(await settled(payload, outDir, slugs)) && Date.now() < deadline) await sleep(500)
    // A stray extra build would start within a debounce and a cron tick.
    await sleep(4000)
    const liveAt = Date.now()

    const builds = workers.flatMap((worker) => buildsOf(worker, burstStart))
    const releases = releasesSince(outDir, burstStart)
    const backedOff = workers.flatMap((w) => w.lines).filter((l) => l.text.includes('Một tiến trình khác đang dựng'))
    console.log(
      `${BURST} publishes in ${burstSeconds.toFixed(1)} s → ${builds.length} build(s) ` +
        `(${builds.map((b) => `${b.worker} ${(((b.end ?? liveAt) - b.start) / 1000).toFixed(1)} s`).join(', ')}), ` +
        `${releases.length} release(s), ${backedOff.length} rebuild(s) backed off for a running one; ` +
        `all live ${((liveAt - 4000 - burstStart) / 1000).toFixed(1)} s after the first publish`,
    )

    for (const [i, material] of published.entries())
      expect(readPage(outDir, `/tai-lieu/${material.slug}/`), `material ${i + 1} is live`).toContain(
        `Tờ rơi loạt xuất bản số ${i + 1}`,
      )
    expect(builds.length, workers.map(logOf).join('\n----\n')).toBeGreaterThanOrEqual(1)
    expect(builds.length, workers.map(logOf).join('\n----\n')).toBeLessThanOrEqual(2)
    expectNoOverlap(builds, 'build (workers’ logs)')
    expect(releases.length, 'one release per build').toBe(builds.length)
    expectNoOverlap(releases, 'release (manifests)')
    const status = await payload.findGlobal({ slug: 'site-status' })
    expect(status.running?.since ?? null, 'the dashboard shows no build running').toBeNull()
    expect(Date.parse(String(status.lastSuccess?.at)), 'the dashboard shows the last build').toBeGreaterThan(burstStart)
  })

  it('no worker builds while another process holds the site’s rebuild lock; the change waits, then goes live', {
    timeout: 120_000,
  }, async () => {
    const since = Date.now()
    process.env.SITE_DIST_DIR = outDir
    let material: Material | undefined
    try {
      // This process plays a worker on another machine, in the middle of a build.
      await withJobLock(
        'rebuild',
        { onLost: (error) => expect.fail(error.message) },
        async () => {
          material = await fixtures(payload).createPublishedMaterial({ ownerUnit, title: 'Tờ rơi chờ khóa dựng' })
          await sleep(6000)
          expect(
            workers.flatMap((worker) => buildsOf(worker, since)),
            'no build while the lock is held',
          ).toEqual([])
          const waiting = await payload.find({
            collection: 'payload-jobs',
            where: { and: [{ taskSlug: { equals: REBUILD_TASK } }, { completedAt: { exists: false } }] },
            depth: 0,
          })
          expect(waiting.docs.map((job) => [job.processing, job.hasError ?? false])).toEqual([[false, false]])
        },
        async () => expect.fail('the test could not take the rebuild lock'),
      )
    } finally {
      delete process.env.SITE_DIST_DIR
    }
    const slug = String(material?.slug)
    const deadline = Date.now() + 90_000
    while (!(await settled(payload, outDir, [slug])) && Date.now() < deadline) await sleep(500)
    expect(readPage(outDir, `/tai-lieu/${slug}/`)).toContain('Tờ rơi chờ khóa dựng')
    expect(workers.flatMap((worker) => buildsOf(worker, since))).toHaveLength(1)
  })

  it('a worker stopped during a build leaves the live site whole; the other worker builds the change', {
    timeout: 150_000,
  }, async () => {
    const liveBefore = fs.realpathSync(outDir)
    const since = Date.now()
    const material = await fixtures(payload).createPublishedMaterial({
      ownerUnit,
      title: 'Tờ rơi khi một tiến trình dừng',
    })
    const deadline = Date.now() + 60_000
    let building: Worker | undefined
    while (!building && Date.now() < deadline) {
      building = workers.find((worker) => buildsOf(worker, since).length > 0)
      await sleep(100)
    }
    if (!building) throw new Error(`no worker started the build:\n${workers.map(logOf).join('\n----\n')}`)
    const other = workers.find((worker) => worker !== building) as Worker
    // systemctl stop, then a second signal: the running build is ended, not awaited.
    building.child.kill('SIGTERM')
    await waitForLine(building, /chờ việc đang chạy xong/, 10_000)
    building.child.kill('SIGTERM')
    expect(await building.exited, logOf(building)).toBe(0)
    expect(logOf(building)).toContain('Dừng giữa lúc dựng trang')
    expect(logOf(building)).toContain('Tiến trình chạy việc nền đã dừng')
    expect(fs.realpathSync(outDir), 'the stopped build swapped nothing in').toBe(liveBefore)

    const slugs = [String(material.slug)]
    while (!(await settled(payload, outDir, slugs)) && Date.now() < deadline + 60_000) await sleep(500)
    expect(readPage(outDir, `/tai-lieu/${material.slug}/`), other.name).toContain('Tờ rơi khi một tiến trình dừng')
    expect(buildsOf(other, since).length, 'the other worker built it').toBe(1)

    other.child.kill('SIGTERM')
    expect(await other.exited, logOf(other)).toBe(0)
    const processing = await payload.count({ collection: 'payload-jobs', where: { processing: { equals: true } } })
    expect(processing.totalDocs, 'no job is left marked as running').toBe(0)
  })
})
