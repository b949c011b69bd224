// Child process of scripts/bench/publish.ts: with a seeded database and a live
// release already built, serves the site, publishes changes through the Local
// API (hooks on, debounce SITE_REBUILD_DEBOUNCE_MS), runs the site job queue
// in-process like the CMS server does, and polls pages over HTTP until they
// show the new titles. BENCH_REACH picks the measured change: an edit of a
// material that reaches one commune (`unit`) or the whole province
// (`province`: every unit's page and widget list shows it), or a new
// material for a commune (`new`: it enters every listing it is on). A first, untimed-for-the-goal change
// starts the publisher as the CMS server's first build after a restart would;
// the measured change is the next one, as every later publish is. For a new material, Chromium also
// searches for it on /tim-kiem/ until it is found (publishToSearchable). Prints one JSON line.
import type { AddressInfo } from 'node:net'

import type { Payload } from 'payload'

import { REBUILD_QUEUE } from '@dvctt/cms/jobs/rebuildSite'
import { getCmsPayload } from '@dvctt/cms/lib/getCmsPayload'
import type { Material, Unit } from '@dvctt/cms/payload-types'
import { liveDir } from '@dvctt/site/publish'

import { serveSite } from '../lib/site-server'
import { middleMaterials } from './middleMaterial'
import { watchSearch } from './publish-searchable'

/** How often this runner looks for due jobs (the CMS server's autoRun cron: every 2 s). */
const JOB_POLL_MS = Number(process.env.BENCH_JOB_POLL_MS ?? 250)
const TIMEOUT_MS = 10 * 60 * 1000
const reach =
  process.env.BENCH_REACH === 'province' || process.env.BENCH_REACH === 'new' ? process.env.BENCH_REACH : 'unit'

const payload: Payload = await getCmsPayload()
const server = await serveSite(liveDir, 0)
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`

await payload.delete({ collection: 'payload-jobs', where: { id: { exists: true } } })
await payload.delete({ collection: 'site-changes', where: { id: { exists: true } }, overrideAccess: true })

const units = (await payload.find({ collection: 'units', pagination: false, depth: 0 })).docs as Unit[]
const parentIds = new Set(units.map((u) => (typeof u.parent === 'object' ? u.parent?.id : u.parent)).filter(Boolean))
const communes = units.filter((u) => !parentIds.has(u.id)).map((u) => u.id)

// The province-wide one was made so before the live build, in the middle of the order (prepare-province.ts).
const [target, other] =
  reach === 'province'
    ? [
        (await payload.findByID({
          collection: 'materials',
          id: process.env.BENCH_PROVINCE_MATERIAL ?? '',
          depth: 0,
        })) as Material,
        ...(await middleMaterials(payload, { appliesTo: { in: communes } }, 1)),
      ]
    : await middleMaterials(payload, { appliesTo: { in: communes } }, 2)
if (!target?.slug || !other?.slug) throw new Error('không tìm thấy tài liệu đã xuất bản để sửa')

let stop = false
const jobLoop = (async () => {
  while (!stop) {
    await payload.jobs.run({ queue: REBUILD_QUEUE, limit: 1 })
    await new Promise((resolve) => setTimeout(resolve, JOB_POLL_MS))
  }
})()

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** Times until the page at `slug`, and the full listing, show `title`. */
async function waitForTitle(
  slug: string,
  title: string,
  started: number,
): Promise<{ seconds: number; listingSeconds: number }> {
  const pageUrl = `${origin}/tai-lieu/${slug}/`
  let seconds = 0
  let listingSeconds = 0
  while (performance.now() - started < TIMEOUT_MS && (!seconds || !listingSeconds)) {
    if (!seconds && (await (await fetch(pageUrl)).text()).includes(escape(title)))
      seconds = (performance.now() - started) / 1000
    if (!listingSeconds && (await (await fetch(`${origin}/tai-lieu/`)).text()).includes(escape(title)))
      listingSeconds = (performance.now() - started) / 1000
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  if (!seconds) throw new Error(`trang ${pageUrl} không hiện tiêu đề mới sau ${TIMEOUT_MS / 1000} giây`)
  return { seconds, listingSeconds }
}

/** Publishes an edit of the material's title and times it to the site. */
async function publishAndWait(material: Material): Promise<{ seconds: number; listingSeconds: number }> {
  const title = `${material.title} (bản sửa ${Date.now().toString(36)})`
  const started = performance.now()
  await payload.update({ collection: 'materials', id: material.id, data: { title, _status: 'published' } })
  return waitForTitle(material.slug ?? '', title, started)
}

/** Publishes a new material like `model` (same kind, units, topics) and times it to the site and to search. */
async function publishNewAndWait(
  model: Material,
): Promise<{ seconds: number; listingSeconds: number; searchableMs: number }> {
  const {
    kind,
    language,
    summary,
    body,
    coverImage,
    topics,
    audiences,
    campaign,
    procedures,
    ownerUnit,
    appliesTo,
    validFrom,
  } = model
  const files = (model.files ?? []).map(({ label, file }) => ({ label, file }))
  // A word no other material has: the search finds this one only once it is indexed.
  const word = `moi${Date.now().toString(36).replace(/\d/g, '')}`
  const title = `Tài liệu mới ${word}`
  const data = {
    kind,
    language,
    summary,
    body,
    coverImage,
    files,
    topics,
    audiences,
    campaign,
    procedures,
    ownerUnit,
    appliesTo,
    validFrom,
  }
  const search = await watchSearch(origin)
  try {
    const started = performance.now()
    const created = await payload.create({ collection: 'materials', data: { ...data, title, _status: 'published' } })
    const [live, searchableMs] = await Promise.all([
      waitForTitle(created.slug ?? '', title, started),
      // Its whole title, as a citizen copies it: only this page holds every word.
      search.until(title, title, started, TIMEOUT_MS),
    ])
    return { ...live, searchableMs }
  } finally {
    await search.close()
  }
}

// The first build after the CMS starts also starts the publisher: another material's edit.
const cold = await publishAndWait(other)
// An editor's next approval comes later than the publisher's background work after the last one
// (deleting the oldest release, preparing the copy the next build starts from): give it that time.
await new Promise((resolve) => setTimeout(resolve, 15_000))
const warm: { seconds: number; listingSeconds: number; searchableMs?: number } =
  reach === 'new' ? await publishNewAndWait(target) : await publishAndWait(target)
stop = true
await jobLoop
server.close()

const status = await payload.findGlobal({ slug: 'site-status' })
console.log(
  JSON.stringify({
    reach,
    seconds: warm.seconds,
    listingSeconds: warm.listingSeconds,
    coldSeconds: cold.seconds,
    searchableMs: warm.searchableMs === undefined ? null : Math.round(warm.searchableMs),
    buildSeconds: status.lastSuccess?.seconds ?? null,
    mode: status.lastSuccess?.mode ?? null,
    renderedPages: status.lastSuccess?.renderedPages ?? null,
    pages: status.lastSuccess?.pages ?? null,
  }),
)
process.exit(0)
