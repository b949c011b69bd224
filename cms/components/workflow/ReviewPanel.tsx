'use client'

import { Button, useFormModified } from '@payloadcms/ui'
import React from 'react'

import { PublicationStatus } from './PublicationStatus'
import { ReviewHistory } from './ReviewHistory'
import { ReviewerControls } from './ReviewerControls'
import { WaitingForReview } from './WaitingForReview'
import { useReviewWorkflow } from './useReviewWorkflow'
import { useWorkflowState } from './workflowStore'

const box: React.CSSProperties = {
  border: '1px solid var(--theme-elevation-150)',
  borderRadius: 4,
  padding: '12px',
  marginBottom: 'var(--base)',
}

/**
 * The material's review state, the steps this person may take now, whether the
 * published version is on the public site yet, and the review history with
 * every comment. Rendered in the edit view's sidebar (a `ui` field).
 */
export function ReviewPanel(): React.ReactNode {
  const review = useReviewWorkflow()
  const { base } = useWorkflowState()
  const modified = useFormModified()
  const { state } = review

  if (!review.id) return <div style={box}>Lưu bản nháp tài liệu trước, rồi gửi duyệt.</div>
  if (review.error) return <div style={box}>{review.error} Hãy tải lại trang.</div>
  if (!state) return <div style={box}>Đang tải trạng thái duyệt…</div>

  const { can } = state
  return (
    <div style={box} data-workflow-panel>
      <div style={{ marginBottom: 8 }}>
        <strong>Trạng thái duyệt: </strong>
        {state.label}
      </div>
      <PublicationStatus url={`${base}/publication`} initial={state.publication} />
      {state.warnings.map((warning) => (
        <p key={warning} role="status" data-material-warning style={{ color: 'var(--theme-warning-600)' }}>
          {warning}
        </p>
      ))}
      {state.workflowStatus === 'submitted' ? <WaitingForReview state={state} review={review} /> : null}
      {modified && (can.submit || can.approve) ? (
        <p style={{ color: 'var(--theme-warning-500)' }}>
          Có thay đổi chưa lưu: hãy bấm «Lưu bản nháp» trước, vì bước duyệt dùng bản đã lưu.
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
      {can.return || can.approve ? <ReviewerControls state={state} review={review} modified={modified} /> : null}
      <ReviewHistory entries={state.reviewLog} />
    </div>
  )
}
