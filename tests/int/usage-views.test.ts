/**
 * What the admin's usage views show (issue 17): a material's «Lượt sử dụng» (GET /api/materials/:id/usage)
 * and «Thống kê sử dụng» (usageOverview, the view's server data), from counter rows put in the database.
 * The clock stands at 00:30 on 1 January 2031 in Vietnam (still 31 December in UTC), so the last 30 days
 * and «this year» are cut in Asia/Ho_Chi_Minh, not in UTC; no other file counts on those days.
 */
import { type Payload, createLocalReq } from 'payload'
import { afterAll, beforeAll, expect, it } from 'vitest'

import { resetClock, setClock } from '@dvctt/cms/lib/clock'
import type { Material, Media, Topic, Unit, User } from '@dvctt/cms/payload-types'
import { emptyFigures } from '@dvctt/cms/usageStats/columns'
import type { MaterialUsage } from '@dvctt/cms/usageStats/materialUsage'
import { type UsageOverview, usageOverview } from '@dvctt/cms/usageStats/overview'
import type { UsagePeriod } from '@dvctt/cms/usageStats/periods'

import { describeWithDatabase, getTestPayload } from '../support/cms'
import { createUserInUnit, fixtures, uniqueSuffix } from '../support/factories'
import { CmsHttpClient } from '../support/http'
import { scannedPdf, uploadFile } from '../support/mediaFiles'
import { putUsageCounts } from '../support/usageCounts'

const AT = new Date('2030-12-31T17:30:00Z')
const HOST = 'sinho.laichau.gov.vn'

