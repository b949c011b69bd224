import fs from 'node:fs/promises'

import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { duplicateUploadError, findMediaByChecksum, sha256Of } from '../../../uploads/duplicates'
import { originalNameOf, safeFileName } from '../../../uploads/fileName'
import { inspectUpload } from '../../../uploads/inspect'
import { UploadRefusal, toApiError } from '../../../uploads/refusal'

/** The checksum of the bytes as uploaded, kept for describeUploadedFile (see the `sourceSha256` field). */
export const SOURCE_SHA256 = 'checkUpload.sourceSha256'

/**
 * The gate every upload passes, Local API and REST alike. It runs as
 * beforeOperation, before Payload generates renditions or writes anything to
 * disk, so a refused file leaves no original, no rendition and no record.
 * An accepted file continues as its checked bytes (images re-encoded without
 * EXIF/GPS, SVG as PNG), under a safe name with the extension of its real
 * type and the MIME type sniffed from its content. A new upload whose bytes the
 * library already holds is refused (409) with the existing document's id and name.
 */
export const checkUpload: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const file = req.file
  if (!file) return args
  const shownName = originalNameOf(file.name)
  const data = file.data?.length
    ? file.data
    : file.tempFilePath
      ? await fs.readFile(file.tempFilePath)
      : Buffer.alloc(0)
  let inspected
  try {
    inspected = await inspectUpload(data)
  } catch (error) {
    if (error instanceof UploadRefusal) throw toApiError(shownName, error)
    req.payload.logger.error({ err: error, msg: `Upload check failed for ${shownName}` })
    throw new APIError(
      `Tệp "${shownName}" chưa được lưu: hệ thống không kiểm tra được tệp này. Các trường khác trong biểu mẫu vẫn giữ nguyên. Hãy thử lại; nếu vẫn lỗi, báo cho quản trị viên.`,
      500,
      { file: shownName, reason: 'check-failed' },
      true,
    )
  }
  // The same bytes (as uploaded, or as they would be stored) are never kept twice: the editor uses the existing
  // file. People upload through the admin and REST (GraphQL has no uploads); Local API callers are the library's
  // own code (seed, imports, tests), which keeps its files apart itself.
  const sourceSha256 = sha256Of(data)
  if (operation === 'create' && req.payloadAPI !== 'local') {
    const existing = await findMediaByChecksum(req.payload, [sha256Of(inspected.data), sourceSha256], req)
    if (existing) throw duplicateUploadError(shownName, existing)
  }
  req.context[SOURCE_SHA256] = sourceSha256
  req.file = {
    data: inspected.data,
    mimetype: inspected.mime,
    name: safeFileName(file.name, inspected.ext),
    size: inspected.data.length,
  }
  const incoming = (args as { data?: Record<string, unknown> }).data
  if (incoming) incoming.originalName = shownName
  return args
}
