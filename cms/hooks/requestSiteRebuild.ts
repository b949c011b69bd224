import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import { REBUILD_DEBOUNCE_MS, REBUILD_QUEUE, REBUILD_TASK } from '../jobs/rebuildSite'

type Doc = { id: number | string; _status?: 'draft' | 'published' | null }

const isLive = (doc: Doc | undefined): boolean => !doc || !('_status' in doc) || doc._status === 'published'

/**
 * Queues one debounced site rebuild. If a rebuild is already waiting to start,
 * it will pick this change up too, so a burst of publishes gives one build.
 */
export async function queueSiteRebuild(req: PayloadRequest, reason: string): Promise<void> {
  if (process.env.SITE_AUTO_REBUILD === '0' || req.context.skipSiteRebuild) return
  const waiting = await req.payload.find({
    collection: 'payload-jobs',
    where: {
      and: [
        { taskSlug: { equals: REBUILD_TASK } },
        { processing: { equals: false } },
        { completedAt: { exists: false } },
        { hasError: { not_equals: true } },
      ],
    },
    limit: 1,
    depth: 0,
    req,
  })
  if (waiting.totalDocs > 0) return
  await req.payload.jobs.queue({
    task: REBUILD_TASK,
    queue: REBUILD_QUEUE,
    input: { reason },
    waitUntil: new Date(Date.now() + REBUILD_DEBOUNCE_MS),
    req,
  })
}

/** Only changes the public can see matter: a draft save of an unpublished material does not. */
const afterChange: CollectionAfterChangeHook<Doc> = async ({ collection, doc, previousDoc, operation, req }) => {
  if (isLive(doc) || (operation === 'update' && previousDoc?._status === 'published')) {
    await queueSiteRebuild(req, `${collection.slug}:${operation}`)
  }
  return doc
}

const afterDelete: CollectionAfterDeleteHook<Doc> = async ({ collection, doc, req }) => {
  if (isLive(doc)) await queueSiteRebuild(req, `${collection.slug}:delete`)
  return doc
}

export const requestSiteRebuildOnChange = { afterChange: [afterChange], afterDelete: [afterDelete] }
