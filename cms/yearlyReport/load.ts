import type { Payload } from 'payload'

import { relationId } from '../access'
import { loadCoverage } from '../lib/loadCoverage'
import { now } from '../lib/clock'
import type { ReportSubmission } from '../payload-types'
import { submissionStanding, yearRange } from './deadline'
import type { ReportInput, RollupUnit } from './input'
import { abbreviationOf, defaultSignerTitle, issuingBody, placeOf, provinceNameOf, rollupDepartment } from './issuer'
import { loadUnits, type ReportingUnit } from './reportingUnits'
import { defaultSources } from './defaultSources'
import { fullUsage, type ReportSources, usageSum } from './sources'
import { portalSightings, provinceTargets, unitTargets } from './targets'

export type ReportScope = { kind: 'unit'; unitId: string | number } | { kind: 'province' }

/** Everything both kinds of report share: units, the year's submissions, coverage, and the sources' figures. */
async function loadCommon(payload: Payload, year: number, sources: ReportSources, only?: (string | number)[]) {
  const range = { ...yearRange(year), units: only }
  const at = now()
  const [units, submissions, coverage, activities, figures] = await Promise.all([
    loadUnits(payload),
    payload.find({ collection: 'report-submissions', where: { year: { equals: year } }, pagination: false, depth: 0 }),
    loadCoverage(payload, at),
    sources.activities(payload, range),
    sources.figures(payload, year, at),
  ])
  const province = units.all.find((u) => u.type === 'province' && !u.historical)
  const provinceName = provinceNameOf(province, process.env.SITE_PROVINCE_NAME ?? '')
  const submissionOf = (unitId: string | number | undefined) =>
    submissions.docs.find((s) => String(relationId(s.unit)) === String(unitId)) as ReportSubmission | undefined
  const totals = new Map(figures.unitTotals.map((t) => [String(t.unit), t]))
  const portals = portalSightings(figures)
  return { units, province, provinceName, submissionOf, coverage, activities, figures, totals, portals }
}

type Common = Awaited<ReturnType<typeof loadCommon>>

function writtenFields(submission: ReportSubmission | undefined) {
  return {
    documentNumber: submission?.documentNumber,
    signedOn: submission?.signedOn,
    notes: submission?.notes ?? {},
    difficulties: submission?.difficulties,
    proposals: submission?.proposals,
  }
}

function unitInput(common: Common, unit: ReportingUnit, year: number): ReportInput {
  const submission = common.submissionOf(unit.id)
  const parent = common.units.all.find((u) => String(u.id) === String(relationId(unit.parent)))
  const department = rollupDepartment(common.units.all)
  const addressee = department
    ? `${department.name} tỉnh ${common.provinceName}`
    : `Ủy ban nhân dân tỉnh ${common.provinceName}`
  const local = unit.type === 'commune' || unit.type === 'ward'
  const coverageRow = common.coverage.byUnit.find((row) => String(row.unit.id) === String(unit.id))
  return {
    kind: 'unit',
    year,
    issuer: { name: issuingBody(unit), parentName: local ? null : parent?.name },
    provinceName: common.provinceName,
    place: local ? placeOf(unit) : common.provinceName,
    addressee,
    abbreviation: abbreviationOf(unit),
    signer: { title: submission?.signerTitle?.trim() || defaultSignerTitle(unit.type), name: submission?.signerName },
    recipients: [department?.name ?? `UBND tỉnh ${common.provinceName}`, 'Lưu: VT'],
    ...writtenFields(submission),
    activities: common.activities.filter((a) => String(a.unitId) === String(unit.id)),
    usage: fullUsage(common.totals.get(String(unit.id))?.usage),
    portal: common.portals.get(String(unit.id)) ?? null,
    targets: unitTargets(common.figures, unit.id),
    coverage: {
      overall: common.coverage.overall,
      rows: coverageRow
        ? [{ name: unit.name, total: coverageRow.total, covered: coverageRow.covered, share: coverageRow.share }]
        : [],
    },
    generatedAt: now().toISOString(),
  }
}

function rollupUnits(common: Common, year: number): RollupUnit[] {
  const at = now()
  return common.units.reporting.map((unit) => {
    const submission = common.submissionOf(unit.id)
    const totals = common.totals.get(String(unit.id))
    return {
      name: unit.name,
      standing: submissionStanding(year, submission, at),
      submittedAt: submission?.state === 'submitted' ? submission.submittedAt : null,
      activities: totals?.activityCount ?? 0,
      people: totals?.reach.people ?? 0,
      usage: totals ? usageSum(totals.usage) : 0,
      portalSeen: common.portals.has(String(unit.id)),
      difficulties: submission?.state === 'submitted' ? submission.difficulties : null,
      proposals: submission?.state === 'submitted' ? submission.proposals : null,
    }
  })
}

function provinceInput(common: Common, year: number): ReportInput {
  const department = rollupDepartment(common.units.all)
  const submission = common.submissionOf(common.province?.id)
  const units = rollupUnits(common, year)
  const reportingIds = new Set(common.units.reporting.map((u) => String(u.id)))
  return {
    kind: 'province',
    year,
    issuer: {
      name: department?.name ?? issuingBody(common.province ?? { name: common.provinceName, type: 'province' }),
      parentName: department ? (common.province?.name ?? `UBND tỉnh ${common.provinceName}`) : null,
    },
    provinceName: common.provinceName,
    place: common.provinceName,
    addressee: `Ủy ban nhân dân tỉnh ${common.provinceName}`,
    abbreviation: department ? abbreviationOf(department) : 'UBND',
    signer: { title: submission?.signerTitle?.trim() || 'GIÁM ĐỐC', name: submission?.signerName },
    recipients: [`UBND tỉnh ${common.provinceName} (b/c)`, 'Các sở, ban, ngành; UBND các xã, phường', 'Lưu: VT'],
    ...writtenFields(submission),
    activities: common.activities,
    usage: fullUsage(common.figures.province.usage),
    portalUnits: {
      seen: [...common.portals.keys()].filter((id) => reportingIds.has(id)).length,
      total: reportingIds.size,
    },
    targets: provinceTargets(common.figures),
    coverage: {
      overall: common.coverage.overall,
      rows: common.coverage.byUnit.map((row) => ({
        name: row.unit.name,
        total: row.total,
        covered: row.covered,
        share: row.share,
      })),
    },
    units,
    generatedAt: now().toISOString(),
  }
}

/** The input of one report: a unit's, or the province's roll-up. Undefined when the unit does not report. */
export async function loadReportInput(
  payload: Payload,
  year: number,
  scope: ReportScope,
  sources: ReportSources = defaultSources,
): Promise<ReportInput | undefined> {
  // A unit's report lists only its own activities; the figures still cover the province (standings are relative to it).
  const common = await loadCommon(payload, year, sources, scope.kind === 'unit' ? [scope.unitId] : undefined)
  if (scope.kind === 'province') return provinceInput(common, year)
  const unit = common.units.all.find((u) => String(u.id) === String(scope.unitId))
  return unit ? unitInput(common, unit, year) : undefined
}

/** Every report of a year from one read of the data: the roll-up and each reporting unit's (the benchmark's path). */
export async function loadAllReportInputs(payload: Payload, year: number, sources: ReportSources = defaultSources) {
  const common = await loadCommon(payload, year, sources)
  return {
    province: provinceInput(common, year),
    units: common.units.reporting.map((unit) => unitInput(common, unit, year)),
  }
}
