import type { CollectionBeforeChangeHook } from 'payload'

import type { Media } from '../../../payload-types'
import { derivedFilename } from '../../../uploads/describeStoredFiles'
import { renderSmallVideo } from '../../../uploads/describeSmallVideo'
import { noteProblem, problemReason } from '../../../uploads/processingNote'
import { keepDerivedFile } from './derivedFiles'

const EMPTY = { filename: null, width: null, height: null, filesize: null }

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
    keepDerivedFile(req, { filename, data: small.data, contentType: 'video/mp4' })
  } catch (error) {
    noteProblem(
      data,
      `không tạo được bản video nhỏ (480p) cho gói ngoại tuyến (${problemReason(error)}); gói ngoại tuyến sẽ mang tệp gốc`,
    )
  }
  return data
}
