import type { Endpoint, PayloadHandler, PayloadRequest } from 'payload'
import { addDataAndFileToRequest } from 'payload'

import { recordAudit } from '../../../audit/record'
import { now } from '../../../lib/clock'
import type { Material, User } from '../../../payload-types'
import { notifyReviewStep } from '../../../notify/notifyReviewStep'
import { formatDate, idOf } from '../../../vocabulary'
import { mayAct, stateAllows } from './permissions'
import { REVIEW_ACTIONS, type ReviewAction, WORKFLOW_CONTEXT_KEY, stateLabel } from './states'

type ReviewEntry = NonNullable<Material['reviewLog']>[number]

const fail = (status: number, message: string): Response => Response.json({ errors: [{ message }] }, { status })

const ACTION_VERB: Record<ReviewAction, string> = { submit: 'gửi duyệt', return: 'trả lại', approve: 'duyệt' }

const FORBIDDEN: Record<ReviewAction, string> = {
  submit:
    'Bạn không có quyền gửi duyệt tài liệu này: chỉ cộng tác viên của đơn vị chủ trì hoặc người được sửa tài liệu mới gửi được. Tài liệu giữ nguyên.',
  return:
    'Bạn không có quyền trả lại tài liệu: chỉ người duyệt, biên tập viên tỉnh hoặc quản trị mới trả lại được. Tài liệu giữ nguyên.',
  approve:
    'Bạn không có quyền duyệt tài liệu: chỉ người duyệt, biên tập viên tỉnh hoặc quản trị mới duyệt được. Tài liệu giữ nguyên.',
}

const ALLOWED_FROM_WORDS: Record<ReviewAction, string> = {
  submit: '«Nháp» hoặc «Trả lại»',
  return: '«Chờ duyệt»',
  approve: '«Chờ duyệt»',
}

/** The latest version (what the contributor last saved), as the reviewer sees it in the admin. */
async function findLatest(req: PayloadRequest, id: string): Promise<Material | null> {
  return (await req.payload.findByID({
    collection: 'materials',
    id,
    draft: true,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
  })) as Material | null
}

async function mainIsPublished(req: PayloadRequest, id: Material['id']): Promise<boolean> {
  const main = (await req.payload.findByID({
    collection: 'materials',
    id,
    draft: false,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
  })) as Material | null
  return main?._status === 'published'
}

function reviewEntry(req: PayloadRequest, action: ReviewAction, comment: string): ReviewEntry {
  const user = req.user as User
  return { action, by: user.id, byName: user.name || user.email, at: now().toISOString(), comment: comment || null }
}

// Only the fields Payload manages itself are left out; everything the contributor saved is published as is.
function contentOf(material: Material): Partial<Material> {
  const {
    id: _id,
    createdAt: _createdAt,
    updatedAt: _updatedAt,
    _status,
    workflowStatus: _state,
    reviewLog: _log,
    ...content
  } = material
  return content
}

async function readComment(req: PayloadRequest): Promise<string> {
  await addDataAndFileToRequest(req)
  const comment = (req.data as { comment?: unknown } | undefined)?.comment
  return typeof comment === 'string' ? comment.trim() : ''
}

