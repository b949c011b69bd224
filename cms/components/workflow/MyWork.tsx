import type { Payload } from 'payload'
import React from 'react'

import { type MyWork as Work, findMyWork } from '../../collections/Materials/workflow/myWork'
import type { User } from '../../payload-types'
import { FeedbackWork } from '../feedback/FeedbackWork'
import { MaterialList } from './MaterialList'
import { PublicationStatus } from './PublicationStatus'

type Props = { payload: Payload; user?: User | null }

const section: React.CSSProperties = { marginBottom: 'calc(var(--base) * 1.5)' }

function ReviewQueue({ work, adminRoute }: { work: Work; adminRoute: string }) {
  return (
    <>
      <h3>Tài liệu chờ duyệt ({work.queueTotal})</h3>
      <MaterialList
        adminRoute={adminRoute}
        docs={work.queue}
        detail="submission"
        unitNames={work.unitNames}
        empty="Không có tài liệu nào đang chờ duyệt."
      />
      {work.queueTotal > work.queue.length ? (
        <p>
          Đang hiện {work.queue.length} tài liệu chờ lâu nhất.{' '}
          <a href={`${adminRoute}/collections/materials?where[workflowStatus][equals]=submitted&sort=updatedAt`}>
            Xem cả {work.queueTotal} tài liệu chờ duyệt
          </a>
        </p>
      ) : null}
    </>
  )
}

function UnitWork({ work, adminRoute, user }: { work: Work; adminRoute: string; user: User }) {
  return (
    <>
      <h3>Bị trả lại, cần sửa ({work.returned.length})</h3>
      <MaterialList
        adminRoute={adminRoute}
        docs={work.returned}
        detail="comment"
        empty="Không có tài liệu nào bị trả lại."
      />
      <h3>Đang chờ duyệt ({work.waiting.length})</h3>
      <MaterialList
        adminRoute={adminRoute}
        docs={work.waiting}
        detail="waiting"
        empty="Không có tài liệu nào đang chờ duyệt."
      />
      <h3>Bản nháp chưa gửi duyệt ({work.drafts.length})</h3>
      <MaterialList adminRoute={adminRoute} docs={work.drafts} empty="Không có bản nháp nào." />
      {user.unit ? null : (
        <p>Tài khoản chưa gắn với đơn vị nào: hãy nhờ quản trị gán đơn vị để thấy tài liệu của đơn vị mình.</p>
      )}
    </>
  )
}

function RecentlyPublished({ work, adminRoute, apiRoute }: { work: Work; adminRoute: string; apiRoute: string }) {
  if (!work.recent.length) return null
  return (
    <>
      <h3>Vừa xuất bản</h3>
      <ul style={{ paddingLeft: 18 }} data-recently-published>
        {work.recent.map(({ material, publication }) => (
          <li key={material.id} style={{ marginBottom: 6 }}>
            <a href={`${adminRoute}/collections/materials/${material.id}`}>{material.title}</a>
            <PublicationStatus url={`${apiRoute}/materials/${material.id}/publication`} initial={publication} />
          </li>
        ))}
      </ul>
    </>
  )
}

/** "Việc của tôi" above the dashboard: the review queue, or the unit's work; then what was just published. */
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
  const { admin: adminRoute, api: apiRoute } = payload.config.routes
  return (
    <div style={section}>
      <h2 style={{ marginBottom: 8 }}>Việc của tôi</h2>
      {user.role !== 'contributor' ? (
        <ReviewQueue work={work} adminRoute={adminRoute} />
      ) : (
        <UnitWork work={work} adminRoute={adminRoute} user={user} />
      )}
      <FeedbackWork payload={payload} user={user} />
      <RecentlyPublished work={work} adminRoute={adminRoute} apiRoute={apiRoute} />
    </div>
  )
}
