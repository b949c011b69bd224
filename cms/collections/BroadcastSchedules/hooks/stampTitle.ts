import type { CollectionBeforeChangeHook } from 'payload'

import { unitNameOf } from '../../../lib/unitName'
import type { BroadcastSchedule } from '../../../payload-types'
import { formatDate } from '../../../vocabulary'

/** «Lịch phát thanh · Xã Sìn Hồ · 01/12/2026–31/12/2026»: the name lists and the printed sheet show. */
export const stampTitle: CollectionBeforeChangeHook<BroadcastSchedule> = async ({ data, originalDoc, req }) => {
  const unit = await unitNameOf(req, data.unit ?? originalDoc?.unit)
  const from = formatDate(data.validFrom ?? originalDoc?.validFrom)
  const until = formatDate(data.validUntil ?? originalDoc?.validUntil)
  data.title = ['Lịch phát thanh', unit, `${from}–${until}`].filter(Boolean).join(' · ')
  return data
}