function reviewHandler(action: ReviewAction): PayloadHandler {
  return async (req) => {
    const id = String(req.routeParams?.id ?? '')
    if (!req.user) return fail(403, `Bạn cần đăng nhập để ${ACTION_VERB[action]} tài liệu. Tài liệu giữ nguyên.`)
    const material = await findLatest(req, id)
    if (!material)
      return fail(404, `Không tìm thấy tài liệu mã ${id}. Có thể tài liệu đã bị xóa; hãy tải lại danh sách.`)
    if (!(await mayAct(req, action, material))) return fail(403, FORBIDDEN[action])

    const state = material.workflowStatus ?? 'draft'
    if (!stateAllows(action, state)) {
      return fail(
        409,
        `Không thể ${ACTION_VERB[action]}: tài liệu «${material.title}» đang ở trạng thái «${stateLabel(state)}», chỉ ${ACTION_VERB[action]} được khi ở trạng thái ${ALLOWED_FROM_WORDS[action]}. Tài liệu giữ nguyên; hãy tải lại trang để xem trạng thái mới nhất.`,
      )
    }
    const comment = await readComment(req)
    if (action === 'return' && !comment) {
      return fail(
        400,
        'Hãy ghi ý kiến khi trả lại: cộng tác viên cần biết phải sửa gì. Tài liệu chưa bị trả lại và giữ nguyên.',
      )
    }

    const reviewLog = [...(material.reviewLog ?? []), reviewEntry(req, action, comment)]
    req.context[WORKFLOW_CONTEXT_KEY] = action
    const validFrom = material.validFrom ? new Date(material.validFrom) : null
    const scheduled = action === 'approve' && validFrom !== null && validFrom > now()
    let detail: string | undefined

    if (action === 'approve' && !scheduled) {
      // Publishing the latest version: the main record takes exactly what was submitted.
      await req.payload.update({
        collection: 'materials',
        id: material.id,
        data: { ...contentOf(material), _status: 'published', workflowStatus: 'approved', reviewLog },
        draft: false,
        depth: 0,
        overrideAccess: true,
        req,
      })
      detail = 'Đã xuất bản.'
    } else {
      const workflowStatus = action === 'submit' ? 'submitted' : action === 'return' ? 'returned' : 'scheduled'
      // A draft save: never touches what the public sees (an earlier published version stays live).
      await req.payload.update({
        collection: 'materials',
        id: material.id,
        data: { workflowStatus, reviewLog, _status: 'draft' },
        draft: true,
        depth: 0,
        overrideAccess: true,
        req,
      })
      if (scheduled) detail = `Sẽ xuất bản vào ngày hiệu lực ${formatDate(material.validFrom as string)}.`
    }
    await recordAudit(req, {
      action,
      collection: 'materials',
      docId: material.id,
      docCreatedAt: material.createdAt,
      title: material.title,
      comment,
      detail,
    })
    notifyReviewStep(req, action, material.id, comment)

    const updated = await findLatest(req, id)
    return Response.json({
      message: `Đã ${ACTION_VERB[action]} tài liệu «${material.title}».${detail ? ` ${detail}` : ''}`,
      doc: {
        id: material.id,
        workflowStatus: updated?.workflowStatus,
        published: await mainIsPublished(req, material.id),
      },
    })
  }
}

/** What the review panel shows: state, history, and which buttons this user gets. */
const workflowState: PayloadHandler = async (req) => {
  const id = String(req.routeParams?.id ?? '')
  if (!req.user) return fail(403, 'Bạn cần đăng nhập để xem trạng thái duyệt.')
  const material = await findLatest(req, id)
  if (!material) return fail(404, `Không tìm thấy tài liệu mã ${id}.`)
  const state = material.workflowStatus ?? 'draft'
  const can: Record<ReviewAction, boolean> = { submit: false, return: false, approve: false }
  for (const { value } of REVIEW_ACTIONS) can[value] = stateAllows(value, state) && (await mayAct(req, value, material))
  return Response.json({
    workflowStatus: state,
    label: stateLabel(state),
    published: await mainIsPublished(req, material.id),
    validFrom: material.validFrom ?? null,
    reviewLog: (material.reviewLog ?? []).map(({ action, byName, at, comment, by }) => ({
      action,
      byName,
      at,
      comment,
      by: idOf(by),
    })),
    can,
  })
}

export const workflowEndpoints: Endpoint[] = [
  { path: '/:id/submit', method: 'post', handler: reviewHandler('submit') },
  { path: '/:id/return', method: 'post', handler: reviewHandler('return') },
  { path: '/:id/approve', method: 'post', handler: reviewHandler('approve') },
  { path: '/:id/workflow', method: 'get', handler: workflowState },
]
