import { APIError, type CollectionBeforeValidateHook } from 'payload'

import { allowedUnitIds, hasRole, includesId, relationId } from '../../../access'
import type { BroadcastSchedule } from '../../../payload-types'

/** A commune contributor sets their own commune's schedule only: said plainly, before validation. */
export const refuseOtherUnits: CollectionBeforeValidateHook<BroadcastSchedule> = async ({ data, originalDoc, req }) => {
  if (!hasRole(req.user, 'contributor')) return data
  const unit = relationId(data && 'unit' in data ? data.unit : originalDoc?.unit)
  const allowed = await allowedUnitIds(req)
  if (!includesId(allowed, unit))
    throw new APIError(
      'Bạn chỉ được lập lịch phát thanh cho xã của mình. Lịch chưa được lưu. Hãy chọn lại «Xã».',
      403,
      { field: 'unit' },
      true,
    )
  return data
}
