import type { Endpoint } from 'payload'

import { hasRole } from '../access'
import { queueSiteRebuild } from '../hooks/requestSiteRebuild'

/**
 * POST /api/globals/site-status/rebuild: the dashboard's "Dựng lại ngay".
 * Editors and admins queue a full rebuild that starts at once.
 */
export const rebuildNowEndpoint: Endpoint = {
  path: '/rebuild',
  method: 'post',
  handler: async (req) => {
    if (!hasRole(req.user, 'admin', 'editor')) {
      return Response.json(
        {
          message:
            'Chỉ biên tập viên tỉnh hoặc quản trị viên được yêu cầu dựng lại trang công khai. Trang hiện tại vẫn được giữ nguyên.',
        },
        { status: 403 },
      )
    }
    await queueSiteRebuild(req, 'manual', { scope: 'full' }, 0)
    return Response.json(
      { message: 'Đã xếp lịch dựng lại toàn bộ trang công khai. Trang mới sẽ thay trang cũ khi dựng xong.' },
      { status: 202 },
    )
  },
}
