// Child process of scripts/bench/publish.ts: with a seeded database and a live
// release already built, serves the site, publishes a change to one material
// through the Local API (hooks on, debounce SITE_REBUILD_DEBOUNCE_MS), runs the
// site job queue in-process like the CMS server does, and polls the material's
// page over HTTP until it shows the new title. Prints one JSON line.
import type { AddressInfo } from 'node:net'

import { getCmsPayload } from '@dvctt/cms/lib/getCmsPayload'
import { REBUILD_QUEUE } from '@dvctt/cms/jobs/rebuildSite'

import { liveDir } from '@dvctt/site/publish'
import { serveSite } from '../lib/site-server'

/** How often this runner looks for due jobs (the CMS server's autoRun cron: every 2 s). */
const JOB_POLL_MS = Number(process.env.BENCH_JOB_POLL_MS ?? 250)
const TIMEOUT_MS = 10 * 60 * 1000

const payload = await getCmsPayload()
const server = await serveSite(liveDir, 0)
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`

await payload.delete({ collection: 'payload-jobs', where: { id: { exists: true } } })
await payload.delete({ collection: 'site-changes', where: { id: { exists: true } }, overrideAccess: true })

// A material from the middle of the update order: not the newest (whose listing pages barely move).
const { totalDocs } = await payload.count({ collection: 'materials', where: { _status: { equals: 'published' } } })
const [material] = (
  await payload.find({ collection: 'materials', where: { _status: { equals: 'published' } }, sort: '-updatedAt', page: Math.ceil(totalDocs / 2), limit: 1, depth: 0 })
).docs
if (!material?.slug) throw new Error('không tìm thấy tài liệu đã xuất bản để sửa')
const pageUrl = `${origin}/tai-lieu/${material.slug}/`
const before = await fetch(pageUrl)
if (before.status !== 200) throw new Error(`trang ${pageUrl} chưa được phục vụ (HTTP ${before.status})`)

let stop = false
const jobLoop = (async () => {
  while (!stop) {
    await payload.jobs.run({ queue: REBUILD_QUEUE, limit: 1 })
    await new Promise((resolve) => setTimeout(resolve, JOB_POLL_MS))
  }
})()

const title = `${material.title} (bản sửa ${Date.now().toString(36)})`
const started = performance.now()
await payload.update({ collection: 'materials', id: material.id, data: { title, _status: 'published' } })
const publishCallSeconds = (performance.now() - started) / 1000

const escaped = title.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
let pageSeconds = 0
let listingSeconds = 0
while (performance.now() - started < TIMEOUT_MS && (!pageSeconds || !listingSeconds)) {
  if (!pageSeconds && (await (await fetch(pageUrl)).text()).includes(escaped)) pageSeconds = (performance.now() - started) / 1000
  if (!listingSeconds && (await (await fetch(`${origin}/tai-lieu/`)).text()).includes(escaped)) listingSeconds = (performance.now() - started) / 1000
  await new Promise((resolve) => setTimeout(resolve, 100))
}
stop = true
await jobLoop
server.close()
if (!pageSeconds) throw new Error(`trang ${pageUrl} không hiện tiêu đề mới sau ${TIMEOUT_MS / 1000} giây`)

const status = await payload.findGlobal({ slug: 'site-status' })
console.log(
  JSON.stringify({
    seconds: pageSeconds,
    listingSeconds,
    publishCallSeconds,
    buildSeconds: status.lastSuccess?.seconds ?? null,
    mode: status.lastSuccess?.mode ?? null,
    renderedPages: status.lastSuccess?.renderedPages ?? null,
    pages: status.lastSuccess?.pages ?? null,
  }),
)
process.exit(0)
