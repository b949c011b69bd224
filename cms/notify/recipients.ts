import type { Payload, Where } from 'payload'

import type { ReviewAction } from '../collections/Materials/workflow/states'
import type { Material, Unit, User } from '../payload-types'
import { idOf } from '../vocabulary'

export type Recipient = Pick<User, 'id' | 'email' | 'name'>

/** Whoever has not switched «Nhận thư thông báo» off (accounts from before the field count as on). */
const wantsMail: Where = { notifyByEmail: { not_equals: false } }

/** The owning unit and the units above it, up to the province. */
async function unitAndAncestors(payload: Payload, unitId: Unit['id'] | null): Promise<Unit['id'][]> {
  const chain: Unit['id'][] = []
  let current = unitId
  while (current !== null && !chain.includes(current) && chain.length < 20) {
    chain.push(current)
    const unit = (await payload.findByID({
      collection: 'units',
      id: current,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
    })) as Unit | null
    current = idOf(unit?.parent) as Unit['id'] | null
  }
  return chain
}

/** Submitted: the reviewers of the owning unit (or a unit above it), reviewers with no unit, and the province editors. */
async function reviewersOf(payload: Payload, material: Material): Promise<Where> {
  const units = await unitAndAncestors(payload, idOf(material.ownerUnit) as Unit['id'] | null)
  return {
    or: [
      { role: { equals: 'editor' } },
      {
        and: [
          { role: { equals: 'reviewer' } },
          { or: [{ unit: { exists: false } }, { unit: { equals: null } }, { unit: { in: units } }] },
        ],
      },
    ],
  }
}

/** Returned or approved: the author, i.e. whoever last submitted it. */
function authorOf(material: Material): Where | null {
  const submitted = [...(material.reviewLog ?? [])].reverse().find((entry) => entry.action === 'submit')
  const author = idOf(submitted?.by)
  return author === null ? null : { id: { equals: author } }
}

/** Who is told of this step: never the person who took it, never someone who opted out. */
export async function recipientsOf(
  payload: Payload,
  action: ReviewAction,
  material: Material,
  actorId: User['id'] | null,
): Promise<Recipient[]> {
  const who = action === 'submit' ? await reviewersOf(payload, material) : authorOf(material)
  if (!who) return []
  const { docs } = await payload.find({
    collection: 'users',
    where: { and: [who, wantsMail, ...(actorId === null ? [] : [{ id: { not_equals: actorId } }])] },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { email: true, name: true },
  })
  return docs.filter((user) => Boolean(user.email)) as Recipient[]
}
