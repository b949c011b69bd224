import type { OutreachActivity } from '../../../payload-types'
import { ACTIVITY_REVIEW_STATES, type ActivityReviewState } from '../../../vocabulary'

/** The review steps of an activity: the materials' steps without publishing (collections/Materials/workflow/). */
export type ActivityAction = 'submit' | 'withdraw' | 'return' | 'approve'

export const ACTIVITY_ACTIONS: readonly ActivityAction[] = ['submit', 'withdraw', 'return', 'approve']

export const ALLOWED_FROM: Record<ActivityAction, readonly ActivityReviewState[]> = {
  submit: ['draft', 'returned'],
  withdraw: ['submitted'],
  return: ['submitted'],
  approve: ['submitted'],
}

export const STATE_AFTER: Record<ActivityAction, ActivityReviewState> = {
  submit: 'submitted',
  withdraw: 'draft',
  return: 'returned',
  approve: 'approved',
}

export const ACTION_VERB: Record<ActivityAction, string> = {
  submit: 'gửi duyệt',
  withdraw: 'rút lại',
  return: 'trả lại',
  approve: 'duyệt',
}

export const ALLOWED_FROM_WORDS: Record<ActivityAction, string> = {
  submit: '«Nháp» hoặc «Trả lại»',
  withdraw: '«Chờ duyệt»',
  return: '«Chờ duyệt»',
  approve: '«Chờ duyệt»',
}

export const reviewStateLabel = (state: string | null | undefined): string =>
  ACTIVITY_REVIEW_STATES.find(({ value }) => value === state)?.label.vi ?? 'Nháp'

export const stateOf = (activity: Pick<OutreachActivity, 'reviewState'>): ActivityReviewState =>
  (activity.reviewState ?? 'draft') as ActivityReviewState

/** Set on req.context by the review endpoints, so the hooks let their save through and do not audit it as an edit. */
export const ACTIVITY_REVIEW_CONTEXT = 'activityReviewAction'
