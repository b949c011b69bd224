import { APIError, type CollectionBeforeValidateHook } from 'payload'

import { allowedUnitIds, hasRole, includesId, relationId } from '../../../access'

/**
 * What access functions cannot say with a clear message: a contributor saves
 * drafts of their own units only. Runs before validation, so the contributor
 * reads this reason rather than a list of missing fields.
 *
 * Publishing is judged on the status the document will have after the write:
 * an update without `_status` keeps the stored one, so editing a published
 * material in place (without saving a draft) is publishing too.
 */
export const refuseContributorOverreach: CollectionBeforeValidateHook = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (!hasRole(req.user, 'contributor')) return data
  const original = originalDoc as { _status?: string; ownerUnit?: unknown } | undefined
  const status = data?._status ?? (operation === 'update' ? original?._status : undefined)
  if (status === 'published') {
    throw new APIError(
      'Cộng tác viên đơn vị không được xuất bản tài liệu. Thay đổi chưa được lưu. ' +
        'Hãy bấm «Lưu bản nháp» rồi gửi duyệt; người duyệt hoặc biên tập viên tỉnh sẽ xuất bản.',
      403,
      { reason: 'contributor-cannot-publish' },
      true,
    )
  }
  const unit = relationId(data && 'ownerUnit' in data ? data.ownerUnit : original?.ownerUnit)
  const allowed = await allowedUnitIds(req)
  if (!includesId(allowed, unit)) {
    throw new APIError(
      allowed.length === 0
        ? 'Tài khoản của bạn chưa được gắn với đơn vị nào nên chưa thể soạn tài liệu. Thay đổi chưa được lưu. Hãy đề nghị quản trị gắn đơn vị cho tài khoản.'
        : 'Bạn chỉ được soạn tài liệu của đơn vị mình (hoặc các đơn vị trực thuộc nếu được cấp quyền). ' +
            'Thay đổi chưa được lưu. Hãy chọn lại «Đơn vị chủ trì» là đơn vị của bạn.',
      403,
      { field: 'ownerUnit' },
      true,
    )
  }
  return data
}
