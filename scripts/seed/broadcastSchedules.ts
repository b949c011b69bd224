import { now } from '@dvctt/cms/lib/clock'
import type { BroadcastSchedule } from '@dvctt/cms/payload-types'

import { type SeedContext, SEED_CONTEXT, need } from './context'
import type { Taxonomy } from './taxonomy'

/** The first day of the month `offset` months from this one, at noon in Vietnam. */
function monthDay(offset: number, day: number): string {
  const today = new Date(now().getTime() + 7 * 60 * 60 * 1000)
  const date = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() + offset, day))
  return new Date(`${date.toISOString().slice(0, 10)}T12:00:00+07:00`).toISOString()
}

/**
 * «Lịch phát thanh» for two communes (issue 20's acceptance): this month and the next, with the demo's
 * published radio spots. Skipped when the library already has schedules, so a second run adds none.
 */
export async function seedBroadcastSchedules(ctx: SeedContext, taxonomy: Taxonomy): Promise<number> {
  const { payload } = ctx
  if ((await payload.count({ collection: 'broadcast-schedules', overrideAccess: true })).totalDocs > 0) return 0
  const { docs: spots } = await payload.find({
    collection: 'materials',
    // Vietnamese spots: each commune also gets the minority-language versions through the feeds.
    where: {
      and: [{ kind: { equals: 'audio' } }, { language: { equals: 'vi' } }, { _status: { equals: 'published' } }],
    },
    depth: 0,
    limit: 4,
    sort: 'createdAt',
    select: { title: true },
    overrideAccess: true,
  })
  if (spots.length === 0) return 0
  const ids = spots.map((spot) => spot.id)
  const schedules: Pick<BroadcastSchedule, 'unit' | 'spots' | 'timesPerDay' | 'weekdays' | 'dates' | 'note'>[] = [
    {
      unit: need(taxonomy.units, 'Xã Sìn Hồ', 'xã', 'Lịch phát thanh mẫu').id,
      spots: ids.slice(0, 2),
      timesPerDay: 3,
      weekdays: ['mon', 'wed', 'fri'],
      note: 'Phát lúc 6 giờ 30, 11 giờ và 17 giờ 30, xen giữa chương trình thời sự.',
    },
    {
      unit: need(taxonomy.units, 'Xã Nậm Tăm', 'xã', 'Lịch phát thanh mẫu').id,
      spots: ids.slice(1, 4),
      timesPerDay: 2,
      weekdays: ['tue', 'sat'],
      dates: [{ date: monthDay(0, 15) }],
      note: 'Phát thêm ngày 15 (phiên chợ bản).',
    },
  ]
  for (const schedule of schedules)
    await payload.create({
      collection: 'broadcast-schedules',
      data: {
        ...schedule,
        validFrom: monthDay(0, 1),
        validUntil: monthDay(2, 0),
      },
      overrideAccess: true,
      context: SEED_CONTEXT,
    })
  return schedules.length
}
