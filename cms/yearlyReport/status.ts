import type { Payload } from 'payload'

import { relationId } from '../access'
import { now } from '../lib/clock'
import { reportDeadline, type SubmissionStanding, submissionStanding } from './deadline'
import { loadUnits } from './reportingUnits'

export interface ReportStatus {
  year: number
  deadline: string
  now: string
  submitted: number
  late: number
  province: { id: string | number; name: string; reportId: string | number | null } | null
  units: {
    id: string | number
    name: string
    type: string
    reportId: string | number | null
    submittedAt: string | null
    standing: SubmissionStanding
  }[]
}

/** Every reporting unit's standing for a year's report, by the CMS clock (the province view and its endpoint). */
export async function loadReportStatus(payload: Payload, year: number): Promise<ReportStatus> {
  const [units, submissions] = await Promise.all([
    loadUnits(payload),
    payload.find({
      collection: 'report-submissions',
      where: { year: { equals: year } },
      pagination: false,
      depth: 0,
      select: { unit: true, state: true, submittedAt: true },
    }),
  ])
  const at = now()
  const byUnit = new Map(submissions.docs.map((s) => [String(relationId(s.unit)), s]))
  const province = units.all.find((u) => u.type === 'province' && !u.historical)
  const rows = units.reporting.map((unit) => {
    const submission = byUnit.get(String(unit.id))
    return {
      id: unit.id,
      name: unit.name,
      type: unit.type,
      reportId: submission?.id ?? null,
      submittedAt: submission?.state === 'submitted' ? (submission.submittedAt ?? null) : null,
      standing: submissionStanding(year, submission, at),
    }
  })
  return {
    year,
    deadline: reportDeadline(year).toISOString(),
    now: at.toISOString(),
    submitted: rows.filter((r) => r.standing === 'submitted' || r.standing === 'submitted-late').length,
    late: rows.filter((r) => r.standing === 'late').length,
    province: province
      ? { id: province.id, name: province.name, reportId: byUnit.get(String(province.id))?.id ?? null }
      : null,
    units: rows,
  }
}
