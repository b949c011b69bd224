import type { Payload } from 'payload'

import type { Unit } from '../payload-types'

/** Units that report each year (section VI.9 of the plan): departments, agencies, communes and wards still in being. */
export const REPORTING_UNIT_TYPES: readonly Unit['type'][] = ['department', 'agency', 'commune', 'ward']

export type ReportingUnit = Pick<Unit, 'id' | 'name' | 'shortName' | 'type' | 'parent' | 'historical'>

const collator = new Intl.Collator('vi')

const TYPE_ORDER: Record<string, number> = { department: 0, agency: 1, ward: 2, commune: 3 }

/** Every unit, and which of them report, in the order a roll-up lists them (departments, agencies, wards, communes). */
export async function loadUnits(payload: Payload): Promise<{ all: ReportingUnit[]; reporting: ReportingUnit[] }> {
  const { docs } = await payload.find({
    collection: 'units',
    pagination: false,
    depth: 0,
    select: { name: true, shortName: true, type: true, parent: true, historical: true },
  })
  const all = docs as ReportingUnit[]
  const reporting = all
    .filter((unit) => !unit.historical && REPORTING_UNIT_TYPES.includes(unit.type))
    .sort((a, b) => (TYPE_ORDER[a.type] ?? 9) - (TYPE_ORDER[b.type] ?? 9) || collator.compare(a.name, b.name))
  return { all, reporting }
}

export const isReportingUnit = (unit: Pick<Unit, 'type' | 'historical'>): boolean =>
  !unit.historical && REPORTING_UNIT_TYPES.includes(unit.type)
