import { label } from '../../../lib/label'

/**
 * Where a material stands in review. `_status` (Payload's draft/published) says
 * what the public sees; this says what the people working on it must do next.
 */
export const WORKFLOW_STATES = [
  { value: 'draft', label: label('Nháp', 'Draft') },
  { value: 'submitted', label: label('Chờ duyệt', 'Submitted for review') },
  { value: 'returned', label: label('Trả lại', 'Returned') },
  { value: 'approved', label: label('Đã duyệt', 'Approved') },
  { value: 'scheduled', label: label('Đã duyệt, chờ đến ngày hiệu lực', 'Approved, waiting for valid-from') },
  { value: 'expired', label: label('Hết hiệu lực', 'Expired') },
] as const

export type WorkflowState = (typeof WORKFLOW_STATES)[number]['value']

export const REVIEW_ACTIONS = [
  { value: 'submit', label: label('Gửi duyệt', 'Submitted') },
  { value: 'return', label: label('Trả lại', 'Returned') },
  { value: 'approve', label: label('Duyệt', 'Approved') },
  { value: 'withdraw', label: label('Rút lại để sửa', 'Withdrawn to edit') },
] as const

export type ReviewAction = (typeof REVIEW_ACTIONS)[number]['value']

/** The states each review action may start from. */
export const ALLOWED_FROM: Record<ReviewAction, readonly WorkflowState[]> = {
  submit: ['draft', 'returned'],
  return: ['submitted'],
  approve: ['submitted'],
  withdraw: ['submitted'],
}

export const stateLabel = (state: string | null | undefined): string =>
  WORKFLOW_STATES.find(({ value }) => value === state)?.label.vi ?? 'Nháp'

/** Set on req.context by the review endpoints (and by schedulers), so hooks leave the state they set alone. */
export const WORKFLOW_CONTEXT_KEY = 'workflowAction'

/** Whether this save restores an earlier version (Payload's restore marks the request so). */
export const isRestoringVersion = (req: { context: Record<string, unknown> }): boolean =>
  req.context.isRestoringVersion === true
