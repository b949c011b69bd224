/**
 * Who approves an answer to citizen feedback, and when it is public (cms/feedback/moderation/answerRules.ts).
 */
import { describe, expect, it } from 'vitest'

import {
  type AnswerFields,
  answerRefusal,
  becomesApproved,
  deleteAfterOf,
  isPublicAnswer,
  nextAnswerState,
} from '../../cms/feedback/moderation/answerRules'

const fresh: AnswerFields = { status: 'new', answer: null, answerState: null }
const answered = (answer: string, answerState: AnswerFields['answerState']): AnswerFields => ({
  status: 'answered',
  answer,
  answerState,
})

describe('the review state of an answer', () => {
  it("a contributor's answer waits for a reviewer; an editor's is approved at once", () => {
    expect(nextAnswerState('contributor', fresh, answered('Bạn vào mục Khai sinh.', null))).toBe('pending')
    expect(nextAnswerState('contributor', fresh, answered('Bạn vào mục Khai sinh.', 'approved'))).toBe('pending')
    expect(nextAnswerState('editorial', fresh, answered('Bạn vào mục Khai sinh.', null))).toBe('approved')
  })

  it('a reviewer approves a pending answer by saving it', () => {
    const pending = answered('Bạn vào mục Khai sinh.', 'pending')
    expect(nextAnswerState('editorial', pending, pending)).toBe('approved')
    expect(becomesApproved(pending, answered('Bạn vào mục Khai sinh.', 'approved'))).toBe(true)
  })

  it('a contributor who changes an approved answer, or makes a private one public, sends it back to review', () => {
    const approved = answered('Bạn vào mục Khai sinh.', 'approved')
    expect(nextAnswerState('contributor', approved, approved)).toBe('approved')
    expect(nextAnswerState('contributor', approved, { ...approved, answer: 'Câu trả lời khác.' })).toBe('pending')
    const privately: AnswerFields = { ...approved, status: 'answered-private' }
    expect(nextAnswerState('contributor', privately, { ...privately, status: 'answered' })).toBe('pending')
  })

  it('an answer on an item not marked answered is a draft; no answer, no state', () => {
    expect(nextAnswerState('editorial', fresh, { ...fresh, answer: 'Nháp.' })).toBe('draft')
    expect(nextAnswerState('contributor', fresh, fresh)).toBeNull()
  })

  it('only an answered item with an approved answer is public', () => {
    expect(isPublicAnswer(answered('x', 'approved'))).toBe(true)
    expect(isPublicAnswer(answered('x', 'pending'))).toBe(false)
    expect(isPublicAnswer({ status: 'answered-private', answer: 'x', answerState: 'approved' })).toBe(false)
  })

  it('«answered» without an answer is refused, in Vietnamese', () => {
    expect(answerRefusal({ status: 'answered', answer: '  ' })?.message).toMatch(/^Hãy viết câu trả lời/)
    expect(answerRefusal({ status: 'not-published', answer: null })).toBeNull()
  })

  it('a contact is kept 90 days after the answer', () => {
    expect(deleteAfterOf(new Date('2026-01-01T00:00:00Z')).toISOString()).toBe('2026-04-01T00:00:00.000Z')
  })
})
