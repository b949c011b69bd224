import type { Access, CollectionConfig } from 'payload'

import { allowedUnitIds, hasRole } from '../../access'

/*
 * Who may do what with yearly reports (tests/int/report-submissions.test.ts):
 *
 * | role        | read      | create / update                       | delete |
 * |-------------|-----------|---------------------------------------|--------|
 * | admin       | all       | all                                   | yes    |
 * | editor      | all       | all (the province roll-up's text too) | no     |
 * | reviewer    | all       | no                                    | no     |
 * | contributor | own units | own units, while in draft             | no     |
 * | anonymous   | no        | no                                    | no     |
 */

const ownUnits: Access = async ({ req }) => ({ unit: { in: await allowedUnitIds(req) } })

const canRead: Access = async (args) => {
  if (hasRole(args.req.user, 'admin', 'editor', 'reviewer')) return true
  if (hasRole(args.req.user, 'contributor')) return ownUnits(args)
  return false
}

const canCreate: Access = ({ req }) => hasRole(req.user, 'admin', 'editor', 'contributor')

const canUpdate: Access = async (args) => {
  if (hasRole(args.req.user, 'admin', 'editor')) return true
  // A submitted report is the province's record; hooks/refuseContributorOverreach.ts says so in words.
  if (hasRole(args.req.user, 'contributor')) return ownUnits(args)
  return false
}

export const reportSubmissionAccess: NonNullable<CollectionConfig['access']> = {
  read: canRead,
  create: canCreate,
  update: canUpdate,
  delete: ({ req }) => hasRole(req.user, 'admin'),
}
