import type { CollectionAfterChangeHook, CollectionBeforeDeleteHook, PayloadRequest } from 'payload'

import { queueSiteRebuild } from '../../../hooks/requestSiteRebuild'
import type { Material } from '../../../payload-types'
import { relationId } from '../../../vocabulary'
import { EXPIRED_MATERIALS } from '../../ExpiredMaterials'

type Id = Material['id']

async function tombstoneOf(req: PayloadRequest, materialId: Id) {
  const found = await req.payload.find({
    collection: EXPIRED_MATERIALS,
    where: { material: { equals: materialId } },
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return found.docs[0] ?? null
}

/**
 * Published again: the material is back at its address, so its "expired" page
 * goes. Still expired: a replacement chosen later reaches the tombstone.
 */
export const keepTombstoneInStep: CollectionAfterChangeHook<Material> = async ({ doc, req }) => {
  const tombstone = await tombstoneOf(req, doc.id)
  if (!tombstone) return doc
  if (doc._status === 'published') {
    await req.payload.delete({ collection: EXPIRED_MATERIALS, id: tombstone.id, overrideAccess: true, req })
    return doc
  }
  // The generated types say number; MongoDB's ids are strings.
  const replacement = relationId(doc.replacedBy) as Id | null
  if (String(relationId(tombstone.replacement) ?? '') !== String(replacement ?? '')) {
    await req.payload.update({
      collection: EXPIRED_MATERIALS,
      id: tombstone.id,
      data: { replacement },
      overrideAccess: true,
      req,
    })
    // A draft save rebuilds nothing by itself, but the expired page now links elsewhere. Full: an
    // incremental build only knows the addresses of published materials.
    await queueSiteRebuild(req, 'expired-materials:replacement', { scope: 'full' })
  }
  return doc
}

/** A deleted material leaves no tombstone pointing at nothing (before the delete: the relation would be cleared). */
export const removeTombstone: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await req.payload.delete({
    collection: EXPIRED_MATERIALS,
    where: { material: { equals: id } },
    overrideAccess: true,
    req,
  })
}
