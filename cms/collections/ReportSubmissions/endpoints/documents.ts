import type { Endpoint, PayloadRequest } from 'payload'

import { allowedUnitIds, hasRole, includesId } from '../../../access'
import { slugify } from '../../../vocabulary'
import { renderReportDocx } from '../../../yearlyReport/docx'
import { loadReportInput } from '../../../yearlyReport/load'
import { renderReportPdf } from '../../../yearlyReport/pdf'
import { isReportingUnit } from '../../../yearlyReport/reportingUnits'
import { renderReportXlsx } from '../../../yearlyReport/xlsx'

const FORMATS = {
  docx: { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', disposition: 'attachment' },
  xlsx: { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', disposition: 'attachment' },
  pdf: { type: 'application/pdf', disposition: 'inline' },
} as const
type Format = keyof typeof FORMATS

/** The segment naming the province's roll-up instead of a unit id. */
export const PROVINCE_SEGMENT = 'tinh'

const refuse = (message: string, status: number) => Response.json({ message }, { status })

/** `attachment; filename="Bao-cao-nam-2026-xa-sin-ho.docx"; filename*=UTF-8''Báo cáo năm 2026 - Xã Sìn Hồ.docx` */
export function contentDisposition(kind: string, name: string, format: Format): string {
  const readable = `${name}.${format}`
  const ascii = `${slugify(name)}.${format}`
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(readable)}`
}

async function mayRead(req: PayloadRequest, unitId: string | undefined): Promise<boolean> {
  if (hasRole(req.user, 'admin', 'editor', 'reviewer')) return true
  if (unitId === undefined || !hasRole(req.user, 'contributor')) return false
  return includesId(await allowedUnitIds(req), unitId)
}

/**
 * GET /api/report-submissions/:year/:unit.(docx|xlsx|pdf) a unit's report, and
 * /:year/tinh.(docx|xlsx|pdf) the province's roll-up. Generated on request from
 * the data as it stands. A contributor gets their own unit's only; the roll-up
 * is for the province's editors, reviewers and admins.
 */
export const reportDocumentsEndpoint: Endpoint = {
  path: '/:year(\\d{4})/:file',
  method: 'get',
  handler: async (req) => {
    if (!req.user) return refuse('Hãy đăng nhập để tải báo cáo.', 401)
    const year = Number(req.routeParams?.year)
    const match = /^(.+)\.(docx|xlsx|pdf)$/.exec(String(req.routeParams?.file ?? ''))
    if (!match) return refuse('Địa chỉ báo cáo không đúng: cần …/<năm>/<mã đơn vị>.docx, .xlsx hoặc .pdf.', 404)
    const [, target = '', format = 'pdf'] = match as unknown as [string, string, Format]
    const province = target === PROVINCE_SEGMENT
    if (!(await mayRead(req, province ? undefined : target))) {
      return refuse(
        province
          ? 'Chỉ biên tập viên, người duyệt và quản trị của tỉnh tải được báo cáo tổng hợp.'
          : 'Bạn chỉ tải được báo cáo của đơn vị mình.',
        403,
      )
    }
    if (!province) {
      const unit = await req.payload
        .findByID({ collection: 'units', id: target, depth: 0, select: { type: true, historical: true }, req })
        .catch(() => undefined)
      if (!unit || !isReportingUnit(unit)) return refuse('Không có đơn vị báo cáo với mã này.', 404)
    }
    const input = await loadReportInput(
      req.payload,
      year,
      province ? { kind: 'province' } : { kind: 'unit', unitId: target },
    )
    if (!input) return refuse('Không có đơn vị báo cáo với mã này.', 404)
    const bytes =
      format === 'docx'
        ? await renderReportDocx(input)
        : format === 'xlsx'
          ? await renderReportXlsx(input)
          : await renderReportPdf(input)
    const name = `Báo cáo năm ${year} - ${province ? `Tổng hợp tỉnh ${input.provinceName}` : input.issuer.name}`
    return new Response(new Uint8Array(bytes), {
      headers: {
        'Content-Type': FORMATS[format].type,
        'Content-Disposition': contentDisposition(FORMATS[format].disposition, name, format),
        'Cache-Control': 'private, no-store',
      },
    })
  },
}
