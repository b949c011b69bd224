import type { PayloadRequest } from 'payload'

import type { User } from '../payload-types'
import { type DocId, relationId as storedRelationId } from '../vocabulary/ids'

/** A document id as the adapters give it: numbers on SQL, strings on MongoDB. */
export type DocumentId = DocId

/** The id of a relationship value (vocabulary/ids.ts reads it), undefined rather than null when there is none. */
export const relationId = (value: unknown): DocumentId | undefined => storedRelationId(value) ?? undefined

const sameId = (a: DocumentId, b: DocumentId): boolean => String(a) === String(b)

export const includesId = (ids: readonly DocumentId[], id: DocumentId | undefined): boolean =>
  id !== undefined && ids.some((candidate) => sameId(candidate, id))

// One lookup per request: access runs for every operation and, in the admin, for every document.
const scopeByRequest = new WeakMap<PayloadRequest, Promise<DocumentId[]>>()

/**
 * The units whose materials a unit contributor may work on: their own unit and,
 * when an administrator granted `includeSubunits`, every unit below it.
 * A contributor without a unit may work on none.
 *
 * Units number in the hundreds, so the whole tree (id and parent only) is read
 * in one query and walked in memory, instead of one query per level.
 */
export function allowedUnitIds(req: PayloadRequest): Promise<DocumentId[]> {
  const cached = scopeByRequest.get(req)
  if (cached) return cached
  const scope = computeAllowedUnitIds(req)
  scopeByRequest.set(req, scope)
  return scope
}

async function computeAllowedUnitIds(req: PayloadRequest): Promise<DocumentId[]> {
  const user = req.user as (User & { includeSubunits?: boolean | null }) | null | undefined
  const own = relationId(user?.unit)
  if (own === undefined) return []
  if (!user?.includeSubunits) return [own]

  const { docs } = await req.payload.find({
    collection: 'units',
    depth: 0,
    pagination: false,
    select: { parent: true },
    overrideAccess: true,
    req,
  })
  const children = new Map<string, DocumentId[]>()
  for (const unit of docs) {
    const parent = relationId(unit.parent)
    if (parent === undefined) continue
    const siblings = children.get(String(parent)) ?? []
    siblings.push(unit.id)
    children.set(String(parent), siblings)
  }
  const allowed: DocumentId[] = [own]
  const seen = new Set([String(own)])
  // Breadth-first; `seen` guards against a cycle an editor might have made by hand.
  for (let index = 0; index < allowed.length; index++) {
    for (const child of children.get(String(allowed[index])) ?? []) {
      if (seen.has(String(child))) continue
      seen.add(String(child))
      allowed.push(child)
    }
  }
  return allowed
}
