import { APIError, type CollectionBeforeValidateHook } from 'payload'

import { relationId } from '../../../access'

/**
 * One report per unit per year. `key` ("<unit>:<year>") carries a unique index
 * as the last word; this hook says it first, in words, naming the unit and year.
 * It also keeps the list's title («Báo cáo năm 2026 – Xã Sìn Hồ») in step.
 */
export const keepOnePerUnitYear: CollectionBeforeValidateHook = async ({ data, originalDoc, req }) => {
  if (!data) return data
  const original = originalDoc as { id?: string | number; unit?: unknown; year?: number } | undefined
  const unitId = relationId('unit' in data ? data.unit : original?.unit)
  const year = Number('year' in data ? data.year : original?.year)
  if (unitId === undefined || !Number.isInteger(year)) return data
  const key = `${unitId}:${year}`
  const others = await req.payload.find({
    collection: 'report-submissions',
    where: {
      and: [{ key: { equals: key } }, ...(original?.id === undefined ? [] : [{ id: { not_equals: original.id } }])],
    },
    limit: 1,
    depth: 0,
    select: { key: true },
    overrideAccess: true,
    req,
  })
  const unit = await req.payload
    .findByID({ collection: 'units', id: unitId, depth: 0, select: { name: true }, overrideAccess: true, req })
    .catch(() => undefined)
  if (!unit) {
    throw new APIError('Không tìm thấy đơn vị của báo cáo. Báo cáo chưa được lưu.', 400, { field: 'unit' }, true)
  }
  if (others.totalDocs > 0) {
    throw new APIError(
      `${unit.name} đã có báo cáo năm ${year}. Báo cáo mới chưa được lưu. Mỗi đơn vị chỉ có một báo cáo mỗi năm: hãy mở báo cáo đã có để sửa.`,
      409,
      { field: 'year', existing: others.docs[0]?.id },
      true,
    )
  }
  data.key = key
  data.title = `Báo cáo năm ${year} – ${unit.name}`
  return data
}
