import type { Endpoint, PayloadRequest } from 'payload'

import { hasRole } from '../access'
import {
  ImportFileError,
  ImportStaleError,
  MAX_IMPORT_BYTES,
  applyProcedureImport,
  previewProcedureImport,
  type ImportFile,
} from '../import/procedures'

const NOTHING_WRITTEN = 'Chưa có gì được ghi.'
/** Room for the form's other fields and the multipart boundaries around the file. */
const FORM_OVERHEAD_BYTES = 64 * 1024

const megabytes = (bytes: number): string =>
  `${new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 }).format(bytes / (1024 * 1024))} MB`

const refuse = (status: number, error: string, extra: Record<string, unknown> = {}): Response =>
  Response.json({ error, kept: NOTHING_WRITTEN, ...extra }, { status })

interface ImportForm {
  file: ImportFile | null
  action: string
  fingerprint: string | undefined
}

/**
 * Reads the multipart form. Plain fields (`action`, `fingerprint`) as the admin
 * screen sends them, or the same keys as JSON in `_payload`, as Payload's own
 * upload forms (and the test client) send their fields.
 */
async function readForm(req: PayloadRequest): Promise<ImportForm> {
  if (!req.formData)
    throw new ImportFileError('Yêu cầu không có biểu mẫu tải tệp lên. Hãy chọn tệp và bấm «Xem trước».')
  const form = await req.formData()
  const text = (key: string): string | undefined => {
    const value = form.get(key)
    return typeof value === 'string' ? value : undefined
  }
  let fromJson: Record<string, unknown> = {}
  const json = text('_payload')
  if (json) {
    try {
      fromJson = JSON.parse(json) as Record<string, unknown>
    } catch {
      fromJson = {}
    }
  }
  const pick = (key: string): string | undefined =>
    text(key) ?? (typeof fromJson[key] === 'string' ? (fromJson[key] as string) : undefined)
  const upload = form.get('file')
  const file =
    upload && typeof upload !== 'string'
      ? { bytes: new Uint8Array(await upload.arrayBuffer()), name: upload.name }
      : null
  return { file, action: pick('action') ?? 'preview', fingerprint: pick('fingerprint') }
}

/**
 * POST /api/procedures/import: the admin's «Nạp danh mục thủ tục» screen.
 * `action=preview` reads the file and answers what an import would do, writing
 * nothing; `action=apply` writes it, but only if the catalogue is still the one
 * the editor previewed (`fingerprint`), otherwise 409.
 */
export const importProceduresEndpoint: Endpoint = {
  path: '/import',
  method: 'post',
  handler: async (req) => {
    if (!req.user) {
      return refuse(401, 'Bạn cần đăng nhập để nạp danh mục thủ tục. Hãy đăng nhập lại rồi chọn tệp.')
    }
    if (!hasRole(req.user, 'admin', 'editor')) {
      return refuse(
        403,
        'Chỉ biên tập viên tỉnh hoặc quản trị viên được nạp danh mục thủ tục. Hãy gửi tệp cho biên tập viên tỉnh.',
      )
    }
    const tooLarge = (): Response =>
      refuse(
        413,
        `Tệp quá lớn: giới hạn cho danh mục thủ tục là ${megabytes(MAX_IMPORT_BYTES)}. Hãy xóa các trang tính không phải danh mục, hoặc lưu lại thành CSV, rồi nạp lại.`,
      )
    const declared = Number(req.headers.get('content-length') ?? 0)
    if (declared > MAX_IMPORT_BYTES + FORM_OVERHEAD_BYTES) return tooLarge()

    try {
      const form = await readForm(req)
      if (form.action !== 'preview' && form.action !== 'apply') {
        return refuse(400, `Thao tác «${form.action}» không có. Hãy bấm «Xem trước» hoặc «Xác nhận nạp».`)
      }
      if (!form.file || form.file.bytes.byteLength === 0) {
        return refuse(
          400,
          form.file
            ? `Tệp «${form.file.name}» trống. Hãy chọn tệp danh mục (.xlsx hoặc .csv) có dữ liệu.`
            : 'Chưa chọn tệp. Hãy chọn tệp danh mục (.xlsx hoặc .csv).',
        )
      }
      if (form.file.bytes.byteLength > MAX_IMPORT_BYTES) return tooLarge()

      if (form.action === 'preview') {
        return Response.json({ report: await previewProcedureImport(req.payload, form.file) })
      }
      if (!form.fingerprint) {
        return refuse(400, 'Thiếu mã xem trước. Hãy bấm «Xem trước» rồi mới «Xác nhận nạp».')
      }
      const result = await applyProcedureImport(req.payload, form.file, {
        expectedFingerprint: form.fingerprint,
        user: req.user,
      })
      const rebuild = process.env.SITE_AUTO_REBUILD === '0' ? 'off' : 'queued'
      return Response.json({ report: result, siteRebuild: rebuild })
    } catch (error) {
      if (error instanceof ImportFileError) return refuse(400, error.message)
      if (error instanceof ImportStaleError) return refuse(409, error.message)
      req.payload.logger.error({ err: error, msg: 'Procedure catalogue import failed' })
      return refuse(
        500,
        'Không nạp được danh mục do lỗi máy chủ. Hãy thử lại sau ít phút; nếu vẫn lỗi, gửi tệp và thời điểm nạp cho quản trị viên.',
      )
    }
  },
}
