import type { Endpoint, PayloadHandler } from 'payload'

import { allowedUnitIds, hasRole, includesId, relationId } from '../access'
import { now } from '../lib/clock'
import { materialUsage } from './materialUsage'
import { usageNote } from './note'

const fail = (status: number, message: string): Response => Response.json({ errors: [{ message }] }, { status })

/**
 * GET /api/materials/:id/usage: the material's counts for its edit view («Lượt sử dụng»). Signed-in
 * users only; a unit contributor sees the materials of their own units (cms/access/unitScope.ts).
 */
const usageHandler: PayloadHandler = async (req) => {
  const id = String(req.routeParams?.id ?? '')
  if (!req.user) return fail(403, 'Bạn cần đăng nhập để xem lượt sử dụng của tài liệu.')
  const material = await req.payload.findByID({
    collection: 'materials',
    id,
    depth: 0,
    draft: true,
    overrideAccess: true,
    disableErrors: true,
    select: { ownerUnit: true },
    req,
  })
  if (!material) return fail(404, `Không tìm thấy tài liệu mã ${id}. Có thể tài liệu đã bị xóa.`)
  if (hasRole(req.user, 'contributor') && !includesId(await allowedUnitIds(req), relationId(material.ownerUnit))) {
    return fail(
      403,
      'Lượt sử dụng của tài liệu đơn vị khác chỉ biên tập viên, người duyệt cấp tỉnh xem được. Số liệu toàn tỉnh có ở trang «Thống kê sử dụng».',
    )
  }
  return Response.json({ ...(await materialUsage(req.payload, material.id, now())), note: usageNote() })
}

export const usageEndpoints: Endpoint[] = [{ path: '/:id/usage', method: 'get', handler: usageHandler }]
