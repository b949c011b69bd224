import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
  PayloadRequest,
} from 'payload'

import type { Media } from '../../../payload-types'
import { removeDerivedFiles, storeDerivedFile } from '../../../storage/files'
import { renderBroadcast } from '../../../uploads/broadcast/render'
import { isAudioOrVideo } from '../../../uploads/describeFormat'
import { derivedFilename } from '../../../uploads/describeStoredFiles'

/** The MP3 made in beforeChange, written once the record is saved (a refused upload leaves no file). */
const PENDING_BROADCAST = 'makeBroadcastRendition.file'

type PendingBroadcast = { filename: string; data: Buffer }

const EMPTY: NonNullable<Media['broadcast']> = {
  filename: null,
  loudness: null,
  truePeak: null,
  durationSeconds: null,
  bitRate: null,
  filesize: null,
}

const reason = (error: unknown): string => (error instanceof Error ? error.message : String(error))

/** Adds to the note describeUploadedFile wrote (it runs first), in the same words. */
function noteProblem(data: Partial<Media>, problem: string): void {
  data.processingNote = data.processingNote
    ? `${data.processingNote} Ngoài ra, ${problem}.`
    : `Tệp gốc đã được lưu, nhưng ${problem}. Trang công khai vẫn cho tải tệp gốc; hãy thử xuất lại tệp âm thanh (MP3, WAV, M4A) rồi tải lên, hoặc báo quản trị viên.`
}

/**
 * The loudspeaker rendition of every audio upload, and of a video's sound track when it has one
 * (decoding only the audio stream costs little next to the upload itself). It runs inside the save:
 * a 10-minute WAV costs about 25 s of one core (docs/phat-thanh.md), well inside the proxy's 600 s,
 * and the record never claims a rendition that does not exist yet. A file ffmpeg cannot decode keeps
 * its original and says why in «Ghi chú xử lý tệp».
 */
export const makeBroadcastRendition: CollectionBeforeChangeHook<Media> = async ({ data, req }) => {
  const file = req.file
  if (!file?.data) return data
  data.broadcast = { ...EMPTY }
  if (!isAudioOrVideo(file.mimetype)) return data
  try {
    const rendition = await renderBroadcast(file.data, { durationSeconds: data.durationSeconds ?? null })
    if (!rendition) return data
    const filename = derivedFilename(data.filename ?? file.name, 'phat-thanh', 'mp3')
    data.broadcast = {
      filename,
      loudness: rendition.integratedLufs,
      truePeak: rendition.truePeakDbtp,
      durationSeconds: rendition.durationSeconds,
      bitRate: rendition.bitRateKbps,
      filesize: rendition.data.length,
    }
    const pending: PendingBroadcast = { filename, data: rendition.data }
    req.context[PENDING_BROADCAST] = pending
  } catch (error) {
    noteProblem(data, `không tạo được bản phát thanh cho loa (${reason(error)})`)
  }
  return data
}

const isPending = (value: unknown): value is PendingBroadcast =>
  typeof value === 'object' && value !== null && 'filename' in value && 'data' in value && Buffer.isBuffer(value.data)

async function writePending(req: PayloadRequest): Promise<void> {
  const pending = req.context[PENDING_BROADCAST]
  if (!isPending(pending)) return
  delete req.context[PENDING_BROADCAST]
  await storeDerivedFile(pending.filename, pending.data, 'audio/mpeg')
}

/** Writes the new rendition and removes the one a replaced file left behind. */
export const storeBroadcastRendition: CollectionAfterChangeHook<Media> = async ({ doc, previousDoc, req }) => {
  await writePending(req)
  const old = previousDoc?.broadcast?.filename
  if (old && old !== doc.broadcast?.filename) await removeDerivedFiles([old])
  return doc
}

export const removeBroadcastRendition: CollectionAfterDeleteHook<Media> = async ({ doc }) => {
  await removeDerivedFiles([doc.broadcast?.filename])
}
