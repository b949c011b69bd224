import { createLocalReq, type Payload } from 'payload'

import { applySchedule } from '@dvctt/cms/jobs/applySchedule'

/**
 * One pass of the validity schedule now, before a site build: what the CMS
 * server's every-minute job would do, so materials that expired (or came
 * due) while nothing was running are right on the first build.
 */
export async function applyScheduleNow(payload: Payload): Promise<string> {
  const result = await applySchedule(await createLocalReq({}, payload))
  return (
    `Lịch hiệu lực: ${result.expired} tài liệu hết hiệu lực được gỡ khỏi trang (vẫn giữ trang báo hết hiệu lực), ` +
    `${result.published} tài liệu đến ngày được xuất bản${result.failed ? `, ${result.failed} tài liệu lỗi (xem nhật ký, sẽ thử lại mỗi phút)` : ''}.`
  )
}
