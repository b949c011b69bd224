import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
  CollectionSlug,
  PayloadRequest,
} from 'payload'

import { SITE_CHANGES } from '../collections/SiteChanges'
import { REBUILD_DEBOUNCE_MS, REBUILD_QUEUE, REBUILD_TASK } from '../jobs/rebuildSite'

type Doc = { id: number | string; _status?: 'draft' | 'published' | null; updatedAt?: string }

/** What a save changes on the site: one material's pages and listings, or anything (a full build). */
export type SiteChange = { scope: 'material'; material: Doc['id'] } | { scope: 'full' }

// A bulk publish saves every selected document at once on one request and one
// transaction; concurrent writes there would replace each other's rows
// mid-insert. Changes are recorded one after another, and one rebuild per
// request covers them all.
const recordedForRequest = new WeakMap<PayloadRequest, Promise<void>>()
const queuedForRequest = new WeakMap<PayloadRequest, Promise<void>>()

function recordChange(req: PayloadRequest, reason: string, change: SiteChange): Promise<void> {
  const previous = recordedForRequest.get(req) ?? Promise.resolve()
  const recorded = previous.then(async () => {
    await req.payload.create({
      collection: SITE_CHANGES,
      data: { scope: change.scope, material: change.scope === 'material' ? String(change.material) : null, reason },
      overrideAccess: true,
      req,
    })
  })
  recordedForRequest.set(req, recorded)
  return recorded
}

/**
 * Records the change (the rebuild job reads every change since the last build,
 * so a superseded job loses nothing) and queues a site rebuild a few seconds
 * ahead. The task's concurrency settings let a newer request replace one still
 * waiting, so a burst of saves gives one build after the burst, and a save
 * during a build gives one more.
 */
export async function queueSiteRebuild(
  req: PayloadRequest,
  reason: string,
  change: SiteChange = { scope: 'full' },
  delayMs = REBUILD_DEBOUNCE_MS,
): Promise<void> {
  if (process.env.SITE_AUTO_REBUILD === '0' || req.context.skipSiteRebuild) return
  await recordChange(req, reason, change)
  await req.payload.jobs.queue({
    task: REBUILD_TASK,
    queue: REBUILD_QUEUE,
    input: { reason },
    waitUntil: new Date(Date.now() + delayMs),
    req,
  })
}

async function requestSiteRebuild(req: PayloadRequest, reason: string, change: SiteChange): Promise<void> {
  if (process.env.SITE_AUTO_REBUILD === '0' || req.context.skipSiteRebuild) return
  await recordChange(req, reason, change)
  let queued = queuedForRequest.get(req)
  if (!queued) {
    queued = req.payload.jobs
      .queue({
        task: REBUILD_TASK,
        queue: REBUILD_QUEUE,
        input: { reason },
        waitUntil: new Date(Date.now() + REBUILD_DEBOUNCE_MS),
        req,
      })
      .then(() => undefined)
    queuedForRequest.set(req, queued)
  }
  return queued
}

/** Materials can be rebuilt alone; anything else (units, topics, procedures, media…) shows on many pages. */
const changeOf = (collection: string, id: Doc['id']): SiteChange =>
  collection === 'materials' ? { scope: 'material', material: id } : { scope: 'full' }

/**
 * What the public sees of a drafts-enabled document is its main record: a
 * draft save writes a new version only and leaves that record untouched.
 * `previousDoc` is the latest version (perhaps a draft), so it cannot tell a
 * draft save from an unpublish; the main record before and after can.
 */
async function readPublicState(req: PayloadRequest, collection: CollectionSlug, id: Doc['id']): Promise<string | null> {
  const main = (await req.payload.findByID({
    collection,
    id,
    depth: 0,
    draft: false,
    overrideAccess: true,
    disableErrors: true,
    req,
  })) as Doc | null
  return main ? `${main._status ?? 'published'}@${main.updatedAt}` : null
}

const stateKey = (collection: string, id: Doc['id']) => `publicStateBefore:${collection}:${id}`

const rememberPublicState: CollectionBeforeChangeHook<Doc> = async ({
  collection,
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation === 'update' && collection.versions?.drafts && originalDoc?.id !== undefined) {
    const state = await readPublicState(req, collection.slug as CollectionSlug, originalDoc.id)
    // Write after the read: a nested Local API call may give req a new context object.
    req.context[stateKey(collection.slug, originalDoc.id)] = state
  }
  return data
}

const afterChange: CollectionAfterChangeHook<Doc> = async ({ collection, doc, operation, req }) => {
  if (!collection.versions?.drafts) {
    // A new upload shows nowhere until a material uses it, and that save queues the build.
    if (operation === 'create' && collection.upload) return doc
    await requestSiteRebuild(req, `${collection.slug}:${operation}`, changeOf(collection.slug, doc.id))
    return doc
  }
  if (operation === 'create') {
    if (doc._status === 'published')
      await requestSiteRebuild(req, `${collection.slug}:publish`, changeOf(collection.slug, doc.id))
    return doc
  }
  const before = req.context[stateKey(collection.slug, doc.id)] as string | null | undefined
  const after = await readPublicState(req, collection.slug as CollectionSlug, doc.id)
  const wasOrIsPublic = [before, after].some((state) => state?.startsWith('published@'))
  if (before !== after && wasOrIsPublic)
    await requestSiteRebuild(req, `${collection.slug}:${after?.split('@')[0]}`, changeOf(collection.slug, doc.id))
  return doc
}

const afterDelete: CollectionAfterDeleteHook<Doc> = async ({ collection, doc, req }) => {
  if (!collection.versions?.drafts || doc._status === 'published')
    await requestSiteRebuild(req, `${collection.slug}:delete`, changeOf(collection.slug, doc.id))
  return doc
}

export const requestSiteRebuildOnChange = {
  beforeChange: [rememberPublicState],
  afterChange: [afterChange],
  afterDelete: [afterDelete],
}
