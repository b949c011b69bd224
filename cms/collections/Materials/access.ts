import type { CollectionConfig } from 'payload'

import { isSignedIn, isSignedInOrPublished } from '../../access'

/** Who may do what with materials. Owned by the roles/access part. */
export const materialAccess: NonNullable<CollectionConfig['access']> = {
  read: isSignedInOrPublished,
  readVersions: isSignedIn,
  create: isSignedIn,
  update: isSignedIn,
  delete: isSignedIn,
}
