/**
 * The plan's targets (cms/reporting/figures.ts) against an independent count over the REST API:
 * every province figure is recounted here from the raw records (units, approved activities,
 * materials, usage counters) read as an administrator over HTTP, with the rules written out again.
 * The test's own units add known cases: an embed seen on a portal, a submitted (not approved) training.
 */
import type { Payload } from 'payload'
import { beforeAll, expect, it } from 'vitest'

import type { Unit } from '@dvctt/cms/payload-types'
import { yearFigures } from '@dvctt/cms/reporting/figures'
import { dayOf, yearOf, yearRange } from '@dvctt/cms/reporting/standing'
import type { TargetId, YearFigures } from '@dvctt/cms/reporting/types'
import { counterStore } from '@dvctt/cms/usage/db'

import { describeWithDatabase, getTestPayload } from '../support/cms'
import { type Fixtures, fixtures, uniqueSuffix } from '../support/factories'
import { CmsHttpClient } from '../support/http'

type Id = string | number
const ref = (value: unknown): string => String(value && typeof value === 'object' ? (value as { id: Id }).id : value)

describeWithDatabase('targets of the plan, recounted over REST', () => {
  let payload: Payload
  let make: Fixtures
  let sinHo: Unit
  let quiet: Unit
  let department: Unit
  let figures: YearFigures
  const admin = new CmsHttpClient()
  const now = new Date()
  const year = yearOf(now)
  const range = yearRange(year)
  const host = `sinho-${uniqueSuffix()}.laichau.gov.vn`

  const all = async <T>(collection: string, where: Record<string, unknown> = {}): Promise<T[]> =>
    (await admin.allPages<T>(`/${collection}`, { where: where as never, depth: 0 })).flatMap((page) => {
      expect(page.status).toBe(200)
      return page.body.docs ?? []
    })

  beforeAll(async () => {
    payload = await getTestPayload()
    make = fixtures(payload)
    sinHo = await make.createUnit({ name: `Xã Sìn Hồ ${uniqueSuffix()}`, portalHosts: [{ host }] })
    quiet = await make.createUnit({ name: `Xã Pa Tần ${uniqueSuffix()}` })
    department = await make.createUnit({ name: `Sở Thử Nghiệm ${uniqueSuffix()}`, type: 'department' })
    const material = await make.createPublishedMaterial({ ownerUnit: sinHo.id })
    await make.createDraftMaterial({ ownerUnit: quiet.id })
    const embed = { material: String(material.id), event: 'embed-widget' as const, file: '', host }
    await counterStore(payload).add([
      { ...embed, day: range.from, count: 3 },
      { ...embed, day: dayOf(now), count: 2 },
      { ...embed, material: String(material.id), event: 'view', host: '', day: dayOf(now), count: 11 },
    ])
    const activity = (unit: Id, kind: string, reviewState: string, extra: Record<string, unknown> = {}) =>
      payload.create({
        collection: 'outreach-activities',
        data: { kind, unit, startDate: now.toISOString(), reviewState, ...extra } as never,
      })
    await activity(sinHo.id, 'loudspeaker', 'approved', { materials: [material.id], reach: { minutes: 15, times: 1 } })
    await activity(quiet.id, 'training-team', 'submitted', { reach: { people: 12 } })
    // The department owns no material and has no portal: only this activity's material makes it «met».
    await activity(department.id, 'training-staff', 'approved', { materials: [material.id], reach: { people: 25 } })
    // Citizen feedback on Sìn Hồ's material: answered in public, answered privately, spam, one still new.
    const feedback = (status: string, extra: Record<string, unknown> = {}) =>
      payload.create({
        collection: 'feedback',
        data: {
          material: material.id,
          unit: sinHo.id,
          kind: 'question',
          text: `Góp ý thử báo cáo ${uniqueSuffix()}`,
          publicText: `Góp ý thử báo cáo ${uniqueSuffix()}`,
          status,
          ...(status.startsWith('answered') ? { answer: 'Đã trả lời.', answerState: 'approved' } : {}),
          ...extra,
        } as never,
      })
    await feedback('answered')
    await feedback('answered-private')
    await feedback('not-published', { rejectReason: 'spam' })
    await feedback('new')
    const click = { material: String(material.id), file: '', host: '', day: dayOf(now) }
    await counterStore(payload).add([
      { ...click, event: 'helpful', count: 4 },
      { ...click, event: 'not-helpful', count: 1 },
    ])
    const { login } = await make.createUser('admin')
    await admin.login(login.email, login.password)
    figures = await yearFigures(payload, year, now)
  })

  const target = (id: TargetId) => {
    const found = figures.targets.find((t) => t.id === id)
    if (!found) throw new Error(id)
    return found
  }
  const rowOf = (id: TargetId, unit: Unit) => target(id).units.find((row) => String(row.unit) === String(unit.id))

  it('the test’s own units stand as their records say; a submitted activity counts nowhere', () => {
    expect(rowOf('portal-embed', sinHo)).toMatchObject({ standing: 'met', firstSeen: range.from, evidence: 5 })
    expect(rowOf('portal-embed', quiet)?.standing).toBe('no-data')
    expect(rowOf('unified-materials', sinHo)?.standing).toBe('met')
    expect(rowOf('unified-materials', quiet)?.standing).toBe('not-yet')
    expect(rowOf('unified-materials', department)?.standing).toBe('met')
    expect(rowOf('grassroots-outreach', sinHo)?.standing).toBe('met')
    expect(rowOf('team-training', quiet)?.standing).toBe('not-yet')
    expect(rowOf('staff-training', department)).toMatchObject({ standing: 'met', people: 25 })
    expect(rowOf('feedback', sinHo)).toMatchObject({ standing: 'not-yet', evidence: 2 })
    expect(rowOf('feedback', sinHo)?.detail).toBe(
      '2/3 ý kiến đã được trả lời (1 công khai, 1 riêng); 1 ý kiến đang chờ trả lời. «Tài liệu có giúp ích?»: 4 Có, 1 Không.',
    )
    expect(rowOf('feedback', quiet)?.standing).toBe('no-data')
    expect(figures.unitTotals.find((t) => String(t.unit) === String(sinHo.id))?.feedback).toMatchObject({
      received: 4,
      spam: 1,
      helpful: 4,
      notHelpful: 1,
    })
    expect(figures.unitTotals.find((t) => String(t.unit) === String(sinHo.id))?.usage.view).toBe(11)
  })

  it('each province figure equals the count made here over the REST API', async () => {
    const reporting = new Set(['department', 'agency', 'commune', 'ward'])
    const units = (await all<Unit>('units', { historical: { not_equals: true } })).filter((u) => reporting.has(u.type))
    const local = new Set(units.filter((u) => u.type === 'commune' || u.type === 'ward').map((u) => String(u.id)))
    const every = new Set(units.map((u) => String(u.id)))
    const activities = await all<{ unit: Id; kind: string; materials?: Id[]; reach?: { people?: number } }>(
      'outreach-activities',
      {
        and: [
          { reviewState: { equals: 'approved' } },
          { startDate: { greater_than_equal: range.start.toISOString() } },
          { startDate: { less_than: range.end.toISOString() } },
        ],
      },
    )
    const materials = await all<{ ownerUnit: Id }>('materials', {
      and: [
        { _status: { equals: 'published' } },
        { updatedAt: { greater_than_equal: range.start.toISOString() } },
        { updatedAt: { less_than: range.end.toISOString() } },
      ],
    })
    const counters = await all<{ host: string; count: number }>('usage-counts', {
      and: [
        { event: { in: ['embed-page', 'embed-widget'] } },
        { day: { greater_than_equal: range.from } },
        { day: { less_than_equal: range.to } },
      ],
    })
    const seenHosts = new Set(counters.filter((c) => c.count > 0).map((c) => c.host.replace(/^www\./, '')))
    const portal = new Set(
      units
        .filter((u) => (u.portalHosts ?? []).some((h) => seenHosts.has(h.host.replace(/^www\./, ''))))
        .map((u) => String(u.id)),
    )
    const unitsWith = (test: (a: (typeof activities)[number]) => boolean, among: Set<string>) =>
      new Set(
        activities
          .filter(test)
          .map((a) => ref(a.unit))
          .filter((u) => among.has(u)),
      )
    const unified = new Set([
      ...materials.map((m) => ref(m.ownerUnit)),
      ...unitsWith((a) => (a.materials ?? []).length > 0, every),
      ...portal,
    ])
    const staff = activities.filter((a) => a.kind === 'training-staff' && every.has(ref(a.unit)))
    const expected: [TargetId, number, number][] = [
      ['portal-embed', [...portal].filter((u) => every.has(u)).length, every.size],
      ['unified-materials', [...unified].filter((u) => every.has(u)).length, every.size],
      ['grassroots-outreach', unitsWith(() => true, local).size, local.size],
      ['team-training', unitsWith((a) => a.kind === 'training-team', local).size, local.size],
      ['staff-training', unitsWith((a) => a.kind === 'training-staff', every).size, every.size],
    ]
    for (const [id, numerator, denominator] of expected)
      expect([id, target(id).numerator, target(id).denominator]).toEqual([id, numerator, denominator])
    expect(target('staff-training').people).toBe(staff.reduce((sum, a) => sum + (a.reach?.people ?? 0), 0))
    expect(figures.province.activityCount).toBe(activities.length)

    // Feedback: answered (approved) in public or privately, over everything received in the year but spam.
    const received = await all<{ status: string; rejectReason?: string; answerState?: string }>('feedback', {
      and: [
        { createdAt: { greater_than_equal: range.start.toISOString() } },
        { createdAt: { less_than: range.end.toISOString() } },
      ],
    })
    const answered = received.filter(
      (f) => (f.status === 'answered' || f.status === 'answered-private') && f.answerState === 'approved',
    )
    const spam = received.filter((f) => f.status === 'not-published' && f.rejectReason === 'spam')
    expect([target('feedback').numerator, target('feedback').denominator]).toEqual([
      answered.length,
      received.length - spam.length,
    ])
  })
})
