/**
 * Compares a parsed catalogue with the procedures already in the CMS. Pure, so
 * that a dry run and the real import report exactly the same thing.
 *
 * - A code in the file and not in the CMS is added.
 * - A code in both is changed when any compared field differs; a withdrawn
 *   procedure that is back in the file is restored (withdrawn → false).
 * - A current procedure the file no longer lists is withdrawn (never deleted:
 *   guides link to it); one already withdrawn is left alone, so importing the
 *   same file twice writes nothing the second time.
 * - A file without a link or agency column says nothing about links or
 *   agencies: existing ones are kept.
 */
import type { Payload } from 'payload'

import { idsOf } from '../../vocabulary'
import { type AgencyUnit, agencyResolver, type UnitId } from './agencies'
import { normalise } from './header'
import type { ParsedCatalogue, ParsedProcedure, RowNote } from './parse'

export type ComparedField =
  | 'name'
  | 'field'
  | 'onlineLevel'
  | 'implementingLevel'
  | 'agencies'
  | 'nationalPortalUrl'
  | 'withdrawn'

export interface FieldChange {
  from: string | null
  to: string | null
}

/** What the import writes for one procedure. */
export interface PlannedProcedure {
  code: string
  name: string
  field: string
  onlineLevel: ParsedProcedure['onlineLevel']
  implementingLevel: ParsedProcedure['implementingLevel']
  nationalPortalUrl?: string
  /** Unit ids; absent when the file has no agency column. */
  agencies?: UnitId[]
  /** Unit names as resolved, for the report. */
  agencyNames?: string[]
}

export interface ProcedureChange {
  code: string
  name: string
  /** The existing document, to update by id. */
  id: UnitId
  /** For people: values as text (agencies as unit names joined by "; ", withdrawn as "true"/"false"). */
  fields: Partial<Record<ComparedField, FieldChange>>
  /** For the database: the update to write. */
  data: Record<string, unknown>
}

export interface ProcedureDiff {
  added: PlannedProcedure[]
  changed: ProcedureChange[]
  unchanged: string[]
  /** Current in the CMS but no longer in the file: marked withdrawn by the import. */
  withdrawn: { id: UnitId; code: string; name: string }[]
  rejected: RowNote[]
  /** The parser's warnings and the agency names that matched no unit. */
  warnings: RowNote[]
}

export interface ExistingProcedure {
  id: UnitId
  code: string
  name: string
  field: string
  onlineLevel: ParsedProcedure['onlineLevel']
  implementingLevel: ParsedProcedure['implementingLevel']
  nationalPortalUrl?: string | null
  agencies?: (UnitId | { id: UnitId })[] | null
  withdrawn?: boolean | null
}

const TEXT_FIELDS = ['name', 'field', 'onlineLevel', 'implementingLevel', 'nationalPortalUrl'] as const

const comparable = (value: string | null | undefined): string | null =>
  value === undefined || value === null || value === '' ? null : value

const collator = new Intl.Collator('vi')

