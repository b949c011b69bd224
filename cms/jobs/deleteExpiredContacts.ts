import type { PayloadRequest, TaskConfig } from 'payload'

import { now } from '../lib/clock'
import { SCHEDULE_QUEUE } from './applySchedule'

export const DELETE_CONTACTS_TASK = 'deleteExpiredContacts'
/** Hourly, at minute 17 (croner, five fields): a contact is gone within the hour after its day. */
export const DELETE_CONTACTS_CRON = '17 * * * *'

export interface DeleteContactsResult {
  deleted: number
}

/**
 * Deletes the contacts (phone numbers, e-mail addresses) citizens left for a private answer once
 * their `deleteAfter` (the answer + 90 days) has passed, at `now()`. Idempotent: two passes at once
 * delete each row once, and a failed pass is simply done again by the next one.
 */
export async function deleteExpiredContacts(req: PayloadRequest): Promise<DeleteContactsResult> {
  const { docs, errors } = await req.payload.delete({
    collection: 'feedback-contacts',
    where: { deleteAfter: { less_than_equal: now().toISOString() } },
    depth: 0,
    overrideAccess: true,
    req,
  })
  for (const error of errors)
    req.payload.logger.error(
      `Không xóa được liên hệ trả lời riêng mã ${error.id}: ${error.message}. Hệ thống sẽ thử lại sau một giờ.`,
    )
  if (docs.length > 0)
    req.payload.logger.info(`Đã xóa ${docs.length} liên hệ trả lời riêng quá 90 ngày sau khi trả lời.`)
  return { deleted: docs.length }
}

export const deleteExpiredContactsTask: TaskConfig<{
  input: Record<string, never>
  output: DeleteContactsResult
}> = {
  slug: DELETE_CONTACTS_TASK,
  label: 'Xóa liên hệ trả lời riêng quá 90 ngày',
  outputSchema: [{ name: 'deleted', type: 'number' }],
  // Queued by the schedule queue's runner (the CMS server's autoRun or `npm run worker`), as applySchedule is.
  // No exclusive concurrency key: two passes at once delete each row once, and a pass a dead process left
  // «processing» must not hold back the next (releaseAbandoned.ts knows only the locked tasks).
  schedule: [{ cron: DELETE_CONTACTS_CRON, queue: SCHEDULE_QUEUE }],
  handler: async ({ req }) => ({ output: await deleteExpiredContacts(req) }),
}
