import type { PayloadHandler } from 'payload'

import { idOf } from '../../../vocabulary'
import { materialWarnings } from '../warnings'
import { mayAct, stateAllows } from './permissions'
import { publicationOf } from './publication'
import { fail, findLatest } from './read'
import { describeReviewer, reviewersFor } from './reviewers'
import { REVIEW_ACTIONS, type ReviewAction, stateLabel } from './states'

/**
 * What the review panel and the status in the page header show: the one state,
 * who reviews it while it waits, the history, which buttons this user gets,
 * whether the published version is on the public site yet, and what to check before it is (warnings.ts).
 */
export const workflowState: PayloadHandler = async (req) => {
  const id = String(req.routeParams?.id ?? '')
  if (!req.user) return fail(403, 'Bạn cần đăng nhập để xem trạng thái duyệt.')
  const material = await findLatest(req, id)
  if (!material) return fail(404, `Không tìm thấy tài liệu mã ${id}.`)
  const state = material.workflowStatus ?? 'draft'
  const can: Record<ReviewAction, boolean> = { submit: false, return: false, approve: false, withdraw: false }
  for (const { value } of REVIEW_ACTIONS) can[value] = stateAllows(value, state) && (await mayAct(req, value, material))
  const log = material.reviewLog ?? []
  const publication = await publicationOf(req.payload, material.id)
  return Response.json({
    workflowStatus: state,
    label: stateLabel(state),
    published: publication.state !== 'unpublished',
    publication,
    validFrom: material.validFrom ?? null,
    submittedAt: state === 'submitted' ? ([...log].reverse().find((e) => e.action === 'submit')?.at ?? null) : null,
    reviewers: state === 'submitted' ? (await reviewersFor(req.payload, material)).map(describeReviewer) : [],
    reviewLog: log.map(({ action, byName, at, comment, by }) => ({ action, byName, at, comment, by: idOf(by) })),
    can,
    warnings: await materialWarnings(req, material),
  })
}
