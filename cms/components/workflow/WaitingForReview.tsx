'use client'

import { Button } from '@payloadcms/ui'
import React from 'react'

import { formatDateTime, waitedFor } from '../../vocabulary'
import type { ReviewWorkflow, WorkflowState } from './useReviewWorkflow'

/**
 * While a material waits: what happens next and who reviews it; for its
 * authors, why the form is read-only and how to take it back to edit.
 */
export function WaitingForReview({ state, review }: { state: WorkflowState; review: ReviewWorkflow }): React.ReactNode {
  const author = state.can.withdraw && !state.can.approve
  return (
    <div style={{ marginBottom: 8 }}>
      <p style={{ margin: '0 0 6px' }}>
        {state.submittedAt
          ? `Đã gửi duyệt lúc ${formatDateTime(state.submittedAt)} (${waitedFor(state.submittedAt)}). `
          : ''}
        Tiếp theo: người duyệt đọc bản đã gửi rồi bấm «Duyệt và xuất bản», hoặc «Trả lại» kèm ý kiến cần sửa. Kết quả
        hiện ở đây và trong «Việc của tôi» trên trang chủ quản trị.
      </p>
      {state.reviewers.length ? (
        <p style={{ margin: '0 0 6px' }}>Người sẽ duyệt: {state.reviewers.join('; ')}.</p>
      ) : (
        <p style={{ margin: '0 0 6px' }}>Người duyệt của đơn vị và biên tập viên tỉnh sẽ duyệt.</p>
      )}
      {author ? (
        <>
          <p style={{ margin: '0 0 6px', color: 'var(--theme-warning-600)' }}>
            Tài liệu đang chờ duyệt nên không sửa được: người duyệt duyệt đúng bản bạn đã gửi. Nếu cần sửa, bấm «Rút lại
            để sửa»; tài liệu rời hàng chờ duyệt (việc rút lại được ghi vào lịch sử duyệt) và bạn gửi duyệt lại khi sửa
            xong.
          </p>
          <Button
            buttonStyle="secondary"
            size="small"
            disabled={review.busy}
            onClick={() => void review.act('withdraw')}
          >
            Rút lại để sửa
          </Button>
        </>
      ) : null}
    </div>
  )
}
