/**
 * What the feedback target reads: the year's feedback items (answering unit, status, reason, review
 * state) and the «Có» / «Không» counters of the material and procedure pages (cms/usage/).
 */
import type { Payload } from 'payload'

import { idOf } from '../vocabulary/ids'
import type { FeedbackRecord, HelpfulnessRecord } from './feedback'
import type { YearRange } from './standing'

export async function loadFeedbackRecords(payload: Payload, range: YearRange): Promise<FeedbackRecord[]> {
  const { docs } = await payload.find({
    collection: 'feedback',
    depth: 0,
    pagination: false,
    overrideAccess: true,
    where: {
      and: [
        { createdAt: { greater_than_equal: range.start.toISOString() } },
        { createdAt: { less_than: range.end.toISOString() } },
      ],
    },
    select: { unit: true, status: true, rejectReason: true, answerState: true },
  })
  return docs.map((item) => ({
    unit: idOf(item.unit),
    status: item.status ?? 'new',
    rejectReason: item.rejectReason ?? null,
    answerState: item.answerState ?? null,
  }))
}
