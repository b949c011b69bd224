import { APIError, type CollectionBeforeValidateHook } from 'payload'

import { allowedUnitIds, hasRole, includesId, relationId } from '../../../access'
import type { OutreachActivity } from '../../../payload-types'
import { ACTIVITY_REVIEW_CONTEXT } from '../workflow/states'

const locked = (activity: OutreachActivity): string | null => {
  if (activity.reviewState === 'submitted')
    return `Hoạt động «${activity.title}» đang chờ duyệt nên chưa sửa được. Thay đổi chưa được lưu. Nếu cần sửa, hãy bấm «Rút lại để sửa» trong khung «Duyệt hoạt động», sửa xong thì gửi duyệt lại.`
  if (activity.reviewState === 'approved')
    return `Hoạt động «${activity.title}» đã được duyệt và đã vào số liệu báo cáo nên đơn vị không sửa được nữa. Thay đổi chưa được lưu. Nếu cần đính chính, hãy đề nghị người duyệt hoặc biên tập viên tỉnh.`
  return null
}

/**
 * What access rules cannot say with a clear message: a contributor records and edits their own units'
 * activities only, and not while one waits for review or once it is approved (the admin shows those
 * read-only; this answers a REST client or a stale tab). Runs before validation, so this is what they read.
 */
export const refuseAuthorOverreach: CollectionBeforeValidateHook<OutreachActivity> = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (!hasRole(req.user, 'contributor') || req.context[ACTIVITY_REVIEW_CONTEXT]) return data
  const reason = operation === 'update' && originalDoc ? locked(originalDoc) : null
  if (reason) throw new APIError(reason, 409, { reason: 'locked-for-review' }, true)
  const unit = relationId(data && 'unit' in data ? data.unit : originalDoc?.unit)
  const allowed = await allowedUnitIds(req)
  if (!includesId(allowed, unit))
    throw new APIError(
      allowed.length === 0
        ? 'Tài khoản của bạn chưa được gắn với đơn vị nào nên chưa ghi được hoạt động. Thay đổi chưa được lưu. Hãy đề nghị quản trị gắn đơn vị cho tài khoản.'
        : 'Bạn chỉ được ghi hoạt động của đơn vị mình (hoặc các đơn vị trực thuộc nếu được cấp quyền). Thay đổi chưa được lưu. Hãy chọn lại «Đơn vị thực hiện».',
      403,
      { field: 'unit' },
      true,
    )
  return data
}
