import type { Payload } from 'payload'

import type { Material, Unit, User } from '../../../payload-types'
import { idOf } from '../../../vocabulary'

export type Reviewer = Pick<User, 'id' | 'name' | 'email' | 'role'> & { unitName: string | null; ofUnit: boolean }

const MAX_UNIT_DEPTH = 10

/** The material's unit and the units above it, nearest first. */
async function unitChain(payload: Payload, unitId: number | string | null): Promise<Unit[]> {
  const chain: Unit[] = []
  let next: number | string | null = unitId
  while (next !== null && chain.length < MAX_UNIT_DEPTH && !chain.some((u) => u.id === next)) {
    const unit = (await payload.findByID({
      collection: 'units',
      id: next,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
    })) as Unit | null
    if (!unit) break
    chain.push(unit)
    next = idOf(unit.parent)
  }
  return chain
}

/**
 * Who reviews a submitted material: the reviewers of its unit (or of a unit
 * above it) first, then the province's reviewers and editors, who may review
 * any unit's material. Administrators can too but are not listed: reviewing is
 * not their job. Shared by the review panel («ai sẽ duyệt») and notifications.
 */
export async function reviewersFor(payload: Payload, material: Pick<Material, 'ownerUnit'>): Promise<Reviewer[]> {
  const chain = await unitChain(payload, idOf(material.ownerUnit))
  const chainIds = new Set(chain.map((u) => String(u.id)))
  const { docs } = await payload.find({
    collection: 'users',
    where: { role: { in: ['reviewer', 'editor'] } },
    depth: 1,
    limit: 200,
    sort: 'name',
    overrideAccess: true,
  })
  const reviewers = (docs as User[]).map((user) => {
    const unit = typeof user.unit === 'object' && user.unit ? user.unit : null
    return {
      id: user.id,
      name: user.name,
      email: user.email,
      role: user.role,
      unitName: unit?.name ?? null,
      ofUnit: chainIds.has(String(idOf(user.unit))),
    }
  })
  return [...reviewers.filter((r) => r.ofUnit), ...reviewers.filter((r) => !r.ofUnit)]
}

/** «Người duyệt demo (người duyệt, Sở Khoa học và Công nghệ)», for the author who waits. */
export function describeReviewer(reviewer: Reviewer): string {
  const role = reviewer.role === 'editor' ? 'biên tập viên tỉnh' : 'người duyệt'
  return `${reviewer.name || 'Không tên'} (${role}${reviewer.unitName ? `, ${reviewer.unitName}` : ''})`
}
