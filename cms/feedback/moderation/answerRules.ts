/**
 * When an answer to citizen feedback is public, and what a save does to its review state.
 * Pure: no Payload import, so the rules are read (and unit-tested) in one place.
 *
 * - A contributor's answer waits for a reviewer (`answerState` 'pending'); the province's editorial team
 *   (reviewer, editor, admin) answers at once ('approved'), and approves a pending one by saving it.
 *   A contributor who changes an approved answer sends it back to review (it leaves the public page
 *   until approved again).
 * - Public on the site: status 'answered' with an approved answer. Nothing else ever is.
 */

export type AnswerStatus = 'new' | 'answered' | 'answered-private' | 'not-published'
export type AnswerState = 'draft' | 'pending' | 'approved'

export interface AnswerFields {
  status?: AnswerStatus | null
  answer?: string | null
  answerState?: AnswerState | null
  answeredBy?: string | null
  answeredAt?: string | null
}

export const isAnsweredStatus = (status: AnswerFields['status']): boolean =>
  status === 'answered' || status === 'answered-private'

/** Shown on the material's (or procedure's) static page. */
export const isPublicAnswer = (doc: AnswerFields | null | undefined): boolean =>
  doc?.status === 'answered' && doc.answerState === 'approved'

/** Answered in public or in private, with the answer approved: what the reporting counts as answered. */
export const isApprovedAnswer = (doc: AnswerFields | null | undefined): boolean =>
  isAnsweredStatus(doc?.status) && doc?.answerState === 'approved'

const textOf = (value: string | null | undefined): string => (value ?? '').trim()

export type AnswerRefusal = { field: string; message: string }

/** What a save may not do, as the moderator reads it; null when it may. */
export function answerRefusal(next: AnswerFields): AnswerRefusal | null {
  if (isAnsweredStatus(next.status) && !textOf(next.answer))
    return {
      field: 'answer',
      message:
        'Hãy viết câu trả lời trước khi chọn «Đã trả lời công khai» hoặc «Đã trả lời riêng». Góp ý chưa được lưu; nội dung bạn đã nhập vẫn còn trong biểu mẫu.',
    }
  return null
}

/**
 * The review state after a save by `writer`. `before` is the stored item, `next` the item as it
 * will be saved (the stored one merged with the change). No answer: no state.
 *
 * - An answer on an item not (yet) marked answered is a draft, whoever wrote it.
 * - The editorial team's save of an answered item approves it: that is how a reviewer approves a
 *   contributor's answer (read, correct if need be, «Lưu»), and how an editor answers at once.
 *   Sending it back is setting the status to «Mới» again.
 * - A contributor's save of an answered item keeps an approval only when neither the answer nor
 *   the status changed; anything else waits for a reviewer.
 */
export function nextAnswerState(
  writer: 'editorial' | 'contributor',
  before: AnswerFields,
  next: AnswerFields,
): AnswerState | null {
  const answer = textOf(next.answer)
  if (!answer) return null
  if (!isAnsweredStatus(next.status)) return 'draft'
  if (writer === 'editorial') return 'approved'
  const unchanged = answer === textOf(before.answer) && before.status === next.status
  return unchanged && before.answerState === 'approved' ? 'approved' : 'pending'
}

/** Whether this save makes the answer approved (first approval, or an approved answer rewritten). */
export const becomesApproved = (before: AnswerFields, next: AnswerFields): boolean =>
  next.answerState === 'approved' &&
  isAnsweredStatus(next.status) &&
  (before.answerState !== 'approved' ||
    !isAnsweredStatus(before.status) ||
    textOf(before.answer) !== textOf(next.answer))

/** 90 days after the answer (or the closing), the contact left for a private answer is deleted. */
export const CONTACT_KEEP_DAYS = 90

export const deleteAfterOf = (closedAt: Date): Date => new Date(closedAt.getTime() + CONTACT_KEEP_DAYS * 86_400_000)
