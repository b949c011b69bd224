import type { Endpoint, PayloadRequest } from 'payload'
import { addDataAndFileToRequest } from 'payload'

import { dayInVietnam, startOfDayInVietnam } from '../../activities/dates'
import { hasRole } from '../../access'
import { isScheduledDay } from '../../broadcast/days'
import { minutesOnAir, readSpots } from '../../broadcast/spots'
import { now } from '../../lib/clock'
import type { BroadcastSchedule } from '../../payload-types'
import { formatDate } from '../../vocabulary'
import { fail } from '../Materials/workflow/read'

const DAY = /^\d{4}-\d{2}-\d{2}$/

/** The schedule as the caller may see it (a contributor: their own communes only), or null. */
export const findScheduleFor = async (req: PayloadRequest, id: string): Promise<BroadcastSchedule | null> =>
  (await req.payload.findByID({
    collection: 'broadcast-schedules',
    id,
    depth: 0,
    overrideAccess: false,
    user: req.user,
    disableErrors: true,
    req,
  })) as BroadcastSchedule | null

async function readDay(req: PayloadRequest): Promise<string | null> {
  await addDataAndFileToRequest(req)
  const date = (req.data as { date?: unknown } | undefined)?.date
  return typeof date === 'string' && DAY.test(date) ? date : null
}

function refusal(schedule: BroadcastSchedule, day: string): string | null {
  if (day > dayInVietnam(now()))
    return `Ngày ${formatDate(startOfDayInVietnam(day))} chưa tới: chỉ xác nhận «Đã phát» cho ngày đã qua hoặc hôm nay.`
  if (!isScheduledDay(schedule, day))
    return `Ngày ${formatDate(startOfDayInVietnam(day))} không có trong lịch phát thanh này (ngoài thời gian của lịch hoặc không phải ngày phát).`
  if (schedule.confirmations?.some((entry) => entry.date && dayInVietnam(entry.date) === day))
    return `Ngày ${formatDate(startOfDayInVietnam(day))} đã được xác nhận «Đã phát» rồi; hoạt động tuyên truyền của ngày đó đã có.`
  return null
}

/**
 * «Đã phát»: the commune says the day's broadcasts went out. That becomes an outreach activity of kind
 * loudspeaker (a draft the commune then sends for review, like any other), with the spots as its
 * materials, the times a day and the minutes on air; the day is marked on the schedule.
 */
export const confirmBroadcastEndpoint: Endpoint = {
  path: '/:id/confirm',
  method: 'post',
  handler: async (req) => {
    if (!req.user) return fail(401, 'Bạn cần đăng nhập để xác nhận đã phát.')
    if (!hasRole(req.user, 'admin', 'editor', 'contributor'))
      return fail(403, 'Chỉ cộng tác viên của xã hoặc biên tập viên tỉnh mới xác nhận «Đã phát» được.')
    const id = String(req.routeParams?.id ?? '')
    const schedule = await findScheduleFor(req, id)
    if (!schedule) return fail(404, `Không tìm thấy lịch phát thanh mã ${id}, hoặc lịch không thuộc xã của bạn.`)
    const day = await readDay(req)
    if (!day) return fail(400, 'Hãy chọn ngày đã phát (dạng ngày/tháng/năm).')
    const refused = refusal(schedule, day)
    if (refused) return fail(409, `${refused} Không có gì thay đổi.`)
    const spots = await readSpots(req, schedule)
    const activity = await req.payload.create({
      collection: 'outreach-activities',
      data: {
        kind: 'loudspeaker',
        unit: schedule.unit,
        startDate: startOfDayInVietnam(day).toISOString(),
        materials: spots.map((spot) => spot.id),
        reach: { times: schedule.timesPerDay, minutes: minutesOnAir(spots, schedule.timesPerDay) },
        note: `Xác nhận «Đã phát» theo ${schedule.title ?? 'lịch phát thanh'}.`,
      },
      depth: 0,
      overrideAccess: false,
      user: req.user,
      req,
    })
    await req.payload.update({
      collection: 'broadcast-schedules',
      id: schedule.id,
      data: {
        confirmations: [
          ...(schedule.confirmations ?? []),
          { date: startOfDayInVietnam(day).toISOString(), activity: activity.id },
        ],
      },
      depth: 0,
      overrideAccess: true,
      req,
    })
    return Response.json(
      {
        activity: activity.id,
        message: `Đã ghi «Đã phát» ngày ${formatDate(startOfDayInVietnam(day))}: hoạt động «${activity.title}» đã được tạo (bản nháp), hãy gửi duyệt để tính vào báo cáo.`,
      },
      { status: 201 },
    )
  },
}
