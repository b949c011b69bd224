/**
 * The year's figures from its evidence: pure, so every rule is unit-tested without a database.
 * Only approved activities reach this far (the loader asks for approved ones only).
 */
import { formatDate } from '../vocabulary/dates'
import type { ActivityRecord, YearEvidence } from './evidence'
import { applicableUnits, metWhen, noDataTarget, unitTarget } from './standing'
import { feedbackTarget, tallyFeedback } from './feedback'
import { FEEDBACK_NOT_BUILT, targetDefinition } from './targets'
import { provinceTotals, unitTotals } from './totals'
import type { ReportingUnit, TargetFigure, YearFigures } from './types'

export const USAGE_MISSING = 'Chưa có số liệu: chức năng đếm lượt sử dụng chưa được cài đặt.'
export const ACTIVITIES_MISSING = 'Chưa có số liệu: chức năng ghi nhận hoạt động tuyên truyền chưa được cài đặt.'

const countBy = <T>(items: readonly T[], key: (item: T) => string): Map<string, number> => {
  const counts = new Map<string, number>()
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1)
  return counts
}

function portalTarget(e: YearEvidence): TargetFigure {
  const definition = targetDefinition('portal-embed')
  if (!e.sightings || !e.unitsWithPortal) return noDataTarget(definition, e.units, USAGE_MISSING)
  const byUnit = new Map(e.sightings.map((s) => [s.unit, s]))
  const withPortal = e.unitsWithPortal
  return unitTarget(definition, e.units, (unit) => {
    const seen = byUnit.get(String(unit.id))
    if (seen && seen.loads > 0)
      return {
        standing: 'met',
        detail: `Cổng thông tin điện tử hiển thị thư viện: ${seen.loads} lượt tải trên ${seen.hosts.join(', ')}, lần đầu ${formatDate(`${seen.firstSeen}T12:00:00+07:00`)}, gần nhất ${formatDate(`${seen.lastSeen}T12:00:00+07:00`)}.`,
        evidence: seen.loads,
        firstSeen: seen.firstSeen,
        lastSeen: seen.lastSeen,
        hosts: seen.hosts,
      }
    if (!withPortal.has(String(unit.id)))
      return { standing: 'no-data', detail: 'Chưa khai báo tên miền cổng thông tin điện tử của đơn vị.', evidence: 0 }
    return {
      standing: 'not-yet',
      detail: 'Chưa thấy lượt nhúng thư viện trên cổng thông tin điện tử trong năm.',
      evidence: 0,
    }
  })
}

function materialsTarget(e: YearEvidence): TargetFigure {
  const definition = targetDefinition('unified-materials')
  const owned = countBy(e.materials, (m) => m.ownerUnit)
  const usedIn = countBy(
    (e.activities ?? []).filter((a) => a.materials.length > 0),
    (a) => a.unit,
  )
  const seen = new Map((e.sightings ?? []).map((s) => [s.unit, s.loads]))
  const partial = !e.activities || !e.sightings
  return unitTarget(
    definition,
    e.units,
    (unit) => {
      const id = String(unit.id)
      const parts = [
        owned.get(id) ? `${owned.get(id)} tài liệu xuất bản/cập nhật` : '',
        usedIn.get(id) ? `${usedIn.get(id)} hoạt động dùng tài liệu` : '',
        seen.get(id) ? 'cổng thông tin điện tử nhúng thư viện' : '',
      ].filter(Boolean)
      const evidence = (owned.get(id) ?? 0) + (usedIn.get(id) ?? 0) + (seen.get(id) ? 1 : 0)
      return metWhen(
        evidence,
        `${parts.join('; ')}.`,
        'Chưa có tài liệu xuất bản hay hoạt động dùng tài liệu trong năm.',
      )
    },
    partial ? { note: 'Chỉ tính từ tài liệu đã xuất bản: chưa có số liệu hoạt động hoặc lượt nhúng.' } : {},
  )
}