describeWithDatabase('usage views: counts per material, unit and topic', () => {
  let payload: Payload
  let unitA: Unit
  let unitB: Unit
  let topicBoth: Topic
  let topicA: Topic
  let a: Material
  let b: Material
  let printFile: Media
  let posterFile: Media
  let contributorB: User
  const editor = new CmsHttpClient()
  const contributor = new CmsHttpClient()
  const before = new Map<UsagePeriod, UsageOverview>()

  const overview = async (period: UsagePeriod, user: User | null = null) =>
    usageOverview(await createLocalReq(user ? { user: { ...user, collection: 'users' } } : {}, payload), period, AT)

  beforeAll(async () => {
    payload = await getTestPayload()
    const make = fixtures(payload)
    unitA = await make.createUnit({ name: `Xã Ả ${uniqueSuffix()}` })
    unitB = await make.createUnit({ name: `Xã Ba ${uniqueSuffix()}` })
    const topic = (name: string) =>
      payload.create({ collection: 'topics', data: { name: `${name} ${uniqueSuffix()}` } })
    topicBoth = await topic('Chủ đề chung')
    topicA = await topic('Chủ đề riêng')
    a = await make.createDraftMaterial({ ownerUnit: unitA.id, topics: [topicBoth.id, topicA.id] })
    b = await make.createDraftMaterial({ ownerUnit: unitB.id, topics: [topicBoth.id] })
    const c = await make.createDraftMaterial({ ownerUnit: unitA.id })
    const pdf = async (name: string) =>
      payload.create({
        collection: 'media',
        data: { alt: 'Tờ rơi' },
        file: uploadFile(await scannedPdf(1), 'application/pdf', `${name}-${uniqueSuffix()}.pdf`),
      })
    printFile = await pdf('to-roi-in')
    posterFile = await pdf('ap-phich')
    for (const period of ['last30', 'thisYear', 'lastYear'] as const) before.set(period, await overview(period))
    await putUsageCounts(payload, [
      { day: '2031-01-01', material: a.id, event: 'view', count: 5 },
      { day: '2030-12-03', material: a.id, event: 'view', count: 7 }, // first day of the last 30
      { day: '2030-12-02', material: a.id, event: 'view', count: 11 }, // the day before: last year only
      { day: '2030-12-20', material: a.id, event: 'download', file: printFile.id, count: 3 },
      { day: '2031-01-01', material: a.id, event: 'download', file: posterFile.id, count: 2 },
      { day: '2031-01-01', material: a.id, event: 'embed-page', host: HOST, count: 4 },
      { day: '2030-12-25', material: a.id, event: 'embed-widget', host: HOST, count: 6 },
      { day: '2031-01-01', material: a.id, event: 'qr', count: 1 },
      { day: '2030-12-31', material: b.id, event: 'play', count: 8 },
      { day: '2030-12-31', material: b.id, event: 'play75', count: 3 },
      { day: '2029-06-01', material: c.id, event: 'view', count: 2 }, // in none of the periods
    ])
    const contributorAccount = await createUserInUnit(payload, 'contributor', unitB.id)
    contributorB = contributorAccount.user
    await contributor.login(contributorAccount.login.email, contributorAccount.login.password)
    const editorAccount = await make.createUser('editor')
    await editor.login(editorAccount.login.email, editorAccount.login.password)
    setClock(() => AT)
  })

  afterAll(() => resetClock())

  const figures = (values: Partial<ReturnType<typeof emptyFigures>>) => {
    const all = { ...emptyFigures(), ...values }
    all.total = all.view + all.download + all.play + all.play75 + all.embed + all.qr
    return all
  }

  it('a material’s panel: last 30 days and this year in Vietnam’s calendar, per file, per host, day by day', async () => {
    const { status, body } = await editor.get<MaterialUsage & { note: string }>(`/materials/${a.id}/usage`)
    expect(status).toBe(200)
    expect(body).toMatchObject({
      last30: { from: '2030-12-03', to: '2031-01-01', figures: figures({ view: 12, download: 5, embed: 10, qr: 1 }) },
      year: { from: '2031-01-01', to: '2031-01-01', figures: figures({ view: 5, download: 2, embed: 4, qr: 1 }) },
      downloads: [
        { label: posterFile.filename, last30: 2, year: 2 },
        { label: printFile.filename, last30: 3, year: 0 },
      ],
      embedHosts: [{ label: HOST, last30: 10, year: 4 }],
    })
    const { daily } = body
    expect(daily).toHaveLength(30)
    expect(daily[0]).toMatchObject({ day: '2030-12-03', figures: { total: 7 } })
    expect(daily.at(-1)).toMatchObject({ day: '2031-01-01', figures: { total: 12 } })
    expect(daily.reduce((sum, day) => sum + day.figures.total, 0)).toBe(28)
    expect(body.note).toMatch(/mất tối đa số lượt của \d+ giây cuối/)
  })

  it('per unit and per topic, for the last 30 days, this year and last year', async () => {
    const expected = {
      last30: { a: figures({ view: 12, download: 5, embed: 10, qr: 1 }), b: figures({ play: 8, play75: 3 }) },
      thisYear: { a: figures({ view: 5, download: 2, embed: 4, qr: 1 }), b: figures({}) },
      lastYear: { a: figures({ view: 18, download: 3, embed: 6 }), b: figures({ play: 8, play75: 3 }) },
    }
    for (const [period, { a: figuresA, b: figuresB }] of Object.entries(expected) as [
      UsagePeriod,
      typeof expected.last30,
    ][]) {
      const seen = await overview(period)
      const row = (rows: UsageOverview['byUnit'], id: Unit['id'] | Topic['id']) => rows.find((r) => r.id === String(id))
      expect(row(seen.byUnit, unitA.id), period).toMatchObject({ name: unitA.name, materials: 2, figures: figuresA })
      expect(row(seen.byUnit, unitB.id), period).toMatchObject({ materials: 1, figures: figuresB })
      const both = figures({})
      for (const key of Object.keys(both) as (keyof typeof both)[]) both[key] = figuresA[key] + figuresB[key]
      expect(row(seen.byTopic, topicBoth.id), period).toMatchObject({ materials: 2, figures: both })
      expect(row(seen.byTopic, topicA.id), period).toMatchObject({ materials: 1, figures: figuresA })
      const province = before.get(period)?.province ?? emptyFigures()
      expect(seen.province.total - province.total, period).toBe(both.total)
      expect(
        seen.series.reduce((sum, point) => sum + point.figures.total, 0),
        period,
      ).toBe(seen.province.total)
    }
  })

  it('orders units and topics the Vietnamese way and ranks the most used materials', async () => {
    const seen = await overview('last30')
    const names = seen.byUnit.filter((r) => r.id !== null).map((r) => r.name)
    expect(names).toEqual([...names].sort(new Intl.Collator('vi').compare))
    expect(names.indexOf(unitA.name)).toBeLessThan(names.indexOf(unitB.name)) // «Ả» before «B», not after «Z»
    const top = seen.topMaterials.map((m) => m.id)
    expect(top.indexOf(String(a.id))).toBeLessThan(top.indexOf(String(b.id)))
    expect(seen.series).toHaveLength(30)
    expect((await overview('thisYear')).series.map((p) => p.label)).toEqual(
      Array.from({ length: 12 }, (_, i) => `Tháng ${i + 1}`),
    )
  })

  it('a unit contributor sees their unit’s materials and the province’s totals, not another unit’s material', async () => {
    expect((await contributor.get(`/materials/${a.id}/usage`)).status).toBe(403)
    expect((await contributor.get(`/materials/${b.id}/usage`)).status).toBe(200)
    expect((await new CmsHttpClient().get(`/materials/${a.id}/usage`)).status).toBe(403)
    const seen = await overview('last30', contributorB)
    expect(seen.byUnit.map((r) => r.id)).toEqual([String(unitB.id)])
    expect(seen.topMaterials.map((m) => m.id)).toEqual([String(b.id)])
    expect(seen.scope).toMatchObject({ units: [unitB.name], figures: figures({ play: 8, play75: 3 }) })
    expect(seen.province).toEqual((await overview('last30')).province)
  })
})
