import type { Payload, Where } from 'payload'

import type { Material, User } from '../../payload-types'
import { idOf } from '../../vocabulary'

/**
 * «Cần cập nhật»: a material that citizens reported wrong or out of date (kind 'mistake').
 * Computed, not stored, so no save of the material is needed to set or clear it:
 *
 * - set while a mistake report about the material is still «Mới» and was sent after the material's
 *   published version was last saved (its main record's updatedAt: a publish or re-publish);
 * - cleared when each such report is closed (answered, or not published), or when the material is
 *   updated and published again (reports older than that publish count as handled).
 */
export interface NeedsUpdate {
  material: Pick<Material, 'id' | 'title' | 'ownerUnit' | 'updatedAt'>
  /** How many open reports, and when the first of them came. */
  reports: number
  since: string
}

const OPEN_MISTAKES: Where = {
  and: [{ kind: { equals: 'mistake' } }, { status: { equals: 'new' } }, { material: { exists: true } }],
}

/**
 * The materials that need an update, those reported longest ago first. With `user`, what that
 * account may read (a contributor: their units' items); `materials` narrows to some materials.
 */
export async function materialsNeedingUpdate(
  payload: Payload,
  options: { user?: User | null; materials?: (string | number)[] } = {},
): Promise<NeedsUpdate[]> {
  const where: Where = options.materials
    ? { and: [OPEN_MISTAKES, { material: { in: options.materials } }] }
    : OPEN_MISTAKES
  const { docs: reports } = await payload.find({
    collection: 'feedback',
    where,
    depth: 0,
    pagination: false,
    sort: 'createdAt',
    select: { material: true, createdAt: true },
    ...(options.user ? { overrideAccess: false, user: options.user } : { overrideAccess: true }),
  })
  const ids = [...new Set(reports.map((report) => idOf(report.material)).filter((id): id is string => id !== null))]
  if (ids.length === 0) return []
  // The main record: what is published, and when it was last (re)published.
  const { docs: materials } = await payload.find({
    collection: 'materials',
    where: { id: { in: ids } },
    draft: false,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { title: true, ownerUnit: true, updatedAt: true },
  })
  const byId = new Map(materials.map((material) => [String(material.id), material]))
  const found = new Map<string, NeedsUpdate>()
  for (const report of reports) {
    const material = byId.get(String(idOf(report.material)))
    if (!material || Date.parse(report.createdAt) <= Date.parse(material.updatedAt)) continue
    const entry = found.get(String(material.id))
    if (entry) entry.reports++
    else found.set(String(material.id), { material, reports: 1, since: report.createdAt })
  }
  return [...found.values()]
}
