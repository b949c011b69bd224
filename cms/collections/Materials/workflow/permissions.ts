import type { PayloadRequest, Where } from 'payload'

import { hasRole } from '../../../access'
import type { Material, User } from '../../../payload-types'
import { idOf } from '../../../vocabulary'
import { ALLOWED_FROM, type ReviewAction, type WorkflowState } from './states'

/**
 * Whoever the materials collection's own update rule lets edit this document (access part's rule).
 * Judged as if it were a draft: the rule closes a material waiting for review to its authors,
 * yet they are the ones who submit it and may withdraw it.
 */
async function mayUpdate(req: PayloadRequest, material: Material): Promise<boolean> {
  const rule = req.payload.collections.materials.config.access.update
  const data = { ...material, workflowStatus: 'draft' as const }
  const result: boolean | Where = await rule({ req, id: material.id, data })
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

/** May this user take `action` on `material` (ignoring its state)? Authors submit and withdraw; reviewers decide. */
export async function mayAct(req: PayloadRequest, action: ReviewAction, material: Material): Promise<boolean> {
  if (!req.user) return false
  if (action === 'return' || action === 'approve') return isReviewer(req.user)
  const user = req.user as User
  if (hasRole(user, 'contributor') && idOf(user.unit) !== null && idOf(user.unit) === idOf(material.ownerUnit))
    return true
  return mayUpdate(req, material)
}

export const stateAllows = (action: ReviewAction, state: Material['workflowStatus']): boolean =>
  ALLOWED_FROM[action].includes((state ?? 'draft') as WorkflowState)
