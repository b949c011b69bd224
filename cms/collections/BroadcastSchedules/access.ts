import type { Access, CollectionConfig, Where } from 'payload'

import { allowedUnitIds, hasRole } from '../../access'

/*
 * Who may do what with broadcast schedules (the same pattern as outreach activities, ../OutreachActivities/access.ts):
 *
 * | role        | read      | create    | update    | delete    |
 * |-------------|-----------|-----------|-----------|-----------|
 * | admin       | all       | yes       | all       | all       |
 * | editor      | all       | yes       | all       | all       |
 * | reviewer    | all       | no        | no        | no        |
 * | contributor | own units | own units | own units | own units |
 * | anonymous   | none      | no        | no        | no        |
 *
 * A contributor's create is held to their own units by hooks/refuseOtherUnits.ts (with a message).
 * Schedules are the stations' working papers: nothing of them is public (the feeds list spots, not schedules).
 */

const ownUnits = async (req: Parameters<Access>[0]['req']): Promise<Where> => ({
  unit: { in: await allowedUnitIds(req) },
})

const canRead: Access = async ({ req }) => {
  if (hasRole(req.user, 'admin', 'editor', 'reviewer')) return true
  if (hasRole(req.user, 'contributor')) return ownUnits(req)
  return false
}

const canWrite: Access = async ({ req }) => {
  if (hasRole(req.user, 'admin', 'editor')) return true
  if (hasRole(req.user, 'contributor')) return ownUnits(req)
  return false
}

const canCreate: Access = ({ req }) => hasRole(req.user, 'admin', 'editor', 'contributor')

export const scheduleAccess: NonNullable<CollectionConfig['access']> = {
  read: canRead,
  create: canCreate,
  update: canWrite,
  delete: canWrite,
}
