'use client'

import { toast } from '@payloadcms/ui'
import { useState } from 'react'

import { type ReviewAction, type WorkflowState, useWorkflowState } from './workflowStore'

export type { ReviewAction, ReviewEntry, WorkflowState } from './workflowStore'

type ErrorBody = { errors?: { message: string }[]; message?: string }

export const ACTION_WORDS: Record<ReviewAction, string> = {
  submit: 'Gửi duyệt',
  return: 'Trả lại',
  approve: 'Duyệt',
  withdraw: 'Rút lại để sửa',
}

export interface ReviewWorkflow {
  /** Undefined until the material has been saved once. */
  id: string | number | undefined
  state: WorkflowState | null
  error: string | null
  comment: string
  setComment: (comment: string) => void
  busy: boolean
  act: (action: ReviewAction) => Promise<void>
}

/**
 * The review panel's state: reads the material's review state from the CMS and
 * takes a review step (submit, withdraw, return with the comment, approve).
 * After a step the page reloads: the form's fields and buttons depend on the
 * state (a material waiting for review is read-only to its authors).
 */
export function useReviewWorkflow(): ReviewWorkflow {
  const { id, base, state, error, reload } = useWorkflowState()
  const [comment, setComment] = useState('')
  const [busy, setBusy] = useState(false)

  const act = async (action: ReviewAction): Promise<void> => {
    if (action === 'return' && !comment.trim()) {
      toast.error('Hãy ghi ý kiến khi trả lại: cộng tác viên cần biết phải sửa gì.')
      return
    }
    setBusy(true)
    try {
      const response = await fetch(`${base}/${action}`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(action === 'return' ? { comment } : {}),
      })
      const body = (await response.json()) as ErrorBody
      if (!response.ok) {
        toast.error(body.errors?.[0]?.message ?? `${ACTION_WORDS[action]} không thành công (HTTP ${response.status}).`)
        await reload()
        return
      }
      toast.success(body.message ?? `${ACTION_WORDS[action]}: xong.`)
      window.location.reload()
    } finally {
      setBusy(false)
    }
  }

  return { id, state, error, comment, setComment, busy, act }
}
