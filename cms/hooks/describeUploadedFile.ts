import crypto from 'node:crypto'

import type { CollectionBeforeChangeHook } from 'payload'
import { PDFDocument } from 'pdf-lib'

import type { Media } from '../payload-types'

/**
 * Records what a citizen sees next to a download: checksum and, for PDFs, the
 * page count. Runs only when a file arrives, so edits to alt text keep them.
 */
export const describeUploadedFile: CollectionBeforeChangeHook<Media> = async ({ data, req }) => {
  const file = req.file
  if (!file?.data) return data
  data.sha256 = crypto.createHash('sha256').update(file.data).digest('hex')
  data.pageCount = null
  if (file.mimetype === 'application/pdf') {
    try {
      const pdf = await PDFDocument.load(file.data, { updateMetadata: false, ignoreEncryption: true })
      data.pageCount = pdf.getPageCount()
    } catch {
      throw new Error(`Tệp "${file.name}" không phải là PDF đọc được (tệp hỏng hoặc bị cắt). Tệp chưa được lưu; hãy xuất lại PDF rồi tải lên.`)
    }
  }
  return data
}
