import type { Endpoint } from 'payload'

import { scheduleSheetHtml } from '../../broadcast/sheet'
import { readSpots } from '../../broadcast/spots'
import { unitNameOf } from '../../lib/unitName'
import { fail } from '../Materials/workflow/read'
import { findScheduleFor } from './confirm'

/** GET /api/broadcast-schedules/:id/sheet: the printable one-page sheet, for whoever may read the schedule. */
export const scheduleSheetEndpoint: Endpoint = {
  path: '/:id/sheet',
  method: 'get',
  handler: async (req) => {
    if (!req.user) return fail(401, 'Bạn cần đăng nhập để in lịch phát thanh.')
    const id = String(req.routeParams?.id ?? '')
    const schedule = await findScheduleFor(req, id)
    if (!schedule) return fail(404, `Không tìm thấy lịch phát thanh mã ${id}, hoặc lịch không thuộc xã của bạn.`)
    const communeName = await unitNameOf(req, schedule.unit)
    const html = scheduleSheetHtml({
      title: schedule.title ?? 'Lịch phát thanh',
      communeName: communeName ?? '',
      validFrom: schedule.validFrom,
      validUntil: schedule.validUntil,
      weekdays: schedule.weekdays ?? [],
      dates: (schedule.dates ?? []).map((entry) => entry.date),
      timesPerDay: schedule.timesPerDay,
      note: schedule.note ?? null,
      spots: await readSpots(req, schedule),
      confirmedDays: (schedule.confirmations ?? []).flatMap((entry) => (entry.date ? [entry.date] : [])),
    })
    return new Response(html, {
      headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'private, no-store' },
    })
  },
}
