import fs from 'node:fs/promises'

import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { originalNameOf, safeFileName } from '../../../uploads/fileName'
import { inspectUpload } from '../../../uploads/inspect'
import { UploadRefusal, toApiError } from '../../../uploads/refusal'

/**
 * The gate every upload passes, Local API and REST alike. It runs as
 * beforeOperation, before Payload generates renditions or writes anything to
 * disk, so a refused file leaves no original, no rendition and no record.
 * An accepted file continues as its checked bytes (images re-encoded without
 * EXIF/GPS, SVG as PNG), under a safe name with the extension of its real
 * type and the MIME type sniffed from its content.
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
