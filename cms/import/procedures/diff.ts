/**
 * Compares a parsed catalogue with the procedures already in the CMS. Pure, so
 * that a dry run and the real import report exactly the same thing.
 */
import type { Payload } from 'payload'

import type { Procedure } from '../../payload-types'

import type { ParsedCatalogue, ParsedProcedure, RowNote } from './parse'

export type ComparedField = Exclude<keyof ParsedProcedure, 'code'>

export interface FieldChange {
  from: string | null
  to: string | null
}

export interface ProcedureChange {
  code: string
  /** The existing document, to update by id. */
  id: Procedure['id']
  fields: Partial<Record<ComparedField, FieldChange>>
}

export interface ProcedureDiff {
  added: ParsedProcedure[]
  changed: ProcedureChange[]
  unchanged: string[]
  /**
   * In the CMS but no longer in the file. Reported only: the Procedures
   * collection has no way yet to mark a procedure as withdrawn.
   */
  withdrawn: { code: string; name: string }[]
  rejected: RowNote[]
}

export type ExistingProcedure = Pick<Procedure, 'id' | 'code' | 'name' | 'field' | 'onlineLevel' | 'implementingLevel' | 'nationalPortalUrl'>

const COMPARED: ComparedField[] = ['name', 'field', 'onlineLevel', 'implementingLevel', 'nationalPortalUrl']

const comparable = (value: string | null | undefined): string | null => (value === undefined || value === null || value === '' ? null : value)

export function diffProcedures(catalogue: ParsedCatalogue, existing: ExistingProcedure[]): ProcedureDiff {
  const byCode = new Map(existing.map((procedure) => [procedure.code.trim(), procedure]))
  const diff: ProcedureDiff = { added: [], changed: [], unchanged: [], withdrawn: [], rejected: catalogue.rejected }
  // A rejected row still names a procedure the file lists; it must not be reported as withdrawn.
  const inFile = new Set(catalogue.procedures.map((procedure) => procedure.code))
  for (const procedure of catalogue.procedures) {
    const current = byCode.get(procedure.code)
    if (!current) {
      diff.added.push(procedure)
      continue
    }
    const fields: ProcedureChange['fields'] = {}
    for (const key of COMPARED) {
      // A file without a link column says nothing about links.
      if (!(key in procedure)) continue
      const from = comparable(current[key])
      const to = comparable(procedure[key])
      if (from !== to) fields[key] = { from, to }
    }
    if (Object.keys(fields).length > 0) diff.changed.push({ code: procedure.code, id: current.id, fields })
    else diff.unchanged.push(procedure.code)
  }
  const rejectedCodes = new Set(catalogue.rejected.map((note) => note.code))
  for (const [code, procedure] of byCode) {
    if (!inFile.has(code) && !rejectedCodes.has(code)) diff.withdrawn.push({ code, name: procedure.name })
  }
  return diff
}

export async function loadExistingProcedures(payload: Payload): Promise<ExistingProcedure[]> {
  const { docs } = await payload.find({
    collection: 'procedures',
    pagination: false,
    depth: 0,
    select: { code: true, name: true, field: true, onlineLevel: true, implementingLevel: true, nationalPortalUrl: true },
  })
  return docs
}

export function describeDiff(diff: ProcedureDiff): string {
  return (
    `${diff.added.length} thêm mới, ${diff.changed.length} thay đổi, ${diff.unchanged.length} không đổi, ` +
    `${diff.withdrawn.length} không còn trong tệp, ${diff.rejected.length} dòng bị loại`
  )
}
