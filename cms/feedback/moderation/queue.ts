import type { Payload, Where } from 'payload'

import type { User } from '../../payload-types'

/** The queue's tabs: each a filter of the feedback list, with how many items the account may see in it. */
export interface QueueTab {
  key: string
  /** The status the tab filters on, if it is a status tab. */
  status: string | null
  label: string
  where: Where
  count: number
}

export const NEW_ITEMS: Where = { status: { equals: 'new' } }
export const PENDING_ANSWERS: Where = { answerState: { equals: 'pending' } }

const TABS: Omit<QueueTab, 'count'>[] = [
  { key: 'new', status: 'new', label: 'Mới', where: NEW_ITEMS },
  { key: 'pending', status: null, label: 'Câu trả lời chờ duyệt', where: PENDING_ANSWERS },
  { key: 'answered', status: 'answered', label: 'Đã trả lời công khai', where: { status: { equals: 'answered' } } },
  {
    key: 'answered-private',
    status: 'answered-private',
    label: 'Đã trả lời riêng',
    where: { status: { equals: 'answered-private' } },
  },
  {
    key: 'not-published',
    status: 'not-published',
    label: 'Không đăng',
    where: { status: { equals: 'not-published' } },
  },
]

/** The tabs with their counts, as the account reads them (a contributor: their units' items only). */
export async function queueTabs(payload: Payload, user: User): Promise<QueueTab[]> {
  return Promise.all(
    TABS.map(async (tab) => ({
      ...tab,
      count: (await payload.count({ collection: 'feedback', where: tab.where, overrideAccess: false, user })).totalDocs,
    })),
  )
}

/** The list's address for one filter: `where[status][equals]=new`, as Payload's list view reads it. */
export function queueHref(adminRoute: string, where: Where | null): string {
  const base = `${adminRoute}/collections/feedback`
  if (!where) return `${base}?sort=-createdAt`
  const params = new URLSearchParams()
  for (const [field, condition] of Object.entries(where))
    for (const [operator, value] of Object.entries(condition as Record<string, unknown>))
      params.append(`where[${field}][${operator}]`, String(value))
  params.append('sort', '-createdAt')
  return `${base}?${params.toString()}`
}
