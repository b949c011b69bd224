import type { Access, FieldAccess, Where } from 'payload'

import type { User } from '../payload-types'

type Role = User['role']

export const hasRole = (user: unknown, ...roles: Role[]): boolean =>
  Boolean(user && typeof user === 'object' && 'role' in user && roles.includes((user as User).role))

/** Anyone signed in to the admin, whatever their role. */
export const isSignedIn: Access = ({ req }) => Boolean(req.user)

export const isAdmin = ({ req }: { req: { user?: unknown } }): boolean => hasRole(req.user, 'admin')

export const isAdminField: FieldAccess = ({ req }) => hasRole(req.user, 'admin')

export const isEditorOrAdmin: Access = ({ req }) => hasRole(req.user, 'admin', 'editor')

/** The province's editorial team: those who may publish and set publication schedules. */
export const isEditorialTeam: Access = ({ req }) => hasRole(req.user, 'admin', 'editor', 'reviewer')

export const isEditorialTeamField: FieldAccess = ({ req }) => hasRole(req.user, 'admin', 'editor', 'reviewer')

/**
 * Files: editors and admins manage all of them; anyone else signed in only the
 * files they uploaded themselves (`uploadedBy`, set by the server on upload).
 */
export const isEditorOrUploader: Access = ({ req }) => {
  if (!req.user) return false
  if (hasRole(req.user, 'admin', 'editor')) return true
  return { uploadedBy: { equals: req.user.id } }
}

export const anyone: Access = () => true

const publishedOnly: Where = { _status: { equals: 'published' } }

/**
 * Signed-in users read everything; the public reads published documents only.
 * Returning a Where (not `false`) lets Payload apply it to every query shape:
 * REST, GraphQL, the Local API with overrideAccess: false, and ?draft=true.
 */
export const isSignedInOrPublished: Access = ({ req }) => (req.user ? true : publishedOnly)

/** A user reads their own account; admins read all. Nobody anonymous can list users. */
export const isAdminOrSelf: Access = ({ req }) => {
  if (!req.user) return false
  if (hasRole(req.user, 'admin')) return true
  return { id: { equals: req.user.id } }
}

export { allowedUnitIds, includesId, relationId, type DocumentId } from './unitScope'
