import { APIError, type CollectionBeforeChangeHook } from 'payload'

import type { Material } from '../../../payload-types'
import { mayApprove, reviewEntry } from '../workflow/reviewEntry'
import { WORKFLOW_CONTEXT_KEY, isRestoringVersion, stateLabel } from '../workflow/states'

/**
 * One way to publish, with the review history: «Duyệt và xuất bản» (POST
 * /api/materials/:id/approve). The admin offers no other publish button; a
 * client that publishes directly (REST `_status: 'published'`, the list's bulk
 * publish) by a signed-in user is held to the same rules, so it is an approval:
 * only of a material waiting for review, by a reviewer, and written into the
 * review history. Scripts and schedulers (no user, or their own context) and
 * restoring a version (audited as such) are left alone.
 */
export const routePublishThroughReview: CollectionBeforeChangeHook<Material> = ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (data._status !== 'published' || !req.user) return data
  if (req.context[WORKFLOW_CONTEXT_KEY] || isRestoringVersion(req)) return data
  const previous = operation === 'create' ? 'draft' : (originalDoc?.workflowStatus ?? 'draft')
  if (previous !== 'submitted') {
    throw new APIError(
      `Chưa xuất bản được: tài liệu đang ở trạng thái «${stateLabel(previous)}». ` +
        'Tài liệu chỉ được xuất bản bằng «Duyệt và xuất bản» khi đang «Chờ duyệt», để lần xuất bản nào cũng có trong lịch sử duyệt. ' +
        'Thay đổi chưa được lưu. Hãy lưu bản nháp, bấm «Gửi duyệt», rồi «Duyệt và xuất bản».',
      409,
      { reason: 'publish-needs-review', workflowStatus: previous },
      true,
    )
  }
  if (!mayApprove(req.user)) {
    throw new APIError(
      'Bạn không có quyền duyệt tài liệu: chỉ người duyệt, biên tập viên tỉnh hoặc quản trị mới xuất bản được. Thay đổi chưa được lưu.',
      403,
      { reason: 'publish-needs-review' },
      true,
    )
  }
  const history = data.reviewLog ?? originalDoc?.reviewLog ?? []
  return { ...data, workflowStatus: 'approved', reviewLog: [...history, reviewEntry(req, 'approve', '')] }
}
