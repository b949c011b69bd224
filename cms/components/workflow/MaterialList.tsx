import React from 'react'

import { lastReturnComment, lastSubmission } from '../../collections/Materials/workflow/myWork'
import type { Material } from '../../payload-types'
import { formatDateTime, idOf, waitedFor } from '../../vocabulary'

const muted: React.CSSProperties = { color: 'var(--theme-elevation-500)' }

type Props = {
  adminRoute: string
  docs: Material[]
  empty: string
  /** What to show after the title: the reviewer's comment, the submission (queue), or when it changed. */
  detail?: 'comment' | 'submission' | 'waiting'
  unitNames?: Map<string, string>
}

function Submission({ doc, unitNames }: { doc: Material; unitNames?: Map<string, string> }) {
  const sent = lastSubmission(doc)
  const unit = unitNames?.get(String(idOf(doc.ownerUnit)))
  return (
    <span style={muted}>
      {unit ? ` · ${unit}` : ''}
      {sent?.byName ? ` · gửi bởi ${sent.byName}` : ''}
      {sent ? ` · ${waitedFor(sent.at)}` : ` · cập nhật ${formatDateTime(doc.updatedAt)}`}
    </span>
  )
}

/** A dashboard list of materials, each linking to its edit view. */
export function MaterialList({ adminRoute, docs, empty, detail, unitNames }: Props): React.ReactNode {
  if (docs.length === 0) return <p>{empty}</p>
  return (
    <ul style={{ paddingLeft: 18 }}>
      {docs.map((doc) => {
        const comment = detail === 'comment' ? lastReturnComment(doc) : null
        return (
          <li key={doc.id} style={{ marginBottom: 6 }}>
            <a href={`${adminRoute}/collections/materials/${doc.id}`}>{doc.title}</a>
            {detail === 'submission' || detail === 'waiting' ? (
              <Submission doc={doc} unitNames={detail === 'submission' ? unitNames : undefined} />
            ) : (
              <span style={muted}> · cập nhật {formatDateTime(doc.updatedAt)}</span>
            )}
            {comment ? (
              <div style={{ fontStyle: 'italic', whiteSpace: 'pre-wrap' }}>Ý kiến người duyệt: «{comment}»</div>
            ) : null}
          </li>
        )
      })}
    </ul>
  )
}
