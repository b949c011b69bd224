import type { CollectionBeforeChangeHook } from 'payload'

import { unitNameOf } from '../../../lib/unitName'
import type { OutreachActivity } from '../../../payload-types'
import { activityKindLabel, formatDate } from '../../../vocabulary'

/** «Phát thanh trên loa truyền thanh xã · Xã Sìn Hồ · 12/03/2026»: the name lists, the audit log and mails show. */
export const stampTitle: CollectionBeforeChangeHook<OutreachActivity> = async ({ data, originalDoc, req }) => {
  const kind = data.kind ?? originalDoc?.kind
  const start = data.startDate ?? originalDoc?.startDate
  const unit = await unitNameOf(req, data.unit ?? originalDoc?.unit)
  data.title = [activityKindLabel(kind), unit, formatDate(start)].filter(Boolean).join(' · ')
  return data
}
