import type { DocumentId } from '../access'
import type { TargetFigure, YearFigures } from '../reporting/types'
import { formatNumber, percent } from './format'
import type { PortalSighting, ReportTarget } from './input'

const NO_DATA = 'Chưa có dữ liệu'

/** «12/40 đơn vị (30 %)», or «Chưa có dữ liệu» (never a made-up figure). */
function provinceFigure(target: TargetFigure): string {
  if (target.status === 'no-data' || target.numerator === null || target.denominator === null) return NO_DATA
  const what = { units: 'đơn vị', procedures: 'thủ tục', feedback: 'ý kiến' }[target.counts]
  const people = target.people ? `; ${formatNumber(target.people)} người` : ''
  return `${formatNumber(target.numerator)}/${formatNumber(target.denominator)} ${what} (${percent(target.numerator, target.denominator)})${people}`
}

/** The province's line per target: every target of the plan the library measures (or says it cannot). */
export function provinceTargets(figures: YearFigures): ReportTarget[] {
  return figures.targets.map((target) => ({
    title: target.name,
    figure: provinceFigure(target),
    standing: target.status === 'no-data' || target.share === null ? 'no-data' : target.share >= 1 ? 'met' : 'not-yet',
  }))
}

/** A unit's line per target that applies to it, with what its standing rests on. */
export function unitTargets(figures: YearFigures, unit: DocumentId): ReportTarget[] {
  return figures.targets.flatMap((target) => {
    const row = target.units.find((r) => String(r.unit) === String(unit))
    if (!row) return []
    return [{ title: target.name, figure: target.status === 'no-data' ? NO_DATA : row.detail, standing: row.standing }]
  })
}

/** Units whose portal showed the library, from the portal target's rows. */
export function portalSightings(figures: YearFigures): Map<string, PortalSighting> {
  const portal = figures.targets.find((t) => t.id === 'portal-embed')
  const sightings = new Map<string, PortalSighting>()
  for (const row of portal?.units ?? []) {
    if (!row.firstSeen || !row.lastSeen) continue
    sightings.set(String(row.unit), {
      hosts: row.hosts ?? [],
      firstSeen: `${row.firstSeen}T12:00:00+07:00`,
      lastSeen: `${row.lastSeen}T12:00:00+07:00`,
      loads: row.evidence,
    })
  }
  return sightings
}
