import type { Payload, Where } from 'payload'

import type { ReviewAction } from '../collections/Materials/workflow/states'
import { reviewersFor } from '../collections/Materials/workflow/reviewers'
import type { Material, User } from '../payload-types'
import { idOf } from '../vocabulary'

export type Recipient = Pick<User, 'id' | 'email' | 'name'>

/** Whoever has not switched «Nhận thư thông báo» off (accounts from before the field count as on). */
const wantsMail: Where = { notifyByEmail: { not_equals: false } }

/** Submitted: the people the review panel names (cms/collections/Materials/workflow/reviewers.ts). */
async function reviewersOf(payload: Payload, material: Material): Promise<Where> {
  const reviewers = await reviewersFor(payload, material)
  return { id: { in: reviewers.map((r) => r.id) } }
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
