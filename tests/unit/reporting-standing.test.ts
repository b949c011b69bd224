/**
 * The targets' pure rules (cms/reporting/compute.ts, standing.ts): each figure and each unit's
 * standing from a small hand-made year whose answers are counted by hand below.
 */
import { describe, expect, it } from 'vitest'

import { computeYearFigures } from '../../cms/reporting/compute'
import type { YearEvidence } from '../../cms/reporting/evidence'
import { FEEDBACK_NONE, type FeedbackRecord } from '../../cms/reporting/feedback'
import { dayOf, inYear, shareOf, yearRange } from '../../cms/reporting/standing'
import type { ReportingUnit, TargetId } from '../../cms/reporting/types'

const units: ReportingUnit[] = [
  { id: 1, name: 'UBND tỉnh Lai Châu', type: 'province' },
  { id: 2, name: 'Sở Tư pháp', type: 'department' },
  { id: 3, name: 'Xã Sìn Hồ', type: 'commune' },
  { id: 4, name: 'Phường Đoàn Kết', type: 'ward' },
  { id: 5, name: 'Xã Bum Nưa', type: 'commune' },
]

const evidence = (overrides: Partial<YearEvidence> = {}): YearEvidence => ({
  range: yearRange(2026),
  units,
  materials: [{ id: 10, ownerUnit: '2', updatedAt: '2026-03-01T00:00:00.000Z' }],
  coverage: {
    overall: { covered: 3, total: 4 },
    byUnit: [
      { unit: '1', covered: 1, total: 1 },
      { unit: '3', covered: 2, total: 3 },
    ],
  },
  unitsWithPortal: new Set(['2', '3']),
  sightings: [
    { unit: '3', hosts: ['sinho.laichau.gov.vn'], firstSeen: '2026-02-03', lastSeen: '2026-11-30', loads: 7 },
  ],
  activities: [
    { id: 1, kind: 'loudspeaker', unit: '3', startDate: '2026-05-01', materials: ['10'], reach: { minutes: 15 } },
    { id: 2, kind: 'training-team', unit: '4', startDate: '2026-06-01', materials: [], reach: { people: 12 } },
    { id: 3, kind: 'training-staff', unit: '2', startDate: '2026-07-01', materials: [], reach: { people: 30 } },
    { id: 4, kind: 'training-staff', unit: '2', startDate: '2026-08-01', materials: [], reach: { people: 5 } },
  ],
  usageByUnit: new Map([['2', { view: 40, download: 3 }]]),
  provinceUsage: { view: 55, download: 3 },
  ...overrides,
})

const target = (figures: ReturnType<typeof computeYearFigures>, id: TargetId) => {
  const found = figures.targets.find((t) => t.id === id)
  if (!found) throw new Error(id)
  return found
}
const standingOf = (figures: ReturnType<typeof computeYearFigures>, id: TargetId, unit: number) =>
  target(figures, id).units.find((row) => row.unit === unit)?.standing

describe('year bounds in Vietnam', () => {
  it('counts an instant by the day in Asia/Ho_Chi_Minh', () => {
    const range = yearRange(2026)
    expect(inYear('2025-12-31T17:00:00.000Z', range)).toBe(true) // 00:00 on 1/1/2026 in Vietnam
    expect(inYear('2025-12-31T16:59:59.999Z', range)).toBe(false)
    expect(inYear('2026-12-31T17:00:00.000Z', range)).toBe(false)
    expect(dayOf('2025-12-31T17:00:00.000Z')).toBe('2026-01-01')
    expect(range.deadline).toBe('2026-12-15')
    expect(shareOf(0, 0)).toBe(0)
  })
})

