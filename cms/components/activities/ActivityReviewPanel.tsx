'use client'

import { Button, useFormModified } from '@payloadcms/ui'
import React from 'react'

import { ReviewHistory } from '../workflow/ReviewHistory'
import { useReviewWorkflow } from '../workflow/useReviewWorkflow'

const box: React.CSSProperties = {
  border: '1px solid var(--theme-elevation-150)',
  borderRadius: 4,
  padding: '12px',
  marginBottom: 'var(--base)',
}

const NEXT: Record<string, string> = {
  draft: 'Ghi xong thì bấm «Gửi duyệt»: hoạt động chỉ được tính trong báo cáo khi đã được duyệt.',
  submitted:
    'Đang chờ người duyệt: hoạt động không sửa được cho đến khi được duyệt hoặc trả lại. Nếu cần sửa, bấm «Rút lại để sửa».',
  returned: 'Người duyệt đã trả lại: sửa theo ý kiến trong «Lịch sử duyệt», lưu rồi gửi duyệt lại.',
  approved: 'Đã duyệt: hoạt động được tính trong báo cáo và không còn sửa được ở đơn vị.',
}

/**
 * An activity's review: its state, what comes next, the steps this person may take («Gửi duyệt»,
 * «Rút lại để sửa», «Trả lại» with a comment, «Duyệt») and the history with every comment.
 * Reads and acts through /api/outreach-activities/:id/… (the same client as the materials' panel).
 */
export function ActivityReviewPanel(): React.ReactNode {
  const review = useReviewWorkflow()
  const modified = useFormModified()
  const { state } = review
  if (!review.id) return <div style={box}>Lưu hoạt động trước, rồi gửi duyệt.</div>
  if (review.error) return <div style={box}>{review.error} Hãy tải lại trang.</div>
  if (!state) return <div style={box}>Đang tải trạng thái duyệt…</div>
  const { can } = state
  return (
    <div style={box} data-activity-review-panel>
      <div style={{ marginBottom: 8 }}>
        <strong>Trạng thái duyệt: </strong>
        <span data-review-state={state.workflowStatus}>{state.label}</span>
      </div>
      <p style={{ margin: '0 0 8px' }}>{NEXT[state.workflowStatus] ?? ''}</p>
      {modified && (can.submit || can.approve) ? (
        <p style={{ color: 'var(--theme-warning-500)' }}>
          Có thay đổi chưa lưu: hãy bấm «Lưu» trước khi gửi hay duyệt.
        </p>
      ) : null}
      {can.submit ? (
        <Button
          buttonStyle="primary"
          size="small"
          disabled={review.busy || modified}
          onClick={() => void review.act('submit')}
        >
          Gửi duyệt
        </Button>
      ) : null}
      {can.withdraw && !can.approve ? (
        <Button buttonStyle="secondary" size="small" disabled={review.busy} onClick={() => void review.act('withdraw')}>
          Rút lại để sửa
        </Button>
      ) : null}
      {can.return || can.approve ? (
        <>
          <label htmlFor="activity-review-comment" style={{ display: 'block', marginTop: 8 }}>
            Ý kiến của người duyệt (bắt buộc khi trả lại)
          </label>
          <textarea
            id="activity-review-comment"
            rows={3}
            value={review.comment}
            onChange={(event) => review.setComment(event.target.value)}
            style={{ width: '100%', marginBottom: 8 }}
          />
          <Button
            buttonStyle="secondary"
            size="small"
            disabled={review.busy || !review.comment.trim()}
            onClick={() => void review.act('return')}
          >
            Trả lại
          </Button>{' '}
          <Button
            buttonStyle="primary"
            size="small"
            disabled={review.busy || modified}
            onClick={() => void review.act('approve')}
          >
            Duyệt
          </Button>
        </>
      ) : null}
      <ReviewHistory entries={state.reviewLog} />
    </div>
  )
}
