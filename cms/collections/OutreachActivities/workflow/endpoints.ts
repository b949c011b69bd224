import type { Endpoint, PayloadHandler, PayloadRequest } from 'payload'
import { addDataAndFileToRequest } from 'payload'

import { recordAudit } from '../../../audit/record'
import { now } from '../../../lib/clock'
import type { OutreachActivity, User } from '../../../payload-types'
import { idOf } from '../../../vocabulary'
import { fail } from '../../Materials/workflow/read'
import { mayTake, stateAllows } from './permissions'
import {
  ACTION_VERB,
  ACTIVITY_ACTIONS,
  ACTIVITY_REVIEW_CONTEXT,
  ALLOWED_FROM_WORDS,
  type ActivityAction,
  STATE_AFTER,
  reviewStateLabel,
  stateOf,
} from './states'

const findActivity = async (req: PayloadRequest, id: string): Promise<OutreachActivity | null> =>
  (await req.payload.findByID({
    collection: 'outreach-activities',
    id,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
  })) as OutreachActivity | null

async function readComment(req: PayloadRequest): Promise<string> {
  await addDataAndFileToRequest(req)
  const comment = (req.data as { comment?: unknown } | undefined)?.comment
  return typeof comment === 'string' ? comment.trim() : ''
}

const FORBIDDEN: Record<ActivityAction, string> = {
  submit: 'Bạn không có quyền gửi duyệt hoạt động này: chỉ cộng tác viên của đơn vị thực hiện mới gửi được.',
  withdraw: 'Bạn không có quyền rút lại hoạt động này: chỉ cộng tác viên của đơn vị thực hiện mới rút lại được.',
  return: 'Bạn không có quyền trả lại hoạt động: chỉ người duyệt, biên tập viên tỉnh hoặc quản trị mới trả lại được.',
  approve: 'Bạn không có quyền duyệt hoạt động: chỉ người duyệt, biên tập viên tỉnh hoặc quản trị mới duyệt được.',
}

async function refusal(req: PayloadRequest, action: ActivityAction, activity: OutreachActivity) {
  if (!(await mayTake(req, action, activity))) return fail(403, `${FORBIDDEN[action]} Hoạt động giữ nguyên.`)
  if (stateAllows(action, activity)) return null
  return fail(
    409,
    `Không thể ${ACTION_VERB[action]}: hoạt động «${activity.title}» đang ở trạng thái «${reviewStateLabel(stateOf(activity))}», chỉ ${ACTION_VERB[action]} được khi ở trạng thái ${ALLOWED_FROM_WORDS[action]}. Hoạt động giữ nguyên; hãy tải lại trang.`,
  )
}

/** Writes the step: the new state, the history line, and the return comment the contributor reads. */
async function applyStep(req: PayloadRequest, activity: OutreachActivity, action: ActivityAction, comment: string) {
  const user = req.user as User
  const entry = {
    action,
    by: user.id,
    byName: user.name || user.email,
    at: now().toISOString(),
    comment: comment || null,
  }
  req.context[ACTIVITY_REVIEW_CONTEXT] = action
  const reviewComment = action === 'return' ? comment : action === 'approve' ? null : activity.reviewComment
  await req.payload.update({
    collection: 'outreach-activities',
    id: activity.id,
    data: { reviewState: STATE_AFTER[action], reviewComment, reviewLog: [...(activity.reviewLog ?? []), entry] },
    depth: 0,
    overrideAccess: true,
    req,
  })
}

function reviewHandler(action: ActivityAction): PayloadHandler {
  return async (req) => {
    const id = String(req.routeParams?.id ?? '')
    if (!req.user) return fail(403, `Bạn cần đăng nhập để ${ACTION_VERB[action]} hoạt động.`)
    const activity = await findActivity(req, id)
    if (!activity) return fail(404, `Không tìm thấy hoạt động mã ${id}. Có thể hoạt động đã bị xóa; hãy tải lại.`)
    const refused = await refusal(req, action, activity)
    if (refused) return refused
    const comment = await readComment(req)
    if (action === 'return' && !comment)
      return fail(400, 'Hãy ghi ý kiến khi trả lại: đơn vị cần biết phải sửa gì. Hoạt động chưa bị trả lại.')
    await applyStep(req, activity, action, comment)
    await recordAudit(req, {
      action,
      collection: 'outreach-activities',
      docId: activity.id,
      docCreatedAt: activity.createdAt,
      title: activity.title ?? '',
      comment,
    })
    return Response.json({
      message: `Đã ${ACTION_VERB[action]} hoạt động «${activity.title}».`,
      doc: { id: activity.id, reviewState: STATE_AFTER[action] },
    })
  }
}

/** What the review panel shows, in the shape of the materials' answer (components/workflow/workflowStore.ts). */
const reviewState: PayloadHandler = async (req) => {
  const id = String(req.routeParams?.id ?? '')
  if (!req.user) return fail(403, 'Bạn cần đăng nhập để xem trạng thái duyệt.')
  const activity = await findActivity(req, id)
  if (!activity) return fail(404, `Không tìm thấy hoạt động mã ${id}.`)
  const readable = await req.payload.count({
    collection: 'outreach-activities',
    where: { id: { equals: activity.id } },
    overrideAccess: false,
    user: req.user,
    req,
  })
  if (readable.totalDocs === 0) return fail(404, `Không tìm thấy hoạt động mã ${id}.`)
  const can = { submit: false, withdraw: false, return: false, approve: false }
  for (const action of ACTIVITY_ACTIONS)
    can[action] = stateAllows(action, activity) && (await mayTake(req, action, activity))
  const state = stateOf(activity)
  const log = activity.reviewLog ?? []
  return Response.json({
    workflowStatus: state,
    label: reviewStateLabel(state),
    published: false,
    publication: { state: 'unpublished' },
    validFrom: null,
    submittedAt: state === 'submitted' ? ([...log].reverse().find((e) => e.action === 'submit')?.at ?? null) : null,
    reviewers: [],
    reviewLog: log.map(({ action, byName, at, comment, by }) => ({ action, byName, at, comment, by: idOf(by) })),
    can,
  })
}

export const activityReviewEndpoints: Endpoint[] = [
  ...ACTIVITY_ACTIONS.map(
    (action): Endpoint => ({ path: `/:id/${action}`, method: 'post', handler: reviewHandler(action) }),
  ),
  { path: '/:id/workflow', method: 'get', handler: reviewState },
]
