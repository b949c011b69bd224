import type { Endpoint, PayloadHandler, PayloadRequest } from 'payload'
import { addDataAndFileToRequest } from 'payload'

import { recordAudit } from '../../../audit/record'
import { notifyReviewStep } from '../../../notify/notifyReviewStep'
import type { Material } from '../../../payload-types'
import { ACTION_VERB, ALLOWED_FROM_WORDS, FORBIDDEN } from './messages'
import { mayAct, stateAllows } from './permissions'
import { publicationOf } from './publication'
import { fail, findLatest } from './read'
import { applyReviewStep } from './reviewStep'
import { type ReviewAction, stateLabel } from './states'
import { workflowState } from './workflowState'
import { materialWarnings } from '../warnings'

async function readComment(req: PayloadRequest): Promise<string> {
  await addDataAndFileToRequest(req)
  const comment = (req.data as { comment?: unknown } | undefined)?.comment
  return typeof comment === 'string' ? comment.trim() : ''
}

/** Why this step may not be taken now (as an answer), or null. */
async function refusal(req: PayloadRequest, action: ReviewAction, material: Material): Promise<Response | null> {
  if (!(await mayAct(req, action, material))) return fail(403, FORBIDDEN[action])
  const state = material.workflowStatus ?? 'draft'
  if (stateAllows(action, state)) return null
  return fail(
    409,
    `Không thể ${ACTION_VERB[action]}: tài liệu «${material.title}» đang ở trạng thái «${stateLabel(state)}», chỉ ${ACTION_VERB[action]} được khi ở trạng thái ${ALLOWED_FROM_WORDS[action]}. Tài liệu giữ nguyên; hãy tải lại trang để xem trạng thái mới nhất.`,
  )
}

function reviewHandler(action: ReviewAction): PayloadHandler {
  return async (req) => {
    const id = String(req.routeParams?.id ?? '')
    if (!req.user) return fail(403, `Bạn cần đăng nhập để ${ACTION_VERB[action]} tài liệu. Tài liệu giữ nguyên.`)
    const material = await findLatest(req, id)
    if (!material)
      return fail(404, `Không tìm thấy tài liệu mã ${id}. Có thể tài liệu đã bị xóa; hãy tải lại danh sách.`)
    const refused = await refusal(req, action, material)
    if (refused) return refused
    const comment = await readComment(req)
    if (action === 'return' && !comment) {
      return fail(
        400,
        'Hãy ghi ý kiến khi trả lại: cộng tác viên cần biết phải sửa gì. Tài liệu chưa bị trả lại và giữ nguyên.',
      )
    }

    const detail = await applyReviewStep(req, material, action, comment)
    const { title } = material
    const docCreatedAt = material.createdAt
    await recordAudit(req, {
      action,
      collection: 'materials',
      docId: material.id,
      docCreatedAt,
      title,
      comment,
      detail,
    })
    // One step done and recorded: whatever should follow it goes here (e-mail to the people concerned).
    // A withdrawal tells nobody: the reviewers had not started, and the author is the one who took it back.
    if (action !== 'withdraw') notifyReviewStep(req, action, material.id, comment)

    const updated = await findLatest(req, id)
    const publication = await publicationOf(req.payload, material.id)
    // Sending on or publishing something with nothing to play is allowed, never silent.
    const warnings = action === 'submit' || action === 'approve' ? await materialWarnings(req, material) : []
    return Response.json({
      message: [`Đã ${ACTION_VERB[action]} tài liệu «${title}».`, detail, ...warnings.map((w) => `Lưu ý: ${w}`)]
        .filter(Boolean)
        .join(' '),
      warnings,
      doc: {
        id: material.id,
        workflowStatus: updated?.workflowStatus,
        published: publication.state !== 'unpublished',
      },
    })
  }
}

/** Whether the material's published version is on the public site yet (polled by the admin while it is not). */
const publication: PayloadHandler = async (req) => {
  const id = String(req.routeParams?.id ?? '')
  if (!req.user) return fail(403, 'Bạn cần đăng nhập để xem tình trạng trang công khai.')
  if (!(await findLatest(req, id))) return fail(404, `Không tìm thấy tài liệu mã ${id}.`)
  return Response.json(await publicationOf(req.payload, id))
}

export const workflowEndpoints: Endpoint[] = [
  { path: '/:id/submit', method: 'post', handler: reviewHandler('submit') },
  { path: '/:id/withdraw', method: 'post', handler: reviewHandler('withdraw') },
  { path: '/:id/return', method: 'post', handler: reviewHandler('return') },
  { path: '/:id/approve', method: 'post', handler: reviewHandler('approve') },
  { path: '/:id/workflow', method: 'get', handler: workflowState },
  { path: '/:id/publication', method: 'get', handler: publication },
]
