import type { Payload, Where } from 'payload'

import { hasRole } from '../../../access'
import type { Material, User } from '../../../payload-types'
import { idOf } from '../../../vocabulary'

export type MyWork = {
  /** Reviewers, editors, admins: materials waiting for review, oldest first (the first LIMIT of them). */
  queue: Material[]
  /** How many wait in all: the dashboard says so and links the full list when there are more than it shows. */
  queueTotal: number
  /** Contributors: their unit's materials sent back, with the reviewer's comment. */
  returned: Material[]
  /** Contributors: their unit's drafts not yet submitted. */
  drafts: Material[]
}

export const MY_WORK_LIMIT = 20

/**
 * What waits for this user ("Việc của tôi" on the dashboard). Reads the latest
 * versions (draft: true): a review step is a draft save, so the main record of a
 * published material keeps its old state until the next publish.
 */
export async function findMyWork(payload: Payload, user: User): Promise<MyWork> {
  const page = (where: Where, sort: string) =>
    payload.find({
      collection: 'materials',
      where,
      sort,
      limit: MY_WORK_LIMIT,
      depth: 0,
      draft: true,
      overrideAccess: false,
      user,
    })
  const find = async (where: Where, sort: string): Promise<Material[]> => (await page(where, sort)).docs
  const work: MyWork = { queue: [], queueTotal: 0, returned: [], drafts: [] }
  if (hasRole(user, 'reviewer', 'editor', 'admin')) {
    const queue = await page({ workflowStatus: { equals: 'submitted' } }, 'updatedAt')
    work.queue = queue.docs
    work.queueTotal = queue.totalDocs
  }
  const unit = idOf(user.unit)
  if (hasRole(user, 'contributor') && unit) {
    const ofUnit: Where = { ownerUnit: { equals: unit } }
    work.returned = await find({ and: [ofUnit, { workflowStatus: { equals: 'returned' } }] }, '-updatedAt')
    work.drafts = await find({ and: [ofUnit, { workflowStatus: { equals: 'draft' } }] }, '-updatedAt')
  }
  return work
}

/** The reviewer's comment that sent a material back: the last "return" in its history. */
export const lastReturnComment = (material: Material): string | null =>
  [...(material.reviewLog ?? [])].reverse().find((entry) => entry.action === 'return')?.comment ?? null
