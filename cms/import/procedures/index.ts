/**
 * The procedure-catalogue import as a service, for the CLI and the admin
 * screen alike: preview (writes nothing) and apply (writes the previewed plan,
 * refusing when the catalogue changed since the preview).
 */
import { createHash } from 'node:crypto'

import type { Payload } from 'payload'

import { applyProcedureDiff, type ApplyOptions } from './apply'
import { diffProcedures, loadAgencyUnits, loadExistingProcedures, type ProcedureDiff } from './diff'
import { parseProcedureBytes } from './parse'
import type { ImportReport } from './report'

export { ImportFileError, MAX_IMPORT_BYTES } from './parse'
export {
  FIELD_LABELS,
  describeChange,
  displayValue,
  reportToCsv,
  summariseReport,
  type ImportReport,
  type ImportRowNote,
} from './report'

export interface ImportFile {
  bytes: Uint8Array
  name: string
}

export interface AppliedImportReport extends ImportReport {
  applied: { created: number; updated: number; withdrawn: number }
}

/** The catalogue changed between the preview and the confirmation: nothing was written. */
export class ImportStaleError extends Error {
  override name = 'ImportStaleError'
  constructor() {
    super(
      'Danh mục thủ tục trong hệ thống đã thay đổi kể từ lúc xem trước (có người sửa hoặc nạp danh mục khác), nên lần nạp này chưa ghi gì. ' +
        'Hãy xem trước lại tệp rồi xác nhận.',
    )
  }
}

/** Parses the file and compares it with the catalogue: the plan, and the diff to write it. */
export async function planProcedureImport(
  payload: Payload,
  file: ImportFile,
): Promise<{ diff: ProcedureDiff; report: ImportReport }> {
  const catalogue = await parseProcedureBytes(file.bytes, file.name)
  const [existing, units] = await Promise.all([loadExistingProcedures(payload), loadAgencyUnits(payload)])
  const diff = diffProcedures(catalogue, existing, units)
  return { diff, report: toReport(diff) }
}

export async function previewProcedureImport(payload: Payload, file: ImportFile): Promise<ImportReport> {
  return (await planProcedureImport(payload, file)).report
}

export async function applyProcedureImport(
  payload: Payload,
  file: ImportFile,
  options: { expectedFingerprint?: string } & Omit<ApplyOptions, 'fileName'> = {},
): Promise<AppliedImportReport> {
  const { diff, report } = await planProcedureImport(payload, file)
  if (options.expectedFingerprint !== undefined && options.expectedFingerprint !== report.fingerprint)
    throw new ImportStaleError()
  const result = await applyProcedureDiff(payload, diff, {
    onProgress: options.onProgress,
    user: options.user,
    fileName: file.name,
  })
  return { ...report, applied: { created: result.created, updated: result.updated, withdrawn: result.withdrawn } }
}

/** A hash of exactly what would be written, so a confirmation applies the plan the editor saw. */
export function fingerprintOf(diff: ProcedureDiff): string {
  const writes = {
    added: diff.added.map(({ agencyNames: _names, ...procedure }) => procedure),
    changed: diff.changed.map((change) => [String(change.id), change.data]),
    withdrawn: diff.withdrawn.map((procedure) => String(procedure.id)),
  }
  return createHash('sha256').update(JSON.stringify(writes)).digest('hex')
}

export function toReport(diff: ProcedureDiff): ImportReport {
  const note = ({ sheet, row, reason }: { sheet: string; row: number; reason: string }) => ({ sheet, row, reason })
  return {
    added: diff.added.map((procedure) => ({
      code: procedure.code,
      name: procedure.name,
      field: procedure.field,
      onlineLevel: procedure.onlineLevel,
      implementingLevel: procedure.implementingLevel,
      agencies: procedure.agencyNames ?? [],
    })),
    changed: diff.changed.map(({ code, name, fields }) => ({
      code,
      name,
      fields: fields as Record<string, { from: string | null; to: string | null }>,
    })),
    unchanged: diff.unchanged,
    withdrawn: diff.withdrawn.map(({ code, name }) => ({ code, name })),
    rejected: diff.rejected.map(note),
    warnings: diff.warnings.map(note),
    fingerprint: fingerprintOf(diff),
  }
}
