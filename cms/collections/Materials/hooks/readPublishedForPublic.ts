import type { CollectionBeforeOperationHook } from 'payload'

/**
 * Anonymous readers always get the published record. With `?draft=true` Payload
 * would read the latest versions instead, so a published material with a
 * pending draft vanished from public lists (its newest version is a draft).
 * Trusted server code (overrideAccess: true) keeps full control.
 */
export const readPublishedForPublic: CollectionBeforeOperationHook = ({ args, operation, overrideAccess, req }) => {
  if (operation === 'read' && !req.user && !overrideAccess && args && typeof args === 'object' && 'draft' in args) {
    return { ...args, draft: false }
  }
  return args
}
