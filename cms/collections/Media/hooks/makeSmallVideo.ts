import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
  PayloadRequest,
} from 'payload'

import type { Media } from '../../../payload-types'
import { removeDerivedFiles, storeDerivedFile } from '../../../storage/files'
import { derivedFilename } from '../../../uploads/describeStoredFiles'
import { renderSmallVideo } from '../../../uploads/describeSmallVideo'

/** The small rendition's bytes, made in beforeChange, written once the record is saved. */
const PENDING_SMALL_VIDEO = 'makeSmallVideo.pending'

type Pending = { filename: string; data: Buffer }

const EMPTY = { filename: null, width: null, height: null, filesize: null }

const isPending = (value: unknown): value is Pending =>
  typeof value === 'object' && value !== null && 'filename' in value && 'data' in value && Buffer.isBuffer(value.data)

/**
 * A video's small rendition (H.264 ≤ 480p, cms/uploads/describeSmallVideo.ts),
 * made at upload, inline, after describeUploadedFile has read the duration: the
 * offline pack carries it instead of the original, and never transcodes at build.
 * A video ffmpeg cannot transcode keeps its original; `processingNote` says why.
 */
export const makeSmallVideo: CollectionBeforeChangeHook<Media> = async ({ data, req }) => {
  const file = req.file
  if (!file?.data) return data
  data.smallVideo = { ...EMPTY }
  if (!file.mimetype.startsWith('video/')) return data
  try {
    const small = await renderSmallVideo(file.data, data.durationSeconds ?? null)
    const filename = derivedFilename(data.filename ?? file.name, 'small', 'mp4')
    data.smallVideo = { filename, width: small.width, height: small.height, filesize: small.data.length }
    const pending: Pending = { filename, data: small.data }
    req.context[PENDING_SMALL_VIDEO] = pending
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error)
    const note = `Tệp gốc đã được lưu, nhưng không tạo được bản video nhỏ (480p) cho gói ngoại tuyến (${why}); gói ngoại tuyến sẽ mang tệp gốc.`
    data.processingNote = [data.processingNote, note].filter(Boolean).join(' ')
  }
  return data
}

async function writePending(req: PayloadRequest): Promise<void> {
  const pending = req.context[PENDING_SMALL_VIDEO]
  if (!isPending(pending)) return
  delete req.context[PENDING_SMALL_VIDEO]
  await storeDerivedFile(pending.filename, pending.data, 'video/mp4')
}

/** Writes the new small rendition and removes the one a replaced file left behind. */
export const storeSmallVideo: CollectionAfterChangeHook<Media> = async ({ doc, previousDoc, req }) => {
  await writePending(req)
  const old = previousDoc?.smallVideo?.filename
  if (old && old !== doc.smallVideo?.filename) await removeDerivedFiles([old])
  return doc
}

/** Payload deletes the original and its image renditions; the small video is ours to remove. */
export const removeSmallVideo: CollectionAfterDeleteHook<Media> = async ({ doc }) => {
  await removeDerivedFiles([doc.smallVideo?.filename])
}
