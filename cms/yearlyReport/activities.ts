import type { Payload } from 'payload'

import { relationId } from '../access'
import { approvedActivities } from '../activities/query'
import type { ReportActivity } from './input'
import type { Range } from './sources'

/**
 * The year's approved activities as the report lists them (cms/activities/query.ts
 * decides which count): the unit's name and the titles of the materials used,
 * read in one query each, not one per activity.
 */
export async function reportActivities(
  payload: Payload,
  range: Range,
): Promise<(ReportActivity & { unitId: string })[]> {
  const docs = await approvedActivities(payload, { from: range.from, to: range.to, units: range.units })
  const materialIds = [...new Set(docs.flatMap((a) => (a.materials ?? []).map((m) => String(relationId(m)))))]
  const unitIds = [...new Set(docs.map((a) => String(relationId(a.unit))))]
  const [materials, units] = await Promise.all([
    materialIds.length === 0
      ? { docs: [] }
      : payload.find({
          collection: 'materials',
          where: { id: { in: materialIds } },
          pagination: false,
          depth: 0,
          select: { title: true },
        }),
    unitIds.length === 0
      ? { docs: [] }
      : payload.find({
          collection: 'units',
          where: { id: { in: unitIds } },
          pagination: false,
          depth: 0,
          select: { name: true },
        }),
  ])
  const titles = new Map(materials.docs.map((m) => [String(m.id), m.title]))
  const names = new Map(units.docs.map((u) => [String(u.id), u.name]))
  return docs.map((a) => {
    const unitId = String(relationId(a.unit))
    return {
      unitId,
      unitName: names.get(unitId) ?? '',
      startDate: a.startDate,
      endDate: a.endDate,
      kind: a.kind,
      platform: a.platform,
      place: a.place,
      materials: (a.materials ?? []).flatMap((m) => titles.get(String(relationId(m))) ?? []),
      reach: a.reach ?? {},
    }
  })
}
