import {
  APIError,
  type CollectionAfterChangeHook,
  type CollectionBeforeChangeHook,
  type CollectionBeforeDeleteHook,
  type Field,
  type PayloadRequest,
} from 'payload'

import { hasRole } from '../../access'
import { EXPIRED_MATERIALS } from '../ExpiredMaterials'
import { queueSiteRebuild } from '../../hooks/requestSiteRebuild'
import { now } from '../../lib/clock'
import { label } from '../../lib/label'
import type { Material } from '../../payload-types'
import { formatDate, relationId } from '../../vocabulary'

/**
 * Valid-from / valid-until: the scheduler (cms/jobs/applySchedule.ts) publishes
 * and unpublishes on those dates and keeps the expired-material tombstones;
 * these fields and hooks keep editors' direct saves consistent with it.
 */

/** Set by the scheduler on its own saves, which the guards below must not refuse. */
export const SCHEDULER_CONTEXT = 'applySchedule'

type Id = Material['id']

export const scheduleFields: Field[] = [
  {
    name: 'replacedBy',
    type: 'relationship',
    relationTo: 'materials',
    label: label('Thay thế bằng tài liệu', 'Replaced by'),
    admin: {
      position: 'sidebar',
      description: label(
        'Khi tài liệu này hết hiệu lực, trang của nó trên trang công khai dẫn tới tài liệu thay thế (nếu tài liệu đó đang được xuất bản).',
        'When this material expires, its public page links to the replacement (if that one is published).',
      ),
    },
    filterOptions: ({ id }) => (id ? { id: { not_equals: id } } : true),
    access: {
      // The public meets the replacement on the expired page (its tombstone), where it shows only if
      // published; here it could name a draft.
      read: ({ req }) => Boolean(req.user),
      create: ({ req }) => hasRole(req.user, 'admin', 'editor', 'reviewer'),
      update: ({ req }) => hasRole(req.user, 'admin', 'editor', 'reviewer'),
    },
  },
]

type MaterialData = Partial<Material>

const pick = <K extends keyof Material>(key: K, data: MaterialData, original: MaterialData | undefined): Material[K] | undefined =>
  data[key] !== undefined ? (data[key] as Material[K]) : original?.[key]

/**
 * A person publishing outside the validity window is refused, with the reason:
 * publishing before valid-from would show a material that is not in force yet
 * (approval schedules it instead, and the scheduler publishes it on the day),
 * and publishing after valid-until would be undone by the scheduler within a
 * minute. Scripts and the scheduler (no signed-in user) are trusted.
 */
const refusePublishOutsideValidity: CollectionBeforeChangeHook<Material> = ({ data, originalDoc, req }) => {
  if (!req.user || req.context[SCHEDULER_CONTEXT] || data._status !== 'published') return data
  const at = now()
  const validFrom = pick('validFrom', data, originalDoc)
  const validUntil = pick('validUntil', data, originalDoc)
  if (validUntil && new Date(validUntil) <= at) {
    throw new APIError(
      `Không xuất bản được: tài liệu đã hết hiệu lực từ ngày ${formatDate(validUntil)} (trường «Hiệu lực đến ngày»). ` +
        'Thay đổi vừa rồi chưa được lưu; bản đang công khai (nếu có) giữ nguyên. ' +
        'Hãy lùi ngày hết hiệu lực hoặc để trống trường đó rồi xuất bản lại, hoặc chỉ lưu bản nháp.',
      400,
      { field: 'validUntil' },
      true,
    )
  }
  if (validFrom && new Date(validFrom) > at) {
    throw new APIError(
      `Chưa xuất bản được: tài liệu chỉ có hiệu lực từ ngày ${formatDate(validFrom)} (trường «Hiệu lực từ ngày»). ` +
        'Thay đổi vừa rồi chưa được lưu; bản đang công khai (nếu có) giữ nguyên. ' +
        'Hãy lưu bản nháp và gửi duyệt: tài liệu đã duyệt sẽ tự xuất bản vào ngày hiệu lực. Hoặc đổi ngày hiệu lực về hôm nay để xuất bản ngay.',
      400,
      { field: 'validFrom' },
      true,
    )
  }
  return data
}

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
const keepTombstoneInStep: CollectionAfterChangeHook<Material> = async ({ doc, req }) => {
  const tombstone = await tombstoneOf(req, doc.id)
  if (!tombstone) return doc
  if (doc._status === 'published') {
    await req.payload.delete({ collection: EXPIRED_MATERIALS, id: tombstone.id, overrideAccess: true, req })
    return doc
  }
  // The generated types say number; MongoDB's ids are strings.
  const replacement = relationId(doc.replacedBy) as Id | null
  if (String(relationId(tombstone.replacement) ?? '') !== String(replacement ?? '')) {
    await req.payload.update({ collection: EXPIRED_MATERIALS, id: tombstone.id, data: { replacement }, overrideAccess: true, req })
    // A draft save rebuilds nothing by itself, but the expired page now links elsewhere. Full: an
    // incremental build only knows the addresses of published materials.
    await queueSiteRebuild(req, 'expired-materials:replacement', { scope: 'full' })
  }
  return doc
}

/** A deleted material leaves no tombstone pointing at nothing (before the delete: the relation would be cleared). */
const removeTombstone: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await req.payload.delete({ collection: EXPIRED_MATERIALS, where: { material: { equals: id } }, overrideAccess: true, req })
}

export const scheduleHooks = {
  beforeChange: [refusePublishOutsideValidity],
  afterChange: [keepTombstoneInStep],
  beforeDelete: [removeTombstone],
}
