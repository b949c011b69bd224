import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'
import { PDFDocument } from 'pdf-lib'

import type { Media } from '../../../payload-types'
import { readDurationSeconds } from '../../../uploads/describeDuration'
import { sha256Of } from '../../../uploads/duplicates'
import { describeFormat, isAudioOrVideo } from '../../../uploads/describeFormat'
import { type RenderedPreview, renderPdfFirstPage } from '../../../uploads/describePdfPreview'
import { derivedFilename } from '../../../uploads/describeStoredFiles'
import { renderVideoPoster } from '../../../uploads/describeVideoPoster'
import { noteProblem, problemReason as reason } from '../../../uploads/processingNote'
import { SOURCE_SHA256 } from './checkUpload'
import { keepDerivedFile } from './derivedFiles'

/**
 * Records what a citizen sees next to a download (checksum, format, PDF page
 * count and first-page preview, audio/video duration, a video's poster frame).
 * Runs only when a file arrives, so edits to alt text keep them; a replaced
 * file gets everything anew.
 * A description that cannot be made never costs the original: the record is
 * saved and `processingNote` says what is missing.
 */
export const describeUploadedFile: CollectionBeforeChangeHook<Media> = async ({ data, req }) => {
  const file = req.file
  if (!file?.data) return data
  const filename = data.filename ?? file.name
  data.sha256 = sha256Of(file.data)
  const source = req.context[SOURCE_SHA256]
  data.sourceSha256 = typeof source === 'string' ? source : data.sha256
  data.format = describeFormat(file.mimetype, filename)
  data.pageCount = null
  data.durationSeconds = null
  data.preview = { filename: null, width: null, height: null }
  const problems: string[] = []
  // Payload keeps the old renditions' entries when an image is replaced by a file it cannot
  // resize (their files are already deleted): clear them so nothing links to a missing file.
  if (!file.mimetype.startsWith('image/') && data.sizes) {
    const empty = { url: null, width: null, height: null, mimeType: null, filesize: null, filename: null }
    data.sizes = Object.fromEntries(Object.keys(data.sizes).map((name) => [name, { ...empty }]))
  }

  if (file.mimetype === 'application/pdf') {
    try {
      const pdf = await PDFDocument.load(file.data, { updateMetadata: false, ignoreEncryption: true })
      data.pageCount = pdf.getPageCount()
    } catch {
      throw new Error(
        `Tệp "${file.name}" không phải là PDF đọc được (tệp hỏng hoặc bị cắt). Tệp chưa được lưu; hãy xuất lại PDF rồi tải lên.`,
      )
    }
    let preview: RenderedPreview | null = null
    try {
      preview = await renderPdfFirstPage(file.data)
    } catch (error) {
      problems.push(`không tạo được ảnh xem trước trang đầu (${reason(error)})`)
    }
    if (preview) keepPreview(req, data, derivedFilename(filename, 'preview', 'webp'), preview)
  }

  if (isAudioOrVideo(file.mimetype)) {
    try {
      data.durationSeconds = await readDurationSeconds(file.data, file.mimetype)
      if (data.durationSeconds === null) problems.push('tệp không ghi thời lượng')
    } catch (error) {
      problems.push(`không đọc được thời lượng (${reason(error)})`)
    }
  }

  if (file.mimetype.startsWith('video/')) {
    try {
      keepPreview(
        req,
        data,
        derivedFilename(filename, 'poster', 'webp'),
        await renderVideoPoster(file.data, data.durationSeconds ?? null),
      )
    } catch (error) {
      problems.push(`không tạo được ảnh đại diện cho video (${reason(error)})`)
    }
  }

  // A new file starts a new note; the hooks after this one add to it.
  data.processingNote = null
  if (problems.length) {
    noteProblem(
      data,
      problems.join('; '),
      'Trang công khai vẫn cho tải tệp; hãy thử tải lại tệp hoặc báo quản trị viên.',
    )
  }
  return data
}

/** Records the preview on the document; its bytes wait in the request until the record is saved. */
function keepPreview(req: PayloadRequest, data: Partial<Media>, previewName: string, preview: RenderedPreview): void {
  data.preview = { filename: previewName, width: preview.width, height: preview.height }
  keepDerivedFile(req, { filename: previewName, data: preview.data, contentType: 'image/webp' })
}
