import type { Payload, Where } from 'payload'

import { hasRole } from '../../../access'
import type { Material, Unit, User } from '../../../payload-types'
import { idOf } from '../../../vocabulary'
import { type Publication, publicationOf } from './publication'

export type MyWork = {
  /** Reviewers, editors, admins: materials waiting for review, oldest first (the first LIMIT of them). */
  queue: Material[]
  /** How many wait in all: the dashboard says so and links the full list when there are more than it shows. */
  queueTotal: number
  /** Contributors: their unit's materials sent back, with the reviewer's comment. */
  returned: Material[]
  /** Contributors: their unit's drafts not yet submitted. */
  drafts: Material[]
  /** Contributors: their unit's materials waiting for review. */
  waiting: Material[]
  /** Published in the last day (the unit's, for contributors), with whether each is on the public site yet. */
  recent: { material: Material; publication: Publication }[]
  /** Unit names by id, for the lists. */
  unitNames: Map<string, string>
}

export const MY_WORK_LIMIT = 20
const RECENT_LIMIT = 5
const RECENT_MS = 24 * 60 * 60 * 1000

async function namesOf(payload: Payload, docs: Material[]): Promise<Map<string, string>> {
  const ids = [...new Set(docs.map((doc) => idOf(doc.ownerUnit)).filter((id) => id !== null))]
  if (!ids.length) return new Map()
  const { docs: units } = await payload.find({
    collection: 'units',
    where: { id: { in: ids } },
    limit: ids.length,
    depth: 0,
    overrideAccess: true,
  })
  return new Map((units as Unit[]).map((unit) => [String(unit.id), unit.name]))
}

/**
 * What waits for this user ("Việc của tôi" on the dashboard). Reads the latest
 * versions (draft: true): a review step is a draft save, so the main record of a
 * published material keeps its old state until the next publish.
 */
export async function findMyWork(payload: Payload, user: User): Promise<MyWork> {
  const page = (where: Where, sort: string, draft = true, limit = MY_WORK_LIMIT) =>
    payload.find({ collection: 'materials', where, sort, limit, depth: 0, draft, overrideAccess: false, user })
  const find = async (where: Where, sort: string): Promise<Material[]> => (await page(where, sort)).docs
  const work: MyWork = {
    queue: [],
    queueTotal: 0,
    returned: [],
    drafts: [],
    waiting: [],
    recent: [],
    unitNames: new Map(),
  }
  const unit = idOf(user.unit)
  const ofUnit: Where = { ownerUnit: { equals: unit } }
  if (hasRole(user, 'reviewer', 'editor', 'admin')) {
    const queue = await page({ workflowStatus: { equals: 'submitted' } }, 'updatedAt')
    work.queue = queue.docs
    work.queueTotal = queue.totalDocs
  }
  if (hasRole(user, 'contributor') && unit) {
    work.returned = await find({ and: [ofUnit, { workflowStatus: { equals: 'returned' } }] }, '-updatedAt')
    work.drafts = await find({ and: [ofUnit, { workflowStatus: { equals: 'draft' } }] }, '-updatedAt')
    work.waiting = await find({ and: [ofUnit, { workflowStatus: { equals: 'submitted' } }] }, 'updatedAt')
  }
  if (!hasRole(user, 'contributor') || unit) {
    const since: Where = { updatedAt: { greater_than: new Date(Date.now() - RECENT_MS).toISOString() } }
    const published: Where = { _status: { equals: 'published' } }
    const where = hasRole(user, 'contributor') ? { and: [ofUnit, published, since] } : { and: [published, since] }
    const { docs } = await page(where, '-updatedAt', false, RECENT_LIMIT)
    work.recent = await Promise.all(
      docs.map(async (material) => ({ material, publication: await publicationOf(payload, material.id) })),
    )
  }
  work.unitNames = await namesOf(payload, work.queue)
  return work
}

/** The reviewer's comment that sent a material back: the last "return" in its history. */
export const lastReturnComment = (material: Material): string | null =>
  [...(material.reviewLog ?? [])].reverse().find((entry) => entry.action === 'return')?.comment ?? null

/** The last submission: who sent it and when (the reviewer's queue shows both). */
export const lastSubmission = (material: Material): { byName: string | null; at: string } | null => {
  const entry = [...(material.reviewLog ?? [])].reverse().find((e) => e.action === 'submit')
  return entry ? { byName: entry.byName ?? null, at: entry.at } : null
}
