import type { Access, CollectionConfig, FieldAccess, Where } from 'payload'

import { allowedUnitIds, hasRole } from '../../access'

/*
 * Who may do what with citizen feedback (issue 19; tests/int/feedback-*.test.ts):
 *
 * | role        | read                         | create | update    | delete |
 * |-------------|------------------------------|--------|-----------|--------|
 * | admin       | all                          | no (*) | all       | yes    |
 * | editor      | all                          | no (*) | all       | yes    |
 * | reviewer    | all                          | no (*) | all       | no     |
 * | contributor | own units (`unit`)           | no (*) | own units | no     |
 * | anonymous   | answered + approved, public fields only | no (*) | no | no |
 *
 * (*) Items come in only through `POST /api/feedback` (cms/feedback/), which proves work or time and
 * writes with the Local API; nobody creates one through REST or GraphQL. An item about a procedure has
 * no unit: the province answers it, so contributors do not see it.
 */

const PUBLISHED: Where = { and: [{ status: { equals: 'answered' } }, { answerState: { equals: 'approved' } }] }

const ownUnits = async (req: Parameters<Access>[0]['req']): Promise<Where> => ({
  unit: { in: await allowedUnitIds(req) },
})

const canRead: Access = async ({ req }) => {
  if (hasRole(req.user, 'admin', 'editor', 'reviewer')) return true
  if (hasRole(req.user, 'contributor')) return ownUnits(req)
  return PUBLISHED
}

const canUpdate: Access = async ({ req }) => {
  if (hasRole(req.user, 'admin', 'editor', 'reviewer')) return true
  if (hasRole(req.user, 'contributor')) return ownUnits(req)
  return false
}

export const feedbackAccess: NonNullable<CollectionConfig['access']> = {
  read: canRead,
  create: () => false,
  update: canUpdate,
  delete: ({ req }) => hasRole(req.user, 'admin', 'editor'),
}

/** Fields only signed-in staff read: what the citizen typed as sent, the warnings, the workflow. */
export const staffOnly: FieldAccess = ({ req }) => Boolean(req.user)

/*
 * Private contacts (a phone number or e-mail for a private answer): never public, never in the site
 * build; the province's editorial team and the staff of the item's unit only.
 */
const contactScope: Access = async ({ req }) => {
  if (hasRole(req.user, 'admin', 'editor', 'reviewer')) return true
  if (hasRole(req.user, 'contributor')) return { 'feedback.unit': { in: await allowedUnitIds(req) } }
  return false
}

export const feedbackContactAccess: NonNullable<CollectionConfig['access']> = {
  read: contactScope,
  create: () => false,
  update: contactScope,
  delete: ({ req }) => hasRole(req.user, 'admin', 'editor'),
}
