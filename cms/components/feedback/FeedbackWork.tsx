import type { Payload } from 'payload'
import React from 'react'

import { type NeedsUpdate, materialsNeedingUpdate } from '../../feedback/moderation/needsUpdate'
import { NEW_ITEMS, PENDING_ANSWERS, queueHref } from '../../feedback/moderation/queue'
import type { User } from '../../payload-types'
import { waitedFor } from '../../vocabulary'

type Props = { payload: Payload; user: User }

const LIMIT = 10
const muted: React.CSSProperties = { color: 'var(--theme-elevation-500)' }

function NeedsUpdateList({ items, adminRoute }: { items: NeedsUpdate[]; adminRoute: string }) {
  if (items.length === 0) return <p>Không có tài liệu nào bị người dân báo sai hoặc cũ.</p>
  return (
    <ul style={{ paddingLeft: 18 }} data-needs-update-list>
      {items.slice(0, LIMIT).map(({ material, reports, since }) => (
        <li key={material.id} style={{ marginBottom: 6 }}>
          <a href={`${adminRoute}/collections/materials/${material.id}`}>{material.title}</a>
          <span style={muted}>
            {' '}
            · {reports} góp ý báo sai, cũ · {waitedFor(since)}
          </span>
        </li>
      ))}
    </ul>
  )
}

/**
 * The feedback part of «Việc của tôi»: new citizen feedback to answer, answers waiting for a reviewer,
 * and materials citizens reported wrong or out of date («Cần cập nhật»). Counted as the account may
 * read them: a contributor sees their units' items only.
 */
export async function FeedbackWork({ payload, user }: Props): Promise<React.ReactNode> {
  const count = async (where: typeof NEW_ITEMS) =>
    (await payload.count({ collection: 'feedback', where, overrideAccess: false, user })).totalDocs
  let counts: [number, number, NeedsUpdate[]]
  try {
    counts = await Promise.all([count(NEW_ITEMS), count(PENDING_ANSWERS), materialsNeedingUpdate(payload, { user })])
  } catch (error) {
    return (
      <p>
        Không tải được góp ý của người dân ({error instanceof Error ? error.message : String(error)}). Hãy tải lại
        trang.
      </p>
    )
  }
  const [fresh, pending, stale] = counts
  const { admin } = payload.config.routes
  const reviewer = user.role !== 'contributor'
  return (
    <div data-feedback-work>
      <h3>Góp ý của người dân</h3>
      <p>
        <a href={queueHref(admin, NEW_ITEMS)}>{fresh} góp ý mới cần trả lời</a>
        {pending > 0 ? (
          <>
            {' · '}
            <a href={queueHref(admin, PENDING_ANSWERS)}>
              {pending} câu trả lời {reviewer ? 'chờ bạn duyệt' : 'đang chờ người duyệt'}
            </a>
          </>
        ) : null}
      </p>
      <h3>Tài liệu cần cập nhật ({stale.length})</h3>
      <NeedsUpdateList items={stale} adminRoute={admin} />
    </div>
  )
}
