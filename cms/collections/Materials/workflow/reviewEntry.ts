import type { PayloadRequest } from 'payload'

import { hasRole } from '../../../access'
import { now } from '../../../lib/clock'
import type { Material, User } from '../../../payload-types'
import type { ReviewAction } from './states'

export type ReviewEntry = NonNullable<Material['reviewLog']>[number]

/** Reviewers, provincial editors and administrators decide (return, approve); authors submit and withdraw. */
export const mayApprove = (user: unknown): boolean => hasRole(user, 'reviewer', 'editor', 'admin')

/** One line of the review history: who did what, when, with the comment they gave. */
export function reviewEntry(req: PayloadRequest, action: ReviewAction, comment: string): ReviewEntry {
  const user = req.user as User
  return { action, by: user.id, byName: user.name || user.email, at: now().toISOString(), comment: comment || null }
}
