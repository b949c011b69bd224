import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
  PayloadRequest,
} from 'payload'

import type { Media } from '../../../payload-types'
import { removeDerivedFiles, storeDerivedFile } from '../../../storage/files'
import { derivedFilename } from '../../../uploads/describeStoredFiles'
import { renderSocialRenditions, SOCIAL_SOURCE_TYPES } from '../../../uploads/socialRenditions'
import { SOCIAL_IMAGES } from '../../../vocabulary/socialImages'

/** Rendition bytes made in beforeChange, written once the record is saved (a refused upload leaves no file). */
const PENDING = 'makeSocialRenditions.files'

type Pending = { filename: string; data: Buffer }[]
type Social = NonNullable<Media['social']>

const EMPTY: Social = { zalo: { filename: null }, facebook: { filename: null }, story: { filename: null } }

const filenamesOf = (social: Media['social'] | null | undefined): (string | null | undefined)[] =>
  SOCIAL_IMAGES.map(({ key }) => social?.[key]?.filename)

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
    const pending: Pending = []
    const social: Social = { ...EMPTY }
    for (const rendition of renditions) {
      const name = derivedFilename(filename, `mxh-${rendition.key}`, 'jpg')
      social[rendition.key] = { filename: name }
      pending.push({ filename: name, data: rendition.data })
    }
    data.social = social
    req.context[PENDING] = pending
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error)
    const note = `không tạo được ảnh cho mạng xã hội (${why}); tệp gốc vẫn được giữ.`
    data.processingNote = data.processingNote
      ? `${data.processingNote} Ngoài ra, ${note}`
      : `Tệp gốc đã được lưu, nhưng ${note}`
  }
  return data
}

function takePending(req: PayloadRequest): Pending {
  const pending = req.context[PENDING]
  delete req.context[PENDING]
  return Array.isArray(pending) ? (pending as Pending) : []
}

/** Writes the new renditions and removes those a replaced file left behind. */
export const storeSocialRenditions: CollectionAfterChangeHook<Media> = async ({ doc, previousDoc, req }) => {
  for (const file of takePending(req)) await storeDerivedFile(file.filename, file.data, 'image/jpeg')
  const current = new Set(filenamesOf(doc.social))
  await removeDerivedFiles(filenamesOf(previousDoc?.social).filter((name) => name && !current.has(name)))
  return doc
}

/** Payload deletes the original and its renditions; these are ours to remove. */
export const removeSocialRenditions: CollectionAfterDeleteHook<Media> = async ({ doc }) => {
  await removeDerivedFiles(filenamesOf(doc.social))
}