export function diffProcedures(
  catalogue: ParsedCatalogue,
  existing: ExistingProcedure[],
  units: AgencyUnit[] = [],
): ProcedureDiff {
  const byCode = new Map(existing.map((procedure) => [procedure.code.trim(), procedure]))
  const unitName = new Map(units.map((unit) => [String(unit.id), unit.name]))
  const resolver = agencyResolver(units)
  const namesOf = (ids: UnitId[]): string | null =>
    ids.length === 0
      ? null
      : ids
          .map((id) => unitName.get(String(id)) ?? `#${id}`)
          .sort(collator.compare)
          .join('; ')
  const diff: ProcedureDiff = {
    added: [],
    changed: [],
    unchanged: [],
    withdrawn: [],
    rejected: catalogue.rejected,
    warnings: [...catalogue.warnings],
  }

  // A field written in capitals ("ĐẦU TƯ TẠI VIỆT NAM") takes the spelling the CMS or the file already uses.
  const spellings = new Map<string, string>()
  for (const { field } of [...existing, ...catalogue.procedures.filter((p) => !p.fieldInCapitals)])
    if (!spellings.has(normalise(field))) spellings.set(normalise(field), field)
  for (const procedure of catalogue.procedures) {
    const { planned, unresolved } = plan(procedure, resolver, diff.warnings)
    if (procedure.fieldInCapitals) planned.field = spellings.get(normalise(planned.field)) ?? planned.field
    const current = byCode.get(procedure.code)
    if (!current) {
      diff.added.push(planned)
      continue
    }
    const fields: ProcedureChange['fields'] = {}
    const data: Record<string, unknown> = {}
    for (const key of TEXT_FIELDS) {
      // A file without a link column says nothing about links.
      if (!(key in planned)) continue
      const from = comparable(current[key])
      const to = comparable(planned[key])
      if (from !== to) {
        fields[key] = { from, to }
        data[key] = to
      }
    }
    // A name that matched no unit keeps the agencies already set rather than dropping one.
    if (planned.agencies && !unresolved) {
      const before = [...new Set(idsOf(current.agencies))].sort()
      const after = [...new Set(planned.agencies.map(String))].sort()
      if (before.join('|') !== after.join('|')) {
        fields.agencies = { from: namesOf(idsOf(current.agencies)), to: namesOf(planned.agencies) }
        data.agencies = planned.agencies
      }
    }
    if (current.withdrawn) {
      fields.withdrawn = { from: 'true', to: 'false' }
      data.withdrawn = false
    }
    if (Object.keys(fields).length > 0)
      diff.changed.push({ code: procedure.code, name: planned.name, id: current.id, fields, data })
    else diff.unchanged.push(procedure.code)
  }

  // A rejected row still names a procedure the file lists; it must not be withdrawn.
  const inFile = new Set([
    ...catalogue.procedures.map((procedure) => procedure.code),
    ...catalogue.rejected.map((note) => note.code),
  ])
  for (const [code, procedure] of byCode) {
    if (!inFile.has(code) && !procedure.withdrawn) diff.withdrawn.push({ id: procedure.id, code, name: procedure.name })
  }
  return diff
}

function plan(
  procedure: ParsedProcedure,
  resolver: ReturnType<typeof agencyResolver>,
  warnings: RowNote[],
): { planned: PlannedProcedure; unresolved: boolean } {
  const { agencies: names, source, fieldInCapitals, ...rest } = procedure
  const planned: PlannedProcedure = { ...rest }
  let unresolved = false
  if (names) {
    const ids: UnitId[] = []
    const resolvedNames: string[] = []
    for (const name of names) {
      const result = resolver.resolve(name)
      if ('unit' in result) {
        if (!ids.includes(result.unit.id)) {
          ids.push(result.unit.id)
          resolvedNames.push(result.unit.name)
        }
      } else {
        unresolved = true
        if (!source) continue
        warnings.push({
          sheet: source.sheet,
          row: source.row,
          code: procedure.code,
          reason: `Thủ tục ${procedure.code}: cơ quan thực hiện ${result.reason}, nên không được gắn (thủ tục đã có trong CMS giữ nguyên cơ quan thực hiện cũ); thủ tục vẫn được nạp. Hãy sửa tên trong tệp hoặc thêm đơn vị vào «Đơn vị» rồi nạp lại.`,
        })
      }
    }
    planned.agencies = ids
    planned.agencyNames = resolvedNames
  }
  return { planned, unresolved }
}

export async function loadExistingProcedures(payload: Payload): Promise<ExistingProcedure[]> {
  const { docs } = await payload.find({
    collection: 'procedures',
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: {
      code: true,
      name: true,
      field: true,
      onlineLevel: true,
      implementingLevel: true,
      nationalPortalUrl: true,
      agencies: true,
      withdrawn: true,
    },
  })
  return docs as ExistingProcedure[]
}

export async function loadAgencyUnits(payload: Payload): Promise<AgencyUnit[]> {
  const { docs } = await payload.find({
    collection: 'units',
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { name: true, shortName: true, historical: true },
  })
  return docs as AgencyUnit[]
}

export function describeDiff(
  diff: Pick<ProcedureDiff, 'added' | 'changed' | 'unchanged' | 'withdrawn' | 'rejected'>,
): string {
  return (
    `${diff.added.length} thêm mới, ${diff.changed.length} thay đổi, ${diff.unchanged.length} không đổi, ` +
    `${diff.withdrawn.length} không còn trong danh mục, ${diff.rejected.length} dòng bị loại`
  )
}
