/**
 * Guide coverage of the procedure catalogue: the share of fully-online
 * (toàn trình) procedures with at least one published guide, overall, per
 * field and per unit, and which procedures lack one. Pure, so that the admin
 * and the static site compute the same figures from the same rules.
 *
 * Which unit handles a procedure:
 * - every commune and ward handles every commune-level procedure;
 * - the provincial People's Committee handles every province-level one;
 * - any unit also handles the procedures that name it as an agency
 *   (cơ quan thực hiện).
 * Withdrawn procedures count nowhere.
 */

import { type DocId, idOf } from './ids'

export interface CoverageProcedure {
  id: DocId
  code: string
  name: string
  field: string
  onlineLevel: 'full' | 'partial'
  implementingLevel: 'province' | 'commune'
  withdrawn?: boolean | null
  /** Agency unit ids (or populated units). */
  agencies?: (DocId | { id: DocId })[] | null
}

export interface CoverageUnit {
  id: DocId
  name: string
  type: string
  historical?: boolean | null
}

export interface CoverageFigure {
  total: number
  covered: number
  /** covered / total, 0 when total is 0. */
  share: number
}

export interface CoverageGroup<P> extends CoverageFigure {
  missing: P[]
}

export interface Coverage<P extends CoverageProcedure, U extends CoverageUnit> {
  overall: CoverageGroup<P>
  byField: ({ field: string } & CoverageGroup<P>)[]
  byUnit: ({ unit: U } & CoverageGroup<P>)[]
}

const collator = new Intl.Collator('vi')
const LOCAL_UNIT_TYPES = new Set(['commune', 'ward'])

export const isCurrent = (procedure: CoverageProcedure): boolean => !procedure.withdrawn

/** The current procedures a unit handles, by the rules above, sorted by field then name. */
export function proceduresHandledBy<P extends CoverageProcedure>(unit: CoverageUnit, procedures: readonly P[]): P[] {
  const unitId = String(unit.id)
  return procedures
    .filter(
      (p) =>
        isCurrent(p) &&
        ((p.implementingLevel === 'commune' && LOCAL_UNIT_TYPES.has(unit.type)) ||
          (p.implementingLevel === 'province' && unit.type === 'province') ||
          (p.agencies ?? []).some((a) => idOf(a) === unitId)),
    )
    .sort(byFieldThenName)
}

export function byFieldThenName(a: CoverageProcedure, b: CoverageProcedure): number {
  return collator.compare(a.field, b.field) || collator.compare(a.name, b.name) || collator.compare(a.code, b.code)
}

function group<P extends CoverageProcedure>(procedures: readonly P[], guided: ReadonlySet<string>): CoverageGroup<P> {
  const missing = procedures.filter((p) => !guided.has(String(p.id))).sort(byFieldThenName)
  const total = procedures.length
  const covered = total - missing.length
  return { total, covered, share: total === 0 ? 0 : covered / total, missing }
}

/**
 * @param guidedProcedureIds ids of procedures linked from at least one
 *   published (publicly visible) material
 */
export function computeCoverage<P extends CoverageProcedure, U extends CoverageUnit>(input: {
  procedures: readonly P[]
  units: readonly U[]
  guidedProcedureIds: Iterable<DocId>
}): Coverage<P, U> {
  const guided = new Set([...input.guidedProcedureIds].map(String))
  const full = input.procedures.filter((p) => isCurrent(p) && p.onlineLevel === 'full')
  const fields = [...new Set(full.map((p) => p.field))].sort(collator.compare)
  return {
    overall: group(full, guided),
    byField: fields.map((field) => ({
      field,
      ...group(
        full.filter((p) => p.field === field),
        guided,
      ),
    })),
    byUnit: input.units
      .filter((unit) => !unit.historical)
      .map((unit) => ({ unit, ...group(proceduresHandledBy(unit, full), guided) }))
      .filter((row) => row.total > 0)
      .sort((a, b) => collator.compare(a.unit.name, b.unit.name)),
  }
}

/** "42,9 %" — Vietnamese decimal comma, one decimal place. */
export function formatShare(share: number): string {
  return `${new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1, minimumFractionDigits: share === 0 || share === 1 ? 0 : 1 }).format(share * 100)} %`
}