describe('computeYearFigures', () => {
  const figures = computeYearFigures(evidence(), new Date('2026-12-01T00:00:00Z'))

  it('portal: met where an embed was seen, no data without a declared host', () => {
    const portal = target(figures, 'portal-embed')
    expect([portal.numerator, portal.denominator]).toEqual([1, 4]) // the province unit is not counted
    expect(standingOf(figures, 'portal-embed', 3)).toBe('met')
    expect(portal.units.find((r) => r.unit === 3)?.firstSeen).toBe('2026-02-03')
    expect(portal.units.find((r) => r.unit === 3)?.detail).toContain('03/02/2026')
    expect(standingOf(figures, 'portal-embed', 2)).toBe('not-yet')
    expect(standingOf(figures, 'portal-embed', 4)).toBe('no-data')
  })

  it('unified materials: owned, used in an activity, or embedded', () => {
    const materials = target(figures, 'unified-materials')
    expect([materials.numerator, materials.denominator]).toEqual([2, 4])
    expect(standingOf(figures, 'unified-materials', 2)).toBe('met')
    expect(standingOf(figures, 'unified-materials', 3)).toBe('met')
    expect(standingOf(figures, 'unified-materials', 4)).toBe('not-yet')
  })

  it('activities: communes and wards only for grassroots outreach and teams; people summed', () => {
    expect([
      target(figures, 'grassroots-outreach').numerator,
      target(figures, 'grassroots-outreach').denominator,
    ]).toEqual([2, 3])
    expect(target(figures, 'grassroots-outreach').note).toContain('1 buổi phát thanh')
    expect([target(figures, 'team-training').numerator, target(figures, 'team-training').denominator]).toEqual([1, 3])
    expect(standingOf(figures, 'team-training', 4)).toBe('met')
    const staff = target(figures, 'staff-training')
    expect([staff.numerator, staff.denominator, staff.people]).toEqual([1, 4, 35])
    expect(staff.units.find((r) => r.unit === 2)?.people).toBe(35)
  })

  it('procedure guides: the coverage figure as it is; a unit meets it with every procedure guided', () => {
    const guides = target(figures, 'procedure-guides')
    expect([guides.numerator, guides.denominator, guides.share]).toEqual([3, 4, 0.75])
    expect(standingOf(figures, 'procedure-guides', 1)).toBe('met')
    expect(standingOf(figures, 'procedure-guides', 3)).toBe('not-yet')
    expect(standingOf(figures, 'procedure-guides', 2)).toBe('no-data')
  })

  it('feedback without its source has no figure', () => {
    const feedback = target(figures, 'feedback')
    expect([feedback.status, feedback.numerator, feedback.share]).toEqual(['no-data', null, null])
    expect(feedback.units.every((row) => row.standing === 'no-data')).toBe(true)
  })

  it('feedback: answered (public or private, approved) over received but spam; a unit meets it answering all', () => {
    const item = (unit: string | null, status: string, extra: Partial<FeedbackRecord> = {}): FeedbackRecord => ({
      unit,
      status,
      rejectReason: null,
      answerState: status.startsWith('answered') ? 'approved' : null,
      ...extra,
    })
    const withFeedback = computeYearFigures(
      evidence({
        feedback: [
          item('3', 'answered'),
          item('3', 'answered-private'),
          item('3', 'not-published', { rejectReason: 'spam' }),
          item('2', 'answered'),
          item('2', 'answered', { answerState: 'pending' }),
          item('2', 'not-published', { rejectReason: 'duplicate' }),
          item(null, 'new'),
        ],
        helpfulness: [
          { material: '10', procedure: null, unit: '2', helpful: 5, notHelpful: 2 },
          { material: null, procedure: '7', unit: null, helpful: 1, notHelpful: 0 },
        ],
      }),
    )
    const feedback = target(withFeedback, 'feedback')
    // 3 answered of 7 received minus 1 spam; the procedure's open item counts for the province only.
    expect([feedback.status, feedback.numerator, feedback.denominator, feedback.counts]).toEqual([
      'measured',
      3,
      6,
      'feedback',
    ])
    expect(standingOf(withFeedback, 'feedback', 3)).toBe('met')
    expect(standingOf(withFeedback, 'feedback', 2)).toBe('not-yet')
    expect(standingOf(withFeedback, 'feedback', 4)).toBe('no-data')
    expect(feedback.units.find((r) => r.unit === 2)?.detail).toBe(
      '1/3 ý kiến đã được trả lời (1 công khai, 0 riêng); 1 ý kiến đang chờ trả lời; 1 ý kiến không đăng. «Tài liệu có giúp ích?»: 5 Có, 2 Không.',
    )
    expect(withFeedback.unitTotals.find((t) => t.unit === 3)?.feedback).toMatchObject({ received: 3, spam: 1 })
    expect(withFeedback.province.feedback).toMatchObject({ received: 7, helpful: 6, notHelpful: 2, open: 2 })
  })

  it('feedback: nothing received (or spam only) is no figure, with the reason', () => {
    const spamOnly = computeYearFigures(
      evidence({ feedback: [{ unit: '3', status: 'not-published', rejectReason: 'spam', answerState: null }] }),
    )
    const feedback = target(spamOnly, 'feedback')
    expect([feedback.status, feedback.share, feedback.note]).toEqual(['no-data', null, FEEDBACK_NONE])
    expect(standingOf(spamOnly, 'feedback', 3)).toBe('no-data')
  })

  it('a missing source leaves its targets without a figure', () => {
    const without = computeYearFigures(evidence({ activities: null, sightings: null, unitsWithPortal: null }))
    for (const id of ['portal-embed', 'grassroots-outreach', 'team-training', 'staff-training'] as const)
      expect(target(without, id).share).toBeNull()
    expect(target(without, 'unified-materials').numerator).toBe(1)
    expect(without.sources).toEqual({ usage: false, activities: false })
  })

  it('totals per unit and for the province', () => {
    const sdtp = figures.unitTotals.find((t) => t.unit === 2)
    expect(sdtp?.activities).toEqual({ 'training-staff': 2 })
    expect(sdtp?.reach.people).toBe(35)
    expect(sdtp?.usage.view).toBe(40)
    expect(sdtp?.materialsPublished).toBe(1)
    expect(figures.province.activityCount).toBe(4)
    expect(figures.province.reach).toEqual({ people: 47, copies: 0, minutes: 15, times: 0 })
  })

  it('lists units in Vietnamese order', () => {
    expect(target(figures, 'grassroots-outreach').units.map((r) => r.unit)).toEqual([4, 5, 3])
  })
})
