import type { Access, CollectionConfig, Where } from 'payload'

import { allowedUnitIds, hasRole } from '../../access'

/*
 * Who may do what with outreach activities (tests/int/access-matrix.test.ts, row `outreach-activities`):
 *
 * | role        | read      | create    | update                 | delete                         |
 * |-------------|-----------|-----------|------------------------|--------------------------------|
 * | admin       | all       | yes       | all                    | all                            |
 * | editor      | all       | yes       | all                    | all                            |
 * | reviewer    | all       | no        | all                    | no                             |
 * | contributor | own units | own units | own units (*)          | own units, draft or returned   |
 * | anonymous   | none      | no        | no                     | no                             |
 *
 * (*) not while submitted (withdraw first) and never once approved: hooks/refuseLockedEdit.ts says why.
 * An activity is a unit's report, with personal data in its evidence: nothing of it is public.
 * Same roles as materials (collections/Materials/access.ts), same unit scope (cms/access/unitScope.ts).
 */

const ownUnits = async (req: Parameters<Access>[0]['req']): Promise<Where> => ({
  unit: { in: await allowedUnitIds(req) },
})

const LOCKED_FOR_AUTHORS = ['submitted', 'approved']

const canRead: Access = async ({ req }) => {
  if (hasRole(req.user, 'admin', 'editor', 'reviewer')) return true
  if (hasRole(req.user, 'contributor')) return ownUnits(req)
  return false
}

const canCreate: Access = ({ req }) => hasRole(req.user, 'admin', 'editor', 'contributor')

const canUpdate: Access = async ({ req, data }) => {
  if (hasRole(req.user, 'admin', 'editor', 'reviewer')) return true
  if (!hasRole(req.user, 'contributor')) return false
  // The admin asks with the stored document: a submitted or approved activity opens read-only to its authors.
  const state = (data as { reviewState?: unknown } | undefined)?.reviewState
  if (typeof state === 'string' && LOCKED_FOR_AUTHORS.includes(state)) return false
  return ownUnits(req)
}

const canDelete: Access = async ({ req }) => {
  if (hasRole(req.user, 'admin', 'editor')) return true
  if (hasRole(req.user, 'contributor'))
    return { and: [await ownUnits(req), { reviewState: { in: ['draft', 'returned'] } }] }
  return false
}

export const activityAccess: NonNullable<CollectionConfig['access']> = {
  read: canRead,
  create: canCreate,
  update: canUpdate,
  delete: canDelete,
}
