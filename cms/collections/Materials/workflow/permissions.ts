import type { PayloadRequest, Where } from 'payload'

import { hasRole } from '../../../access'
import type { Material, User } from '../../../payload-types'
import { idOf } from '../../../vocabulary'
import { ALLOWED_FROM, type ReviewAction, type WorkflowState } from './states'

/** Whoever the materials collection's own update rule lets edit this document (access part's rule). */
async function mayUpdate(req: PayloadRequest, material: Material): Promise<boolean> {
  const rule = req.payload.collections.materials.config.access.update
  const result: boolean | Where = await rule({ req, id: material.id, data: material })
  if (typeof result === 'boolean') return result
  const { totalDocs } = await req.payload.count({
    collection: 'materials',
    where: { and: [{ id: { equals: material.id } }, result] },
    overrideAccess: true,
    req,
  })
  return totalDocs > 0
}

const isReviewer = (user: unknown): boolean => hasRole(user, 'reviewer', 'editor', 'admin')

/** May this user take `action` on `material` (ignoring its state)? */
export async function mayAct(req: PayloadRequest, action: ReviewAction, material: Material): Promise<boolean> {
  if (!req.user) return false
  if (action !== 'submit') return isReviewer(req.user)
  const user = req.user as User
  if (hasRole(user, 'contributor') && idOf(user.unit) !== null && idOf(user.unit) === idOf(material.ownerUnit))
    return true
  return mayUpdate(req, material)
}

export const stateAllows = (action: ReviewAction, state: Material['workflowStatus']): boolean =>
  ALLOWED_FROM[action].includes((state ?? 'draft') as WorkflowState)
