'use client'

import { Button } from '@payloadcms/ui'
import React from 'react'

import { formatDateTime } from '../../vocabulary'
import type { ReviewWorkflow, WorkflowState } from './useReviewWorkflow'

interface Props {
  state: WorkflowState
  review: Pick<ReviewWorkflow, 'comment' | 'setComment' | 'busy' | 'act'>
  modified: boolean
}

/** A reviewer's comment box, «Trả lại» and «Duyệt và xuất bản», and when approval will publish. */
export function ReviewerControls({ state, review, modified }: Props): React.ReactNode {
  const { can } = state
  const { comment, setComment, busy, act } = review
  return (
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
        <Button
          buttonStyle="secondary"
          size="small"
          disabled={busy || !comment.trim()}
          onClick={() => void act('return')}
        >
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
  )
}
