import type { Endpoint, PayloadRequest } from 'payload'

import { hasRole } from '../access'
import { ImportFileError, applyActivityImport, previewActivityImport } from '../import/activities'
import { TEMPLATE_FILE_NAME, buildActivityTemplate } from '../import/activities/template'
import { MAX_IMPORT_BYTES } from '../import/procedures/limits'

const NOTHING_WRITTEN = 'Chưa có gì được ghi.'

const refuse = (status: number, error: string): Response => Response.json({ error, kept: NOTHING_WRITTEN }, { status })

const mayImport = (req: PayloadRequest): boolean => hasRole(req.user, 'admin', 'editor', 'contributor')

async function readForm(
  req: PayloadRequest,
): Promise<{ file: { bytes: Uint8Array; name: string } | null; action: string }> {
  if (!req.formData)
    throw new ImportFileError('Yêu cầu không có biểu mẫu tải tệp lên. Hãy chọn tệp và bấm «Xem trước».')
  const form = await req.formData()
  let action = form.get('action')
  const json = form.get('_payload')
  if (typeof json === 'string' && !action) {
    try {
      action = (JSON.parse(json) as { action?: string }).action ?? null
    } catch {
      action = null
    }
  }
  const upload = form.get('file')
  const file =
    upload && typeof upload !== 'string'
      ? { bytes: new Uint8Array(await upload.arrayBuffer()), name: upload.name }
      : null
  return { file, action: typeof action === 'string' ? action : 'preview' }
}

/**
 * POST /api/outreach-activities/import: `action=preview` reads the file and answers the rows it would save and
 * the rows it refuses (writes nothing); `action=apply` saves every row as a draft, or nothing if any is refused.
 */
export const importActivitiesEndpoint: Endpoint = {
  path: '/import',
  method: 'post',
  handler: async (req) => {
    if (!req.user) return refuse(401, 'Bạn cần đăng nhập để nạp sổ hoạt động.')
    if (!mayImport(req))
      return refuse(403, 'Chỉ cộng tác viên đơn vị, biên tập viên tỉnh hoặc quản trị được nạp sổ hoạt động.')
    try {
      const { file, action } = await readForm(req)
      if (action !== 'preview' && action !== 'apply')
        return refuse(400, `Thao tác «${action}» không có. Hãy bấm «Xem trước» hoặc «Xác nhận nạp».`)
      if (!file || file.bytes.byteLength === 0)
        return refuse(400, file ? `Tệp «${file.name}» trống.` : 'Chưa chọn tệp. Hãy chọn tệp sổ hoạt động (.xlsx).')
      if (file.bytes.byteLength > MAX_IMPORT_BYTES) return refuse(413, `Tệp «${file.name}» quá lớn.`)
      if (action === 'preview') return Response.json({ report: (await previewActivityImport(req, file)).report })
      const report = await applyActivityImport(req, file)
      if (report.created === undefined)
        return Response.json(
          { report, error: `Có ${report.rejected.length} dòng bị loại nên chưa nạp dòng nào.`, kept: NOTHING_WRITTEN },
          { status: 400 },
        )
      return Response.json({ report })
    } catch (error) {
      if (error instanceof ImportFileError) return refuse(400, error.message)
      req.payload.logger.error({ err: error, msg: 'Outreach activity import failed' })
      const detail = error instanceof Error ? ` (${error.message})` : ''
      return refuse(500, `Không nạp được sổ hoạt động${detail}. Hãy thử lại; nếu vẫn lỗi, gửi tệp cho quản trị viên.`)
    }
  },
}

/** GET /api/outreach-activities/import-template: the spreadsheet to fill in, with Vietnamese headers. */
export const activityTemplateEndpoint: Endpoint = {
  path: '/import-template',
  method: 'get',
  handler: async (req) => {
    if (!req.user) return refuse(401, 'Bạn cần đăng nhập để tải tệp mẫu.')
    return new Response(new Uint8Array(await buildActivityTemplate()), {
      headers: {
        'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'Content-Disposition': `attachment; filename="${TEMPLATE_FILE_NAME}"`,
        'Cache-Control': 'no-store',
      },
    })
  },
}
