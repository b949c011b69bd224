/**
 * `yearFigures(payload, year)`: the plan's measurable targets for one calendar year, from the data the
 * library holds (issue 17 contract). Read with the server's rights: the caller decides who sees what
 * (the admin view shows a contributor only their own unit's rows; /bao-cao/ only province figures).
 */
import type { Payload } from 'payload'

import { loadCoverage } from '../lib/loadCoverage'
import { idOf } from '../vocabulary/ids'
import { computeYearFigures } from './compute'
import type { CoverageRecord, MaterialRecord, YearEvidence } from './evidence'
import { loadFeedbackRecords, loadHelpfulness } from './feedbackSources'
import { loadApprovedActivities, loadUsageEvidence } from './sources'
import { type YearRange, yearOf, yearRange } from './standing'
import { materialsOfYearWhere } from './where'
import type { PublicYearFigures, ReportingUnit, ReportingUnitType, YearFigures } from './types'

export const REPORTING_UNIT_TYPES: ReportingUnitType[] = ['province', 'department', 'agency', 'commune', 'ward']

/** Current (not historical) units of the reporting types. */
export async function loadReportingUnits(payload: Payload): Promise<ReportingUnit[]> {
  const { docs } = await payload.find({
    collection: 'units',
    depth: 0,
    pagination: false,
    where: { and: [{ historical: { not_equals: true } }, { type: { in: REPORTING_UNIT_TYPES } }] },
    select: { name: true, type: true, slug: true },
  })
  return docs.map((unit) => ({
    id: unit.id,
    name: unit.name,
    type: unit.type as ReportingUnitType,
    slug: unit.slug ?? null,
  }))
}

async function loadMaterials(payload: Payload, range: YearRange): Promise<MaterialRecord[]> {
  const { docs } = await payload.find({
    collection: 'materials',
    depth: 0,
    pagination: false,
    draft: false,
    where: materialsOfYearWhere(range),
    select: { ownerUnit: true, updatedAt: true },
  })
  return docs.flatMap((m) => {
    const owner = idOf(m.ownerUnit)
    return owner ? [{ id: m.id, ownerUnit: owner, updatedAt: m.updatedAt }] : []
  })
}

async function loadCoverageRecord(payload: Payload): Promise<CoverageRecord> {
  const coverage = await loadCoverage(payload)
  return {
    overall: { covered: coverage.overall.covered, total: coverage.overall.total },
    byUnit: coverage.byUnit.map((row) => ({ unit: String(row.unit.id), covered: row.covered, total: row.total })),
  }
}

export async function yearFigures(payload: Payload, year: number, now: Date = new Date()): Promise<YearFigures> {
  const range = yearRange(year)
  const [units, materials, coverage, usage, activities, feedback, helpfulness] = await Promise.all([
    loadReportingUnits(payload),
    loadMaterials(payload, range),
    loadCoverageRecord(payload),
    loadUsageEvidence(payload, range),
    loadApprovedActivities(payload, range),
    loadFeedbackRecords(payload, range),
    loadHelpfulness(payload, range),
  ])
  const evidence: YearEvidence = {
    range,
    units,
    materials,
    coverage,
    unitsWithPortal: usage?.unitsWithPortal ?? null,
    sightings: usage?.sightings ?? null,
    activities,
    usageByUnit: usage?.usageByUnit ?? null,
    provinceUsage: usage?.provinceUsage ?? null,
    feedback,
    helpfulness,
  }
  return computeYearFigures(evidence, now)
}

/** The province-level figures only: no unit rows, no names (the public /bao-cao/ page). */
export function publicFigures(figures: YearFigures): PublicYearFigures {
  const { unitTotals: _unitTotals, units: _units, province, targets } = figures
  const { materialsPublished: _materials, ...provinceTotals } = province
  return {
    year: figures.year,
    from: figures.from,
    to: figures.to,
    computedAt: figures.computedAt,
    targets: targets.map(({ units: _rows, unitTypes: _types, ...target }) => target),
    province: provinceTotals,
  }
}

/** This year's and last year's province-level figures, for the public site's full builds. */
export async function publicYearsFigures(payload: Payload, now: Date = new Date()): Promise<PublicYearFigures[]> {
  const year = yearOf(now)
  return Promise.all([year, year - 1].map(async (y) => publicFigures(await yearFigures(payload, y, now))))
}
