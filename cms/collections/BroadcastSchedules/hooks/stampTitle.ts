import type { CollectionBeforeChangeHook } from 'payload'

import { relationId } from '../../../access'
import type { BroadcastSchedule, Unit } from '../../../payload-types'
import { formatDate } from '../../../vocabulary'

/** «Lịch phát thanh · Xã Sìn Hồ · 01/12/2026–31/12/2026»: the name lists and the printed sheet show. */
export const stampTitle: CollectionBeforeChangeHook<BroadcastSchedule> = async ({ data, originalDoc, req }) => {
  const unitId = relationId(data.unit ?? originalDoc?.unit)
  const unit =
    unitId === undefined
      ? null
      : ((await req.payload.findByID({
          collection: 'units',
          id: unitId,
          depth: 0,
          overrideAccess: true,
          disableErrors: true,
          select: { name: true },
          req,
        })) as Pick<Unit, 'name'> | null)
  const from = formatDate(data.validFrom ?? originalDoc?.validFrom)
  const until = formatDate(data.validUntil ?? originalDoc?.validUntil)
  data.title = ['Lịch phát thanh', unit?.name, `${from}–${until}`].filter(Boolean).join(' · ')
  return data
}
