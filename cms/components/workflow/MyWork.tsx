import type { Payload } from 'payload'
import React from 'react'

import { type MyWork as Work, findMyWork, lastReturnComment } from '../../collections/Materials/workflow/myWork'
import type { Material, User } from '../../payload-types'
import { formatDateTime } from '../../vocabulary'

type Props = { payload: Payload; user?: User | null }

const section: React.CSSProperties = { marginBottom: 'calc(var(--base) * 1.5)' }

function MaterialList({
  adminRoute,
  docs,
  empty,
  showComment,
}: {
  adminRoute: string
  docs: Material[]
  empty: string
  showComment?: boolean
}) {
  if (docs.length === 0) return <p>{empty}</p>
  return (
    <ul style={{ paddingLeft: 18 }}>
      {docs.map((doc) => {
        const comment = showComment ? lastReturnComment(doc) : null
        return (
          <li key={doc.id} style={{ marginBottom: 6 }}>
            <a href={`${adminRoute}/collections/materials/${doc.id}`}>{doc.title}</a>
            <span style={{ color: 'var(--theme-elevation-500)' }}> · cập nhật {formatDateTime(doc.updatedAt)}</span>
            {comment ? (
              <div style={{ fontStyle: 'italic', whiteSpace: 'pre-wrap' }}>Ý kiến người duyệt: «{comment}»</div>
            ) : null}
          </li>
        )
      })}
    </ul>
  )
}

/** "Việc của tôi" above the dashboard: the review queue, or the unit's returned materials and drafts. */
export async function MyWork({ payload, user }: Props): Promise<React.ReactNode> {
  if (!user) return null
  let work: Work
  try {
    work = await findMyWork(payload, user)
  } catch (error) {
    return (
      <div style={section}>
        <h2>Việc của tôi</h2>
        <p>
          Không tải được danh sách việc cần làm ({error instanceof Error ? error.message : String(error)}). Hãy tải lại
          trang.
        </p>
      </div>
    )
  }
  const adminRoute = payload.config.routes.admin
  const isReviewer = user.role !== 'contributor'
  return (
    <div style={section}>
      <h2 style={{ marginBottom: 8 }}>Việc của tôi</h2>
      {isReviewer ? (
        <>
          <h3>Tài liệu chờ duyệt ({work.queueTotal})</h3>
          <MaterialList adminRoute={adminRoute} docs={work.queue} empty="Không có tài liệu nào đang chờ duyệt." />
          {work.queueTotal > work.queue.length ? (
            <p>
              Đang hiện {work.queue.length} tài liệu chờ lâu nhất.{' '}
              <a href={`${adminRoute}/collections/materials?where[workflowStatus][equals]=submitted&sort=updatedAt`}>
                Xem cả {work.queueTotal} tài liệu chờ duyệt
              </a>
            </p>
          ) : null}
        </>
      ) : (
        <>
          <h3>Bị trả lại, cần sửa ({work.returned.length})</h3>
          <MaterialList
            adminRoute={adminRoute}
            docs={work.returned}
            showComment
            empty="Không có tài liệu nào bị trả lại."
          />
          <h3>Bản nháp chưa gửi duyệt ({work.drafts.length})</h3>
          <MaterialList adminRoute={adminRoute} docs={work.drafts} empty="Không có bản nháp nào." />
          {user.unit ? null : (
            <p>Tài khoản chưa gắn với đơn vị nào: hãy nhờ quản trị gán đơn vị để thấy tài liệu của đơn vị mình.</p>
          )}
        </>
      )}
    </div>
  )
}
