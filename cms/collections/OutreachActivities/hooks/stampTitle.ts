import type { CollectionBeforeChangeHook } from 'payload'

import { relationId } from '../../../access'
import type { OutreachActivity, Unit } from '../../../payload-types'
import { activityKindLabel, formatDate } from '../../../vocabulary'

/** «Phát thanh trên loa truyền thanh xã · Xã Sìn Hồ · 12/03/2026»: the name lists, the audit log and mails show. */
export const stampTitle: CollectionBeforeChangeHook<OutreachActivity> = async ({ data, originalDoc, req }) => {
  const kind = data.kind ?? originalDoc?.kind
  const start = data.startDate ?? originalDoc?.startDate
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
  data.title = [activityKindLabel(kind), unit?.name, formatDate(start)].filter(Boolean).join(' · ')
  return data
}
