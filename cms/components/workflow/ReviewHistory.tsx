'use client'

import React from 'react'

import { formatDateTime } from '../../vocabulary'
import { ACTION_WORDS, type ReviewEntry } from './useReviewWorkflow'

/** Every review step, newest first, with the comment that came with it. */
export function ReviewHistory({ entries }: { entries: ReviewEntry[] }): React.ReactNode {
  return (
    <div style={{ marginTop: 12 }}>
      <strong>Lịch sử duyệt</strong>
      {entries.length === 0 ? <p>Chưa gửi duyệt lần nào.</p> : null}
      <ol style={{ paddingLeft: 18, margin: '6px 0 0' }}>
        {[...entries].reverse().map((entry, index) => (
          <li key={`${entry.at}-${index}`} style={{ marginBottom: 6 }}>
            <div>
              <strong>{ACTION_WORDS[entry.action]}</strong> · {entry.byName ?? 'không rõ'} · {formatDateTime(entry.at)}
            </div>
            {entry.comment ? (
              <div style={{ whiteSpace: 'pre-wrap', fontStyle: 'italic' }}>«{entry.comment}»</div>
            ) : null}
          </li>
        ))}
      </ol>
    </div>
  )
}
