'use client'

import React from 'react'

import { useWorkflowState } from './workflowStore'

/**
 * The page header's «Trạng thái», in place of Payload's draft/published one: the
 * same review state the panel shows, so the page never says two things. Whether
 * an earlier version is public is said beside it.
 */
export function WorkflowStatus(): React.ReactNode {
  const { id, state } = useWorkflowState()
  const value = !id ? 'Chưa lưu' : (state?.label ?? '…')
  const publicNote =
    state?.published && state.workflowStatus !== 'approved' ? ' (bản đã xuất bản trước vẫn đang công khai)' : ''
  return (
    <div className="status" title={`Trạng thái: ${value}`} data-workflow-status>
      <div className="status__value-wrap">
        <span className="status__label">Trạng thái: </span>
        <span className="status__value">
          {value}
          {publicNote}
        </span>
      </div>
    </div>
  )
}