function activityTarget(
  e: YearEvidence,
  id: 'grassroots-outreach' | 'team-training' | 'staff-training',
  counts: (activity: ActivityRecord) => boolean,
  metDetail: (n: number, people: number) => string,
  notYet: string,
): TargetFigure {
  const definition = targetDefinition(id)
  if (!e.activities) return noDataTarget(definition, e.units, ACTIVITIES_MISSING)
  const applicable = new Set(applicableUnits(definition, e.units).map((u) => String(u.id)))
  const relevant = e.activities.filter((a) => counts(a) && applicable.has(a.unit))
  const people = new Map<string, number>()
  for (const a of relevant) people.set(a.unit, (people.get(a.unit) ?? 0) + (a.reach.people ?? 0))
  const byUnit = countBy(relevant, (a) => a.unit)
  const figure = unitTarget(definition, e.units, (unit: ReportingUnit) => {
    const n = byUnit.get(String(unit.id)) ?? 0
    const row = metWhen(n, metDetail(n, people.get(String(unit.id)) ?? 0), notYet)
    return id === 'staff-training' ? { ...row, people: people.get(String(unit.id)) ?? 0 } : row
  })
  if (id === 'staff-training') figure.people = [...people.values()].reduce((a, b) => a + b, 0)
  return figure
}

function coverageTarget(e: YearEvidence): TargetFigure {
  const definition = targetDefinition('procedure-guides')
  const byUnit = new Map(e.coverage.byUnit.map((row) => [row.unit, row]))
  const figure = unitTarget(definition, e.units, (unit) => {
    const row = byUnit.get(String(unit.id))
    if (!row || row.total === 0)
      return {
        standing: 'no-data',
        detail: 'Đơn vị không thực hiện thủ tục toàn trình nào trong danh mục.',
        evidence: 0,
      }
    const detail = `${row.covered}/${row.total} thủ tục toàn trình có hướng dẫn.`
    return { standing: row.covered === row.total ? 'met' : 'not-yet', detail, evidence: row.covered }
  })
  const { covered, total } = e.coverage.overall
  return {
    ...figure,
    numerator: covered,
    denominator: total,
    share: total === 0 ? 0 : covered / total,
    note: 'Độ phủ hướng dẫn hiện tại (tính theo danh mục và tài liệu đang xuất bản lúc xem), không phải tại cuối năm.',
  }
}

function feedbackTargetOf(e: YearEvidence): TargetFigure {
  const { byUnit, province } = tallyFeedback(e.feedback ?? [], e.helpfulness ?? [])
  return feedbackTarget(e.units, byUnit, province)
}

export function computeYearFigures(e: YearEvidence, now: Date = new Date()): YearFigures {
  const isBroadcast = (a: ActivityRecord) => a.kind === 'loudspeaker'
  const targets: TargetFigure[] = [
    portalTarget(e),
    materialsTarget(e),
    activityTarget(
      e,
      'grassroots-outreach',
      () => true,
      (n) => `${n} hoạt động tuyên truyền đã duyệt.`,
      'Chưa có buổi phát thanh hay hoạt động tuyên truyền nào được duyệt trong năm.',
    ),
    activityTarget(
      e,
      'team-training',
      (a) => a.kind === 'training-team',
      (n, people) => `${n} buổi tập huấn Tổ công nghệ số cộng đồng (${people} người).`,
      'Chưa có buổi tập huấn Tổ công nghệ số cộng đồng nào được duyệt trong năm.',
    ),
    activityTarget(
      e,
      'staff-training',
      (a) => a.kind === 'training-staff',
      (n, people) => `${n} buổi tập huấn cán bộ, công chức (${people} người).`,
      'Chưa có buổi tập huấn cán bộ, công chức nào được duyệt trong năm.',
    ),
    coverageTarget(e),
    e.feedback ? feedbackTargetOf(e) : noDataTarget(targetDefinition('feedback'), e.units, FEEDBACK_NOT_BUILT),
  ]
  // Broadcasts are the plan's example of grassroots outreach: say how many of the activities were.
  const grassroots = targets[2]
  if (e.activities && grassroots?.status === 'measured') {
    const local = new Set(grassroots.units.map((row) => String(row.unit)))
    const broadcasts = e.activities.filter((a) => isBroadcast(a) && local.has(a.unit)).length
    grassroots.note = `Trong đó ${broadcasts} buổi phát thanh trên loa truyền thanh.`
  }
  const totals = unitTotals(e)
  return {
    year: e.range.year,
    from: e.range.from,
    to: e.range.to,
    deadline: e.range.deadline,
    computedAt: now.toISOString(),
    sources: { usage: e.sightings !== null, activities: e.activities !== null },
    units: [...e.units],
    targets,
    unitTotals: totals,
    province: provinceTotals(e),
  }
}
