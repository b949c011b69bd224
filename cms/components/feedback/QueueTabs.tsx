import type { BeforeListTableServerProps } from 'payload'
import React from 'react'

import { queueHref, queueTabs } from '../../feedback/moderation/queue'
import type { User } from '../../payload-types'

const bar: React.CSSProperties = { display: 'flex', flexWrap: 'wrap', gap: 12, margin: '0 0 var(--base)' }

type Params = BeforeListTableServerProps['searchParams']

/** The list's status filter as the address gives it (parsed `where`, or the raw `where[status][equals]` key). */
function currentStatus(searchParams: Params): string | null {
  const parsed = (searchParams as { where?: { status?: { equals?: unknown } } } | undefined)?.where?.status?.equals
  if (typeof parsed === 'string') return parsed
  const raw = (searchParams as Record<string, unknown> | undefined)?.['where[status][equals]']
  return typeof raw === 'string' ? raw : null
}

/** Above the feedback list: the queue's states, with counts, one click each. The list opens on «Mới». */
export async function QueueTabs({ payload, user, searchParams }: BeforeListTableServerProps): Promise<React.ReactNode> {
  if (!user) return null
  const tabs = await queueTabs(payload, user as User)
  const { admin } = payload.config.routes
  const current = currentStatus(searchParams)
  return (
    <nav aria-label="Hàng góp ý" style={bar} data-feedback-tabs>
      {tabs.map((tab) => {
        const active = current !== null && current === tab.status
        return (
          <a
            key={tab.key}
            href={queueHref(admin, tab.where)}
            aria-current={active ? 'page' : undefined}
            style={{ fontWeight: active ? 700 : 400 }}
          >
            {tab.label} ({tab.count})
          </a>
        )
      })}
      <a href={queueHref(admin, null)}>Tất cả</a>
    </nav>
  )
}
