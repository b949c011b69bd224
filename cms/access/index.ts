import type { Access, FieldAccess, Where } from 'payload'

import type { User } from '../payload-types'

type Role = User['role']

export const hasRole = (user: unknown, ...roles: Role[]): boolean =>
  Boolean(user && typeof user === 'object' && 'role' in user && roles.includes((user as User).role))

/** Anyone signed in to the admin. Finer role rules arrive with the editorial workflow. */
export const isSignedIn: Access = ({ req }) => Boolean(req.user)

export const isAdmin = ({ req }: { req: { user?: unknown } }): boolean => hasRole(req.user, 'admin')

export const isAdminField: FieldAccess = ({ req }) => hasRole(req.user, 'admin')

export const isEditorOrAdmin: Access = ({ req }) => hasRole(req.user, 'admin', 'editor')

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
