import type { CollectionBeforeChangeHook } from 'payload'

import type { Media } from '../../../payload-types'
import { derivedFilename } from '../../../uploads/describeStoredFiles'
import { noteProblem, problemReason } from '../../../uploads/processingNote'
import { renderSocialRenditions, SOCIAL_SOURCE_TYPES } from '../../../uploads/socialRenditions'
import { keepDerivedFile } from './derivedFiles'

type Social = NonNullable<Media['social']>

const EMPTY: Social = { zalo: { filename: null }, facebook: { filename: null }, story: { filename: null } }

/**
 * The social-media renditions of an uploaded image (issue 20 §4; sizes in vocabulary/socialImages.ts). A hook of
 * our own rather than Payload's imageSizes: the frame is the whole image on a blurred copy of itself, which
 * imageSizes (one crop or fit) cannot make. Made for every raster image, as any may become a cover: ≈ 0.4–0.6 s
 * for the three on this machine, next to ≈ 0.35 s for each of the three AVIF renditions Payload makes.
 * An image sharp cannot read keeps its original; `processingNote` says why.
 */
export const makeSocialRenditions: CollectionBeforeChangeHook<Media> = async ({ data, req }) => {
  const file = req.file
  if (!file?.data) return data
  data.social = EMPTY
  if (!SOCIAL_SOURCE_TYPES.includes(file.mimetype)) return data
  const filename = data.filename ?? file.name
  try {
    const renditions = await renderSocialRenditions(file.data)
    const social: Social = { ...EMPTY }
    for (const rendition of renditions) {
      const name = derivedFilename(filename, `mxh-${rendition.key}`, 'jpg')
      social[rendition.key] = { filename: name }
      keepDerivedFile(req, { filename: name, data: rendition.data, contentType: 'image/jpeg' })
    }
    data.social = social
  } catch (error) {
    noteProblem(data, `không tạo được ảnh cho mạng xã hội (${problemReason(error)}); tệp gốc vẫn được giữ`)
  }
  return data
}
