import type { CollectionBeforeChangeHook } from 'payload'

import type { Media } from '../../../payload-types'
import { renderBroadcast } from '../../../uploads/broadcast/render'
import { isAudioOrVideo } from '../../../uploads/describeFormat'
import { derivedFilename } from '../../../uploads/describeStoredFiles'
import { noteProblem, problemReason } from '../../../uploads/processingNote'
import { keepDerivedFile } from './derivedFiles'

const EMPTY: NonNullable<Media['broadcast']> = {
  filename: null,
  loudness: null,
  truePeak: null,
  durationSeconds: null,
  bitRate: null,
  filesize: null,
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
    keepDerivedFile(req, { filename, data: rendition.data, contentType: 'audio/mpeg' })
  } catch (error) {
    noteProblem(
      data,
      `không tạo được bản phát thanh cho loa (${problemReason(error)})`,
      'Trang công khai vẫn cho tải tệp gốc; hãy thử xuất lại tệp âm thanh (MP3, WAV, M4A) rồi tải lên, hoặc báo quản trị viên.',
    )
  }
  return data
}
