import type { Payload } from 'payload'

import { relationId } from '../vocabulary/ids'
import type { Submission } from './form'

export interface Target {
  material?: string | number
  procedure?: string | number
  /** The material's owning unit: it answers. None for a procedure: the province answers. */
  unit?: string | number
  /** The page's path on the site (without the site's base path). */
  pagePath: string
}

export type TargetCheck = { ok: true; target: Target } | { ok: false; message: string }

/** The material must exist and be published (what the reader saw); the procedure must exist. */
export async function findTarget(payload: Payload, { target }: Submission): Promise<TargetCheck> {
  if (target.collection === 'materials') {
    const { docs } = await payload.find({
      collection: 'materials',
      where: { and: [{ id: { equals: target.id } }, { _status: { equals: 'published' } }] },
      select: { slug: true, ownerUnit: true },
      depth: 0,
      limit: 1,
      pagination: false,
      overrideAccess: true,
    })
    const material = docs[0]
    if (!material)
      return {
        ok: false,
        message: 'Không tìm thấy tài liệu này trên thư viện (có thể đã bị gỡ hoặc chưa xuất bản). Góp ý chưa được gửi.',
      }
    return {
      ok: true,
      target: {
        material: material.id,
        unit: relationId(material.ownerUnit) ?? undefined,
        pagePath: `/tai-lieu/${material.slug}/`,
      },
    }
  }
  const { docs } = await payload.find({
    collection: 'procedures',
    where: { id: { equals: target.id } },
    select: { code: true },
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: true,
  })
  const procedure = docs[0]
  if (!procedure) return { ok: false, message: 'Không tìm thấy thủ tục này trên thư viện. Góp ý chưa được gửi.' }
  return { ok: true, target: { procedure: procedure.id, pagePath: `/thu-tuc/${procedure.code}/` } }
}
