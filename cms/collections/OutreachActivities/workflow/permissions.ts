import type { PayloadRequest } from 'payload'

import { allowedUnitIds, hasRole, includesId, relationId } from '../../../access'
import type { OutreachActivity } from '../../../payload-types'
import { ALLOWED_FROM, type ActivityAction, stateOf } from './states'

/**
 * Authors (the unit's contributors, editors, admins) submit and withdraw; reviewers, editors and admins
 * return and approve. The state is judged separately (`stateAllows`).
 */
export async function mayTake(req: PayloadRequest, action: ActivityAction, activity: OutreachActivity) {
  if (!req.user) return false
  if (action === 'return' || action === 'approve') return hasRole(req.user, 'reviewer', 'editor', 'admin')
  if (hasRole(req.user, 'admin', 'editor')) return true
  if (!hasRole(req.user, 'contributor')) return false
  return includesId(await allowedUnitIds(req), relationId(activity.unit))
}

export const stateAllows = (action: ActivityAction, activity: OutreachActivity): boolean =>
  ALLOWED_FROM[action].includes(stateOf(activity))
