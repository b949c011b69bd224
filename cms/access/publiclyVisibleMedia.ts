import type { Access, Where } from 'payload'

import { hasRole } from './index'
import { allowedUnitIds } from './unitScope'

const notEvidence: Where = { evidenceUnit: { exists: false } }
const publiclyVisible: Where = { and: [{ publiclyVisible: { equals: true } }, notEvidence] }

/**
 * Signed-in users read every file (what they may change is decided elsewhere), except an outreach
 * activity's evidence (`evidenceUnit`: photos and participants' lists, personal data), which a unit
 * contributor reads only for the units they work for; the public reads only files a published material
 * shows (`publiclyVisible`, kept by collections/Materials/hooks/updateMediaVisibility.ts), never evidence.
 * As a Where, it holds for lists, by id, GraphQL and the file route `/api/media/file/<name>`, where
 * Payload matches the name against the original and every image size.
 *
 * Previews (a PDF's first page, a video's poster) and small videos are not image sizes, so
 * Payload cannot match their names: for those the rule looks the file up itself.
 */
export const isSignedInOrPubliclyVisible: Access = async ({ data, isReadingStaticFile, req }) => {
  if (req.user && !hasRole(req.user, 'contributor')) return true
  const readable: Where = req.user
    ? { or: [notEvidence, { evidenceUnit: { in: await allowedUnitIds(req) } }] }
    : publiclyVisible
  const filename =
    isReadingStaticFile && data && typeof data === 'object' && 'filename' in data ? data.filename : undefined
  if (typeof filename === 'string' && filename) {
    const preview = await req.payload.db.findOne({
      collection: 'media',
      where: {
        and: [
          readable,
          { or: [{ 'preview.filename': { equals: filename } }, { 'smallVideo.filename': { equals: filename } }] },
        ],
      },
      req,
    })
    if (preview) return true
  }
  return readable
}
