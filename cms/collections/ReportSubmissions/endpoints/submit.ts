import type { Endpoint } from 'payload'

import { allowedUnitIds, hasRole, includesId, relationId } from '../../../access'
import { now } from '../../../lib/clock'

const refuse = (message: string, status: number) => Response.json({ message }, { status })

/**
 * POST /api/report-submissions/:id/submit: «Nộp báo cáo». The unit (or an
 * editor for it) hands the report to the province; it is stamped with the
 * time (the CMS clock) and the person, and is no longer the unit's to change.
 */
export const submitReportEndpoint: Endpoint = {
  path: '/:id/submit',
  method: 'post',
  handler: async (req) => {
    if (!req.user) return refuse('Hãy đăng nhập để nộp báo cáo.', 401)
    const id = String(req.routeParams?.id ?? '')
    // Read and write as the person: the collection's access decides whether this report is theirs.
    const report = await req.payload
      .findByID({ collection: 'report-submissions', id, depth: 0, overrideAccess: false, user: req.user, req })
      .catch(() => undefined)
    if (!report) return refuse('Không tìm thấy báo cáo, hoặc bạn không có quyền với báo cáo này.', 404)
    if (report.state === 'submitted') return refuse('Báo cáo này đã được nộp trước đó. Không có gì thay đổi.', 409)
    const canUpdate =
      hasRole(req.user, 'admin', 'editor') ||
      (hasRole(req.user, 'contributor') && includesId(await allowedUnitIds(req), relationId(report.unit)))
    if (!canUpdate) return refuse('Bạn không có quyền nộp báo cáo này.', 403)
    const submitted = await req.payload.update({
      collection: 'report-submissions',
      id,
      data: { state: 'submitted', submittedAt: now().toISOString(), submittedBy: req.user.id },
      overrideAccess: true,
      req,
    })
    return Response.json({ message: `Đã nộp ${submitted.title ?? 'báo cáo'}.`, doc: submitted })
  },
}
