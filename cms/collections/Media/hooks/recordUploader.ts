import type { FieldHook } from 'payload'

import type { Media } from '../../../payload-types'

/** `uploadedBy` is the signed-in account that uploads the file, never what the request body says. */
export const recordUploader: FieldHook<Media, Media['uploadedBy']> = ({ operation, req, value }) =>
  operation === 'create' && req.user ? req.user.id : value
