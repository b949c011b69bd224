import { APIError, type CollectionBeforeValidateHook } from 'payload'

import { hasRole } from '../../../access'
import type { Material } from '../../../payload-types'
import { WORKFLOW_CONTEXT_KEY } from '../workflow/states'

/**
 * The rule: a contributor does not change a material while it waits for review.
 * Reviewers approve what was submitted, so an edit would either slip unreviewed
 * text into the approval or silently take the material out of their queue.
 * The admin shows the form read-only (access.ts); this gives any other client
 * (REST, a stale tab) the same answer in words, before validation.
 * Withdrawing («Rút lại để sửa», POST /api/materials/:id/withdraw) reopens it.
 */
export const refuseEditWhileInReview: CollectionBeforeValidateHook<Material> = ({ operation, originalDoc, req }) => {
  if (operation !== 'update' || req.context[WORKFLOW_CONTEXT_KEY]) return
  if (!hasRole(req.user, 'contributor') || originalDoc?.workflowStatus !== 'submitted') return
  throw new APIError(
    `Tài liệu «${originalDoc.title}» đang chờ duyệt nên chưa sửa được. Thay đổi chưa được lưu. ` +
      'Nếu cần sửa, hãy bấm «Rút lại để sửa» trong khung «Duyệt tài liệu»: tài liệu rời hàng chờ duyệt, ' +
      'việc rút lại được ghi vào lịch sử duyệt, và bạn gửi duyệt lại khi sửa xong.',
    409,
    { reason: 'in-review' },
    true,
  )
}
