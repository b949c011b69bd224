import type { GeneratePreviewURL } from 'payload'

import { signPreviewToken } from './token'

export const PREVIEW_PATH = '/xem-truoc'

/**
 * The admin's "Xem trước" button on a material (Payload's `admin.preview`,
 * computed on the server): a link to the CMS's own preview route, signed for
 * this material (its id and creation time) and valid for an hour. It shows the
 * last saved version, draft or not, so editors save before previewing. No link
 * for anyone not signed in, nor for a material not saved yet.
 */
export const materialPreviewUrl: GeneratePreviewURL = async (doc, { req }) => {
  const id = doc?.id
  if (!req.user || (typeof id !== 'number' && typeof id !== 'string')) return null
  // The form's data may lack the system fields after a save: the stored creation time is the one to sign.
  const createdAt =
    typeof doc.createdAt === 'string'
      ? doc.createdAt
      : (
          await req.payload.findByID({
            collection: 'materials',
            id,
            depth: 0,
            select: { createdAt: true },
            overrideAccess: true,
            disableErrors: true,
            req,
          })
        )?.createdAt
  if (typeof createdAt !== 'string') return null
  return `${PREVIEW_PATH}/${signPreviewToken(req.payload.secret, { id, createdAt })}`
}
