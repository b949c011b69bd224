import type { Endpoint } from 'payload'

import { hasRole } from '../../../access'
import { loadReportStatus } from '../../../yearlyReport/status'

/**
 * GET /api/report-submissions/status/:year: what the province view «Báo cáo năm»
 * shows: every reporting unit with its report's standing for the year
 * (submitted and when, not yet, or late once 15/12 has passed by the CMS clock).
 * Editors, reviewers and admins only.
 */
export const reportStatusEndpoint: Endpoint = {
  path: '/status/:year(\\d{4})',
  method: 'get',
  handler: async (req) => {
    if (!hasRole(req.user, 'admin', 'editor', 'reviewer')) {
      return Response.json(
        { message: 'Chỉ biên tập viên, người duyệt và quản trị của tỉnh xem được tình hình nộp báo cáo.' },
        { status: 403 },
      )
    }
    return Response.json(await loadReportStatus(req.payload, Number(req.routeParams?.year)))
  },
}
