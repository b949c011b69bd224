/**
 * Issue 15's acceptance for jobs on several processes, as a province runs it: one admin server
 * (`next start`, CMS_JOBS=worker, so it runs no job) and two `npm run worker` processes on the
 * e2e database and site. A reviewer approves 20 submitted leaflets in a burst over the admin's
 * REST API; the workers build once or twice, never two builds at once, the admin server builds
 * nothing, and all 20 pages are served by the site server. Afterwards the leaflets are deleted
 * and the workers take them off the site again, so the other e2e files find the demo as it was.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { REBUILD_QUEUE } from '../../cms/jobs/rebuildSite'
import { DEMO_LOGIN } from '../../scripts/seed/index'
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
import { type RunningCms, startCms } from './cms'
import { e2eEnv } from './env'
import { runStamp } from '../support/runStamp'

const siteUrl = inject('siteUrl')
const BURST = 20
const CONTRIBUTOR = { email: 'congtacvien@demo.local', password: DEMO_LOGIN.password }
const REVIEWER = { email: 'nguoiduyet@demo.local', password: DEMO_LOGIN.password }
const stamp = runStamp()

let cms: RunningCms
let payload: Payload
const workers: Worker[] = []
const leaflets: { id: string | number; slug: string; title: string }[] = []

type Json = Record<string, unknown>

async function rest(
  method: string,
  route: string,
  body: unknown,
  token: string,
): Promise<{ status: number; json: Json }> {
  const response = await fetch(`${cms.url}/api${route}`, {
    method,
    headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
    body: JSON.stringify(body),
  })
  return { status: response.status, json: (await response.json()) as Json }
}

async function login(account: { email: string; password: string }): Promise<string> {
  const response = await fetch(`${cms.url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(account),
  })
  expect(response.status, `login as ${account.email}`).toBe(200)
  return ((await response.json()) as { token: string }).token
}

const served = async (slug: string): Promise<string | null> => {
  const response = await fetch(`${siteUrl}/tai-lieu/${slug}/`)
  return response.status === 200 ? response.text() : null
}

/** No rebuild left to run but the consolidation a worker keeps waiting for later. */
async function queueSettled(): Promise<boolean> {
  const { docs } = await payload.find({
    collection: 'payload-jobs',
    where: { and: [{ queue: { equals: REBUILD_QUEUE } }, { completedAt: { exists: false } }] },
    depth: 0,
    pagination: false,
  })
  return docs.every((job) => !job.processing && (job.input as { reason?: string }).reason === 'consolidate')
}

beforeAll(async () => {
  const { getCmsPayload } = await import('../../cms/lib/getCmsPayload')
  payload = await getCmsPayload()
  cms = await startCms({ CMS_JOBS: 'worker' })
  workers.push(startWorker('worker A', e2eEnv.SITE_DIST_DIR), startWorker('worker B', e2eEnv.SITE_DIST_DIR))
  await Promise.all(workers.map((worker) => waitForLine(worker, /Tiến trình chạy việc nền sẵn sàng/, 120_000)))
  // Anything other files left queued is built now, before the burst is timed.
  const deadline = Date.now() + 180_000
  while (!(await queueSettled()) && Date.now() < deadline) await sleep(1000)
}, 420_000)

afterAll(async () => {
  if (payload && leaflets.length > 0) {
    const since = Date.now()
    // As the server does: each deletion records the change and queues a rebuild for the workers.
    process.env.SITE_AUTO_REBUILD = '1'
    for (const leaflet of leaflets) await payload.delete({ collection: 'materials', id: leaflet.id })
    process.env.SITE_AUTO_REBUILD = '0'
    const deadline = Date.now() + 180_000
    while (Date.now() < deadline && (await served(leaflets[0]?.slug ?? '')) !== null) await sleep(1000)
    console.log(
      `[workers] the ${leaflets.length} leaflets left the site ${((Date.now() - since) / 1000).toFixed(1)} s after deletion`,
    )
  }
  for (const worker of workers) if (worker.child.exitCode === null) worker.child.kill('SIGTERM')
  await Promise.all(workers.map((worker) => Promise.race([worker.exited, sleep(60_000)])))
  cms?.stop()
}, 300_000)

describe('two workers and one admin server (CMS_JOBS=worker)', () => {
  it('a burst of 20 approvals gives one or two builds, never two at once, none in the admin server', async () => {
    const contributor = await login(CONTRIBUTOR)
    for (let i = 1; i <= BURST; i++) {
      const title = `Tờ rơi đợt duyệt ${stamp} số ${i}`
      const created = await rest('POST', '/materials', { title, kind: 'leaflet', summary: `Loạt ${i}` }, contributor)
      expect(created.status, JSON.stringify(created.json)).toBe(201)
      const doc = created.json.doc as { id: string | number; slug: string }
      leaflets.push({ id: doc.id, slug: doc.slug, title })
      expect((await rest('POST', `/materials/${doc.id}/submit`, {}, contributor)).status).toBe(200)
    }

    const reviewer = await login(REVIEWER)
    const burstStart = Date.now()
    for (const leaflet of leaflets) {
      const approved = await rest('POST', `/materials/${leaflet.id}/approve`, {}, reviewer)
      expect(approved.status, JSON.stringify(approved.json)).toBe(200)
    }
    const burstSeconds = (Date.now() - burstStart) / 1000

    const deadline = Date.now() + 180_000
    let missing = leaflets
    while (missing.length > 0 && Date.now() < deadline) {
      await sleep(1000)
      const pages = await Promise.all(missing.map((leaflet) => served(leaflet.slug)))
      missing = missing.filter((leaflet, i) => !pages[i]?.includes(leaflet.title))
    }
    const liveSeconds = (Date.now() - burstStart) / 1000
    expect(
      missing.map((leaflet) => leaflet.title),
      workers.map(logOf).join('\n----\n'),
    ).toEqual([])
    // A stray extra build would start within a debounce and a cron tick.
    while (!(await queueSettled()) && Date.now() < deadline) await sleep(1000)
    await sleep(4000)

    const builds = workers.flatMap((worker) => buildsOf(worker, burstStart))
    const releases = releasesSince(e2eEnv.SITE_DIST_DIR, burstStart)
    console.log(
      `[workers] ${BURST} approvals over REST in ${burstSeconds.toFixed(1)} s → ${builds.length} build(s) ` +
        `(${builds.map((b) => `${b.worker} ${(((b.end ?? Date.now()) - b.start) / 1000).toFixed(1)} s`).join(', ')}), ` +
        `${releases.length} release(s); all 20 pages served ${liveSeconds.toFixed(1)} s after the first approval`,
    )
    expect(builds.length, workers.map(logOf).join('\n----\n')).toBeGreaterThanOrEqual(1)
    expect(builds.length, workers.map(logOf).join('\n----\n')).toBeLessThanOrEqual(2)
    expectNoOverlap(builds, 'build (workers’ logs)')
    expect(releases.length, 'one release per build').toBe(builds.length)
    expectNoOverlap(releases, 'release (manifests)')
    expect(cms.log(), 'the admin server ran no job').not.toMatch(
      /Running \d+ jobs|Site rebuild started|Bắt đầu dựng lại/,
    )
  }, 420_000)
})
