/**
 * Usage counters (issue 17): atomic increments from several writers, the reports' sums, and the
 * units' portal hosts that turn embed loads into «this unit shows the library on its portal».
 */
import type { Payload } from 'payload'
import { beforeAll, expect, it } from 'vitest'

import type { Material, Unit } from '@dvctt/cms/payload-types'
import { counterStore } from '@dvctt/cms/usage/db'
import { portalSightings, usageByDay, usageTotals } from '@dvctt/cms/usage/query'

import { describeWithDatabase, getTestPayload } from '../support/cms'
import { fieldErrorsOf } from '../support/errors'
import { type Fixtures, fixtures, uniqueSuffix } from '../support/factories'

describeWithDatabase('usage counters', () => {
  let payload: Payload
  let make: Fixtures
  let portalUnit: Unit
  let quietUnit: Unit
  let material: Material
  let other: Material
  // A year of its own, so other files' counters never mix into these sums.
  const year = 2000 + (Number.parseInt(uniqueSuffix().slice(0, 4), 16) % 900)
  const day = (month: number, date: number): string =>
    `${year}-${String(month).padStart(2, '0')}-${String(date).padStart(2, '0')}`

  beforeAll(async () => {
    payload = await getTestPayload()
    make = fixtures(payload)
    const suffix = uniqueSuffix()
    portalUnit = await make.createUnit({
      name: `Xã Sìn Hồ ${suffix}`,
      portalHosts: [{ host: ` WWW.SinHo-${suffix}.LaiChau.gov.vn ` }],
    })
    quietUnit = await make.createUnit({
      name: `Xã Pa Tần ${suffix}`,
      portalHosts: [{ host: `patan-${suffix}.laichau.gov.vn` }],
    })
    material = await make.createPublishedMaterial({ ownerUnit: portalUnit.id })
    other = await make.createPublishedMaterial({ ownerUnit: quietUnit.id })
  })

  it('a unit’s portal host is stored in lower case; a URL or a host with a port is refused with the reason', async () => {
    expect(portalUnit.portalHosts?.[0]?.host).toMatch(/^www\.sinho-.*\.laichau\.gov\.vn$/)
    for (const host of [
      'https://sinho.laichau.gov.vn',
      'sinho.laichau.gov.vn/tin-tuc',
      'sinho.laichau.gov.vn:8080',
      'sìn hồ',
    ]) {
      const errors = await fieldErrorsOf(make.createUnit({ portalHosts: [{ host }] }))
      expect(errors[0]?.path).toBe('portalHosts.0.host')
      expect(errors[0]?.message).toMatch(/tên miền/)
    }
  })

  it('two writers adding to the same row sum exactly', async () => {
    const row = { day: day(3, 1), material: String(material.id), event: 'view' as const, file: '', host: '' }
    const store = counterStore(payload)
    await Promise.all([store.add([{ ...row, count: 7 }]), store.add([{ ...row, count: 5 }])])
    await store.add([{ ...row, count: 1 }])
    const found = await payload.find({
      collection: 'usage-counts',
      where: { day: { equals: row.day }, material: { equals: material.id } },
    })
    expect(found.docs.map((doc) => doc.count)).toEqual([13])
  })

  it('totals, per-day series and portal sightings follow the counters', async () => {
    const portalHost = `sinho-${portalUnit.name.split(' ').pop()}.laichau.gov.vn`
    await counterStore(payload).add([
      { day: day(5, 2), material: String(material.id), event: 'download', file: '', host: '', count: 4 },
      { day: day(5, 2), material: String(other.id), event: 'view', file: '', host: '', count: 9 },
      { day: day(5, 3), material: String(material.id), event: 'embed-widget', file: '', host: portalHost, count: 2 },
      {
        day: day(6, 9),
        material: String(material.id),
        event: 'embed-page',
        file: '',
        host: `www.${portalHost}`,
        count: 3,
      },
      {
        day: day(6, 9),
        material: String(other.id),
        event: 'embed-page',
        file: '',
        host: 'blog.example.com',
        count: 50,
      },
    ])
    const range = { from: day(5, 1), to: day(6, 30) }

    const all = await usageTotals(payload, range)
    expect(all.total).toMatchObject({ view: 9, download: 4, 'embed-widget': 2, 'embed-page': 53 })
    const ofUnit = await usageTotals(payload, { ...range, units: [portalUnit.id] })
    expect(ofUnit.materials).toEqual([
      { material: String(material.id), counts: expect.objectContaining({ download: 4, 'embed-page': 3, view: 0 }) },
    ])

    const series = await usageByDay(payload, { ...range, materials: [material.id] })
    expect(series).toHaveLength(61)
    expect(series.find((entry) => entry.day === day(6, 9))?.counts['embed-page']).toBe(3)
    expect(series.reduce((sum, entry) => sum + entry.counts.view, 0)).toBe(0)

    const sightings = await portalSightings(payload, range)
    const mine = sightings.filter((sighting) => [String(portalUnit.id), String(quietUnit.id)].includes(sighting.unit))
    expect(mine).toEqual([
      {
        unit: String(portalUnit.id),
        unitName: portalUnit.name,
        hosts: [portalHost, `www.${portalHost}`],
        firstSeen: day(5, 3),
        lastSeen: day(6, 9),
        loads: 5,
      },
    ])
  })
})
