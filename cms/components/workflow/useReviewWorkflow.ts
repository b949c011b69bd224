'use client'

import { toast, useConfig, useDocumentInfo } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'

export type ReviewAction = 'submit' | 'return' | 'approve'

export type ReviewEntry = { action: ReviewAction; byName: string | null; at: string; comment: string | null }

/** What GET /api/materials/:id/workflow answers. */
export type WorkflowState = {
  workflowStatus: string
  label: string
  published: boolean
  validFrom: string | null
  reviewLog: ReviewEntry[]
  can: Record<ReviewAction, boolean>
}

type ErrorBody = { errors?: { message: string }[]; message?: string }

export const ACTION_WORDS: Record<ReviewAction, string> = { submit: 'Gửi duyệt', return: 'Trả lại', approve: 'Duyệt' }

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
 * takes a review step (submit, return with the comment, approve). After a step
 * the page reloads, since the document changed on the server.
 */
export function useReviewWorkflow(): ReviewWorkflow {
  const { id, collectionSlug } = useDocumentInfo()
  const { config } = useConfig()
  const [state, setState] = useState<WorkflowState | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [comment, setComment] = useState('')
  const [busy, setBusy] = useState(false)

  const base = `${config.serverURL ?? ''}${config.routes.api}/${collectionSlug}/${id}`

  const load = useCallback(async () => {
    if (!id) return
    const response = await fetch(`${base}/workflow`, { credentials: 'include' })
    const body = (await response.json()) as WorkflowState & ErrorBody
    if (response.ok) {
      setState(body)
      setError(null)
    } else setError(body.errors?.[0]?.message ?? `Không đọc được trạng thái duyệt (HTTP ${response.status}).`)
  }, [base, id])

  useEffect(() => {
    void load()
  }, [load])

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
        await load()
        return
      }
      toast.success(body.message ?? `${ACTION_WORDS[action]}: xong.`)
      // The document changed on the server (state, and perhaps published): show it as it is now.
      window.location.reload()
    } finally {
      setBusy(false)
    }
  }

  return { id, state, error, comment, setComment, busy, act }
}
