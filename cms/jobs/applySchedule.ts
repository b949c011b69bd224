import type { PayloadRequest, TaskConfig } from 'payload'

import { recordAudit } from '../audit/record'
import { EXPIRED_MATERIALS } from '../collections/ExpiredMaterials'
import { SCHEDULER_CONTEXT } from '../collections/Materials/schedule'
import { now } from '../lib/clock'
import type { Material } from '../payload-types'
import { relationId } from '../vocabulary'
import { withJobLock } from './jobLock'

export const SCHEDULE_TASK = 'applySchedule'
export const SCHEDULE_QUEUE = 'schedule'
/** Every minute (croner, five fields). */
export const SCHEDULE_CRON = '* * * * *'

export interface ScheduleResult {
  published: number
  expired: number
  failed: number
}

const MATERIALS = 'materials'
const context = { [SCHEDULER_CONTEXT]: true }

const errorText = (error: unknown): string => (error instanceof Error ? error.message : String(error))

/** Approved materials whose valid-from has come are published (their latest version), now approved. */
async function publishDue(req: PayloadRequest, at: Date, result: ScheduleResult): Promise<void> {
  const due = await req.payload.find({
    collection: MATERIALS,
    // The latest version: approval of a future material is saved as a draft version.
    draft: true,
    where: { and: [{ workflowStatus: { equals: 'scheduled' } }, { validFrom: { less_than_equal: at.toISOString() } }] },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  for (const material of due.docs) {
    try {
      // Its window closed before it ever opened: never public, nothing to tombstone.
      const tooLate = material.validUntil && new Date(material.validUntil) <= at
      await req.payload.update({
        collection: MATERIALS,
        id: material.id,
        data: tooLate ? { workflowStatus: 'expired' } : { _status: 'published', workflowStatus: 'approved' },
        draft: Boolean(tooLate),
        overrideAccess: true,
        context,
        req,
      })
      if (tooLate) continue
      await recordAudit(req, {
        action: 'publish',
        collection: MATERIALS,
        docId: material.id,
        docCreatedAt: material.createdAt,
        title: material.title,
        detail: 'Tự xuất bản khi đến ngày hiệu lực',
      })
      result.published++
    } catch (error) {
      result.failed++
      req.payload.logger.error(
        `Lịch xuất bản: không xuất bản được tài liệu "${material.title}" (id ${material.id}): ${errorText(error)}. ` +
          'Tài liệu vẫn ở trạng thái chờ xuất bản; hệ thống sẽ thử lại sau một phút. Hãy mở tài liệu trong trang quản trị để sửa lỗi.',
      )
    }
  }
}

/**
 * Published materials past valid-until leave the site: the main record becomes
 * a draft ("expired") and a tombstone keeps the address answering. The title is
 * the published one, never a pending draft's.
 */
async function expireDue(req: PayloadRequest, at: Date, result: ScheduleResult): Promise<void> {
  const due = await req.payload.find({
    collection: MATERIALS,
    draft: false,
    where: { and: [{ _status: { equals: 'published' } }, { validUntil: { less_than_equal: at.toISOString() } }] },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  for (const published of due.docs) {
    try {
      const latest: Material = await req.payload.findByID({
        collection: MATERIALS,
        id: published.id,
        draft: true,
        depth: 0,
        overrideAccess: true,
        req,
      })
      await req.payload.update({
        collection: MATERIALS,
        id: published.id,
        data: { _status: 'draft', workflowStatus: 'expired' },
        draft: false,
        overrideAccess: true,
        context,
        req,
      })
      await writeTombstone(
        req,
        published,
        relationId(latest.replacedBy ?? published.replacedBy) as Material['id'] | null,
        at,
      )
      await recordAudit(req, {
        action: 'expire',
        collection: MATERIALS,
        docId: published.id,
        docCreatedAt: published.createdAt,
        title: published.title,
        detail: 'Tự gỡ khỏi trang công khai khi hết hiệu lực; địa chỉ cũ báo tài liệu đã hết hiệu lực',
      })
      result.expired++
    } catch (error) {
      result.failed++
      req.payload.logger.error(
        `Lịch xuất bản: không gỡ được tài liệu hết hiệu lực "${published.title}" (id ${published.id}): ${errorText(error)}. ` +
          'Tài liệu vẫn đang công khai; hệ thống sẽ thử lại sau một phút. Hãy mở tài liệu trong trang quản trị và gỡ xuất bản bằng tay nếu lỗi lặp lại.',
      )
    }
  }
}

async function writeTombstone(
  req: PayloadRequest,
  published: Material,
  replacement: Material['id'] | null,
  at: Date,
): Promise<void> {
  // The day its validity ended, not the minute the scheduler noticed (they differ after downtime).
  const expiredAt = published.validUntil ? new Date(published.validUntil).toISOString() : at.toISOString()
  const data = { slug: published.slug ?? String(published.id), title: published.title, expiredAt, replacement }
  const existing = await req.payload.find({
    collection: EXPIRED_MATERIALS,
    where: { material: { equals: published.id } },
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const tombstone = existing.docs[0]
  if (tombstone)
    await req.payload.update({ collection: EXPIRED_MATERIALS, id: tombstone.id, data, overrideAccess: true, req })
  else
    await req.payload.create({
      collection: EXPIRED_MATERIALS,
      data: { ...data, material: published.id },
      overrideAccess: true,
      req,
    })
}

/**
 * One pass of the schedule at `now()`. Each material is handled on its own: a
 * failure is logged with what to do and retried on the next pass, and does not
 * hold up the others.
 */
export async function applySchedule(req: PayloadRequest): Promise<ScheduleResult> {
  const at = now()
  const result: ScheduleResult = { published: 0, expired: 0, failed: 0 }
  await publishDue(req, at, result)
  await expireDue(req, at, result)
  if (result.published || result.expired || result.failed) {
    req.payload.logger.info(
      `Lịch xuất bản: ${result.published} tài liệu được xuất bản, ${result.expired} tài liệu hết hiệu lực được gỡ, ${result.failed} lỗi.`,
    )
  }
  return result
}

export const applyScheduleTask: TaskConfig<{ input: Record<string, never>; output: ScheduleResult }> = {
  slug: SCHEDULE_TASK,
  label: 'Xuất bản và gỡ tài liệu theo ngày hiệu lực',
  outputSchema: [
    { name: 'published', type: 'number' },
    { name: 'expired', type: 'number' },
    { name: 'failed', type: 'number' },
  ],
  // Queued every minute by the CMS server's job runner (autoRun on SCHEDULE_QUEUE), never two at a time.
  schedule: [{ cron: SCHEDULE_CRON, queue: SCHEDULE_QUEUE }],
  concurrency: { key: () => SCHEDULE_TASK, exclusive: true },
  handler: async ({ req }) => ({ output: await applyScheduleOnce(req) }),
}

/**
 * One pass at a time across processes (see jobLock.ts): a pass finds what the
 * one before it left, so none is published twice. A pass still held up after
 * a minute is skipped; the next minute's pass runs.
 */
function applyScheduleOnce(req: PayloadRequest): Promise<ScheduleResult> {
  return withJobLock(
    'schedule',
    {
      waitMs: 60_000,
      onLost: (error) => req.payload.logger.error(`Lịch xuất bản: khóa bị mất giữa chừng (${error.message}).`),
    },
    () => applySchedule(req),
    async () => ({ published: 0, expired: 0, failed: 0 }),
  )
}
