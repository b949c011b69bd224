import type { Access, Where } from 'payload'

const publiclyVisible: Where = { publiclyVisible: { equals: true } }

/**
 * Signed-in users read every file (what they may change is decided elsewhere);
 * the public reads only files a published material shows (`publiclyVisible`,
 * kept by collections/Materials/hooks/updateMediaVisibility.ts). As a Where, it holds for lists, by id,
 * GraphQL and the file route `/api/media/file/<name>`, where Payload matches the
 * name against the original and every image size.
 *
 * Previews (a PDF's first page, a video's poster) are not image sizes, so
 * Payload cannot match their names: for those the rule looks the file up itself.
 */
export const isSignedInOrPubliclyVisible: Access = async ({ data, isReadingStaticFile, req }) => {
  if (req.user) return true
  const filename =
    isReadingStaticFile && data && typeof data === 'object' && 'filename' in data ? data.filename : undefined
  if (typeof filename === 'string' && filename) {
    const preview = await req.payload.db.findOne({
      collection: 'media',
      where: { and: [publiclyVisible, { 'preview.filename': { equals: filename } }] },
      req,
    })
    if (preview) return true
  }
  return publiclyVisible
}
