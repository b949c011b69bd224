import type { Access, CollectionConfig, Where } from 'payload'

import { allowedUnitIds, hasRole, isSignedInOrPublished } from '../../access'

/*
 * Who may do what with materials (tested cell by cell in tests/int/access-matrix.test.ts):
 *
 * | role        | read | create | update            | delete                        | publish | versions          |
 * |-------------|------|--------|-------------------|-------------------------------|---------|-------------------|
 * | admin       | all  | yes    | all               | all                           | yes     | all               |
 * | editor      | all  | yes    | all               | all                           | yes     | all               |
 * | reviewer    | all  | no     | all               | no                            | yes     | all               |
 * | contributor | all  | own    | own units (*)     | own units, never published    | no      | own units         |
 * | anonymous   | published only | no | no          | no                            | no      | no                |
 *
 * (*) not while the material waits for review: the authors withdraw it first.
 * "Own units" is the contributor's unit, plus the units under it when an
 * administrator ticked `includeSubunits` on the account (cms/access/unitScope.ts).
 * Reviewers review and publish what others wrote; they neither author nor delete,
 * so that every material has an owning unit that answers for it.
 *
 * What access rules cannot refuse with a clear message (a contributor writing for
 * another unit, or publishing) is refused by hooks/refuseContributorOverreach.ts.
 */

const ownUnits = async (req: Parameters<Access>[0]['req'], path: string): Promise<Where> => ({
  [path]: { in: await allowedUnitIds(req) },
})

const canReadVersions: Access = async ({ req }) => {
  if (!req.user) return false
  if (hasRole(req.user, 'admin', 'editor', 'reviewer')) return true
  if (hasRole(req.user, 'contributor')) return ownUnits(req, 'version.ownerUnit')
  return false
}

const canCreate: Access = ({ req }) => hasRole(req.user, 'admin', 'editor', 'contributor')

const canUpdate: Access = async ({ req, data }) => {
  if (hasRole(req.user, 'admin', 'editor', 'reviewer')) return true
  // While it waits for review the material is the reviewers' to judge: its authors read it but do not
  // change it (the admin shows the form read-only). They withdraw it first («Rút lại để sửa»), which
  // the review history records; hooks/refuseEditWhileInReview.ts says so to a REST client.
  if (
    hasRole(req.user, 'contributor') &&
    (data as { workflowStatus?: unknown } | undefined)?.workflowStatus === 'submitted'
  )
    return false
  if (hasRole(req.user, 'contributor')) return ownUnits(req, 'ownerUnit')
  return false
}

const canDelete: Access = async ({ req }) => {
  if (hasRole(req.user, 'admin', 'editor')) return true
  // A material that was ever published has readers and links; only editors take it down.
  if (hasRole(req.user, 'contributor'))
    return { and: [await ownUnits(req, 'ownerUnit'), { _status: { equals: 'draft' } }] }
  return false
}

export const materialAccess: NonNullable<CollectionConfig['access']> = {
  read: isSignedInOrPublished,
  readVersions: canReadVersions,
  create: canCreate,
  update: canUpdate,
  delete: canDelete,
}
