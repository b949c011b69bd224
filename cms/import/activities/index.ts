/**
 * Bulk entry of outreach activities from a spreadsheet, for units that keep paper logs: the same safety as the
 * procedure import (read with its checks → parse → preview → apply), and all-or-nothing: if any row is
 * rejected, nothing is written. Rows are saved as drafts of the importing person, through the collection's own
 * access rules and hooks (so a contributor writes only for their units), then sent for review as usual.
 */
import type { PayloadRequest } from 'payload'
import { commitTransaction, initTransaction, killTransaction } from 'payload'

import { dayInVietnam } from '../../activities/dates'
import { allowedUnitIds, hasRole, relationId } from '../../access'
import { now } from '../../lib/clock'
import type { OutreachActivity } from '../../payload-types'
import { ImportFileError, readGrids } from '../procedures/read'
import { foldForMatch } from './columns'
import { parseActivityGrids } from './parse'
import type { ActivityImportReport, ActivityRow, ImportContext } from './types'

export { ImportFileError } from '../procedures/read'
export type { ActivityImportReport } from './types'

const SUBJECT = 'sổ hoạt động tuyên truyền'

async function loadContext(req: PayloadRequest): Promise<ImportContext> {
  const [units, materials] = await Promise.all([
    req.payload.find({
      collection: 'units',
      depth: 0,
      pagination: false,
      select: { name: true },
      overrideAccess: true,
      req,
    }),
    req.payload.find({
      collection: 'materials',
      depth: 0,
      pagination: false,
      select: { slug: true },
      overrideAccess: true,
      req,
    }),
  ])
  const unitsByName = new Map(units.docs.map((unit) => [foldForMatch(unit.name), { id: unit.id, name: unit.name }]))
  const contributor = hasRole(req.user, 'contributor')
  const ownId = relationId((req.user as { unit?: unknown } | null)?.unit)
  return {
    today: dayInVietnam(now()),
    unitsByName,
    materialsBySlug: new Map(materials.docs.filter((m) => m.slug).map((m) => [m.slug as string, m.id])),
    allowedUnits: contributor ? new Set((await allowedUnitIds(req)).map(String)) : null,
    ownUnit: units.docs.find((unit) => String(unit.id) === String(ownId)),
  }
}

export async function previewActivityImport(
  req: PayloadRequest,
  file: { bytes: Uint8Array; name: string },
): Promise<{ report: ActivityImportReport; rows: ActivityRow[] }> {
  const grids = await readGrids(file.bytes, file.name, SUBJECT)
  const { rows, rejected } = parseActivityGrids(grids, file.name, await loadContext(req))
  if (rows.length === 0 && rejected.length === 0)
    throw new ImportFileError(`Tệp «${file.name}» không có dòng hoạt động nào dưới dòng tiêu đề. Chưa có gì được ghi.`)
  return {
    report: { rows: rows.map((row) => ({ ...row, materials: row.materials.length })), rejected },
    rows,
  }
}

/** At noon in Vietnam: the same calendar day in every admin's time zone. */
const dateOf = (day: string): string => new Date(`${day}T12:00:00+07:00`).toISOString()

const activityData = (row: ActivityRow): Omit<OutreachActivity, 'id' | 'createdAt' | 'updatedAt'> => ({
  kind: row.kind,
  startDate: dateOf(row.startDay),
  endDate: row.endDay ? dateOf(row.endDay) : null,
  unit: row.unit as OutreachActivity['unit'],
  place: row.place || null,
  reach: row.reach,
  platform: row.platform as OutreachActivity['platform'],
  materials: row.materials as OutreachActivity['materials'],
  note: row.note || null,
})

/** Writes every row as a draft, or nothing: refused rows stop it before any write, a failed write undoes the others. */
export async function applyActivityImport(
  req: PayloadRequest,
  file: { bytes: Uint8Array; name: string },
): Promise<ActivityImportReport> {
  const { report, rows } = await previewActivityImport(req, file)
  if (report.rejected.length > 0) return report
  const created: (string | number)[] = []
  const ownTransaction = await initTransaction(req)
  try {
    for (const row of rows) {
      const doc = await req.payload.create({
        collection: 'outreach-activities',
        data: activityData(row),
        overrideAccess: false,
        user: req.user,
        depth: 0,
        req,
      })
      created.push(doc.id)
    }
    if (ownTransaction) await commitTransaction(req)
  } catch (error) {
    if (ownTransaction) await killTransaction(req)
    // Without transactions (MongoDB outside a replica set) the rows written so far are removed by hand.
    if (created.length > 0)
      await req.payload.db.deleteMany({ collection: 'outreach-activities', where: { id: { in: created } }, req })
    throw error
  }
  return { ...report, created: created.length }
}
