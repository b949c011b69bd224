import type { Payload, Where } from 'payload'

import type { Procedure, Unit } from '../payload-types'
import { type Coverage, computeCoverage } from '../vocabulary'

export type CoverageProcedureDoc = Pick<
  Procedure,
  'id' | 'code' | 'name' | 'field' | 'onlineLevel' | 'implementingLevel' | 'withdrawn' | 'agencies'
>
export type CoverageUnitDoc = Pick<Unit, 'id' | 'name' | 'type' | 'historical'>

export type LoadedCoverage = Coverage<CoverageProcedureDoc, CoverageUnitDoc>

/**
 * Guide coverage computed live from the database, by the shared rules in
 * cms/vocabulary/procedureCoverage.ts. A guide counts only if the public can read it: the
 * materials are read as an anonymous visitor (overrideAccess: false, no user),
 * so the collection's own read rule (published only) decides, and a material
 * past its «Hiệu lực đến ngày» does not count even in the minute before the
 * scheduler takes it down.
 */
export async function loadCoverage(payload: Payload, at: Date = new Date()): Promise<LoadedCoverage> {
  const notExpired: Where = {
    or: [
      { validUntil: { exists: false } },
      { validUntil: { equals: null } },
      { validUntil: { greater_than: at.toISOString() } },
    ],
  }
  const [procedures, units, materials] = await Promise.all([
    payload.find({
      collection: 'procedures',
      pagination: false,
      depth: 0,
      select: {
        code: true,
        name: true,
        field: true,
        onlineLevel: true,
        implementingLevel: true,
        withdrawn: true,
        agencies: true,
      },
    }),
    payload.find({
      collection: 'units',
      pagination: false,
      depth: 0,
      select: { name: true, type: true, historical: true },
    }),
    payload.find({
      collection: 'materials',
      pagination: false,
      depth: 0,
      overrideAccess: false,
      draft: false,
      where: notExpired,
      select: { procedures: true },
    }),
  ])
  const guidedProcedureIds = materials.docs.flatMap((material) =>
    (material.procedures ?? []).map((ref) => (typeof ref === 'object' && ref !== null ? ref.id : ref)),
  )
  return computeCoverage({
    procedures: procedures.docs as CoverageProcedureDoc[],
    units: units.docs as CoverageUnitDoc[],
    guidedProcedureIds,
  })
}
