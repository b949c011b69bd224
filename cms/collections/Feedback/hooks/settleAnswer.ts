import { APIError, type CollectionBeforeChangeHook } from 'payload'

import { hasRole } from '../../../access'
import { answeringUnitName } from '../../../feedback/moderation/answeringUnit'
import {
  type AnswerFields,
  answerRefusal,
  becomesApproved,
  nextAnswerState,
} from '../../../feedback/moderation/answerRules'
import { now } from '../../../lib/clock'
import type { Feedback } from '../../../payload-types'

type Data = AnswerFields & { rejectReason?: Feedback['rejectReason'] }

/**
 * A staff member's save: the answer's review state (feedback/moderation/answerRules.ts), who answered
 * and when. Writes without a signed-in user (the intake endpoint, jobs, scripts) are left as they are.
 */
export const settleAnswer: CollectionBeforeChangeHook<Feedback> = async ({
  data: input,
  originalDoc,
  operation,
  req,
}) => {
  const data = input as Data
  if (operation !== 'update' || !req.user) return input
  const before = (originalDoc ?? {}) as Data
  const next: Data = { ...before, ...data }
  const refusal = answerRefusal(next)
  if (refusal) throw new APIError(refusal.message, 400, { field: refusal.field }, true)

  const writer = hasRole(req.user, 'admin', 'editor', 'reviewer') ? 'editorial' : 'contributor'
  const state = nextAnswerState(writer, before, next)
  data.answerState = state
  next.answerState = state
  // A reason belongs to «Không đăng» only: an item brought back keeps no stale reason.
  if (next.status !== 'not-published') data.rejectReason = null

  const rewritten = (next.answer ?? '').trim() !== (before.answer ?? '').trim()
  const namedByHand =
    writer === 'editorial' && Boolean(data.answeredBy?.trim()) && data.answeredBy !== before.answeredBy
  if (state && (rewritten || !next.answeredBy) && !namedByHand) data.answeredBy = await answeringUnitName(req)
  if (becomesApproved(before, next)) data.answeredAt = now().toISOString()
  return input
}
