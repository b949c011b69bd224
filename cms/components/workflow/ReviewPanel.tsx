'use client'

import { Button, toast, useConfig, useDocumentInfo, useFormModified } from '@payloadcms/ui'
import React, { useCallback, useEffect, useState } from 'react'

import { formatDateTime } from '../../vocabulary'

type Action = 'submit' | 'return' | 'approve'

type WorkflowState = {
  workflowStatus: string
  label: string
  published: boolean
  validFrom: string | null
  reviewLog: { action: Action; byName: string | null; at: string; comment: string | null }[]
  can: Record<Action, boolean>
}

type ErrorBody = { errors?: { message: string }[]; message?: string }

const ACTION_WORDS: Record<Action, string> = { submit: 'Gửi duyệt', return: 'Trả lại', approve: 'Duyệt' }

const box: React.CSSProperties = {
  border: '1px solid var(--theme-elevation-150)',
  borderRadius: 4,
  padding: '12px',
  marginBottom: 'var(--base)',
}

/**
 * The material's review state, the steps this person may take now, and the
 * review history with every comment. Rendered in the edit view's sidebar (a `ui` field).
 */
export function ReviewPanel(): React.ReactNode {
  const { id, collectionSlug } = useDocumentInfo()
  const { config } = useConfig()
  const modified = useFormModified()
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

  if (!id) return <div style={box}>Lưu nháp tài liệu trước, rồi gửi duyệt.</div>
  if (error) return <div style={box}>{error} Hãy tải lại trang.</div>
  if (!state) return <div style={box}>Đang tải trạng thái duyệt…</div>

  const act = async (action: Action): Promise<void> => {
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

  const { can } = state
  return (
    <div style={box}>
      <div style={{ marginBottom: 8 }}>
        <strong>Trạng thái duyệt: </strong>
        {state.label}
        {state.published ? ' · đang công khai' : ''}
      </div>
      {modified && (can.submit || can.approve) ? (
        <p style={{ color: 'var(--theme-warning-500)' }}>Có thay đổi chưa lưu: hãy bấm «Lưu nháp» trước, vì bước duyệt dùng bản đã lưu.</p>
      ) : null}
      {can.submit ? (
        <Button buttonStyle="primary" size="small" disabled={busy || modified} onClick={() => void act('submit')}>
          Gửi duyệt
        </Button>
      ) : null}
      {can.return || can.approve ? (
        <>
          <label htmlFor="review-comment" style={{ display: 'block', marginTop: 8 }}>
            Ý kiến của người duyệt (bắt buộc khi trả lại)
          </label>
          <textarea
            id="review-comment"
            rows={3}
            value={comment}
            onChange={(event) => setComment(event.target.value)}
            style={{ width: '100%', marginBottom: 8 }}
          />
          {can.return ? (
            <Button buttonStyle="secondary" size="small" disabled={busy || !comment.trim()} onClick={() => void act('return')}>
              Trả lại
            </Button>
          ) : null}{' '}
          {can.approve ? (
            <Button buttonStyle="primary" size="small" disabled={busy || modified} onClick={() => void act('approve')}>
              Duyệt và xuất bản
            </Button>
          ) : null}
          {can.approve && state.validFrom && new Date(state.validFrom) > new Date() ? (
            <p>Ngày hiệu lực chưa đến: khi duyệt, tài liệu sẽ tự xuất bản vào {formatDateTime(state.validFrom)}.</p>
          ) : null}
        </>
      ) : null}
      <div style={{ marginTop: 12 }}>
        <strong>Lịch sử duyệt</strong>
        {state.reviewLog.length === 0 ? <p>Chưa gửi duyệt lần nào.</p> : null}
        <ol style={{ paddingLeft: 18, margin: '6px 0 0' }}>
          {[...state.reviewLog].reverse().map((entry, index) => (
            <li key={`${entry.at}-${index}`} style={{ marginBottom: 6 }}>
              <div>
                <strong>{ACTION_WORDS[entry.action]}</strong> · {entry.byName ?? 'không rõ'} · {formatDateTime(entry.at)}
              </div>
              {entry.comment ? <div style={{ whiteSpace: 'pre-wrap', fontStyle: 'italic' }}>«{entry.comment}»</div> : null}
            </li>
          ))}
        </ol>
      </div>
    </div>
  )
}
