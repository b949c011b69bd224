import type { GeneratePreviewURL } from 'payload'

import { signPreviewToken } from './token'

export const PREVIEW_PATH = '/xem-truoc'

/**
 * The admin's "Xem trước" button on a material (Payload's `admin.preview`,
 * computed on the server): a link to the CMS's own preview route, signed for
 * this material (its id and creation time) and valid for an hour. It shows the last saved version, draft
 * or not, so editors save before previewing. No link for anyone not signed in.
 */
export const materialPreviewUrl: GeneratePreviewURL = (doc, { req }) => {
  const { id, createdAt } = doc ?? {}
  if (!req.user || (typeof id !== 'number' && typeof id !== 'string') || typeof createdAt !== 'string') return null
  return `${PREVIEW_PATH}/${signPreviewToken(req.payload.secret, { id, createdAt })}`
}
