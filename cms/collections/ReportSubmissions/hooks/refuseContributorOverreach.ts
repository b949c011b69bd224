import { APIError, type CollectionBeforeValidateHook } from 'payload'

import { allowedUnitIds, hasRole, includesId, relationId } from '../../../access'

/**
 * A contributor writes their own unit's report (the unit is theirs by default),
 * and only while it is a draft: once submitted it is the province's record.
 * Said in words, since access rules alone would answer a bare 403.
 */
export const refuseContributorOverreach: CollectionBeforeValidateHook = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (!hasRole(req.user, 'contributor') || !data) return data
  const allowed = await allowedUnitIds(req)
  if (operation === 'create' && relationId(data.unit) === undefined && allowed[0] !== undefined) data.unit = allowed[0]
  const original = originalDoc as { state?: string; unit?: unknown } | undefined
  if (operation === 'update' && original?.state === 'submitted') {
    throw new APIError(
      'Báo cáo đã nộp nên không sửa được nữa. Thay đổi chưa được lưu. Cần sửa thì đề nghị biên tập viên tỉnh mở lại báo cáo.',
      409,
      { reason: 'report-already-submitted' },
      true,
    )
  }
  const unit = relationId('unit' in data ? data.unit : original?.unit)
  if (!includesId(allowed, unit)) {
    throw new APIError(
      allowed.length === 0
        ? 'Tài khoản của bạn chưa được gắn với đơn vị nào nên chưa thể lập báo cáo. Thay đổi chưa được lưu. Hãy đề nghị quản trị gắn đơn vị cho tài khoản.'
        : 'Bạn chỉ được lập báo cáo của đơn vị mình. Thay đổi chưa được lưu. Hãy chọn lại «Đơn vị» là đơn vị của bạn.',
      403,
      { field: 'unit' },
      true,
    )
  }
  return data
}
