/**
 * `POST /api/usage` (issue 17): the beacon endpoint's route handler, called with real `Request`s on
 * the project's real database (as tests/support/http.ts calls the REST routes). The route file
 * cms/app/(payload)/api/usage/route.ts only hands the request to `handleUsageBeacon`;
 * `npm run bench` (reporting) drives it through `next start` over real HTTP.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, expect, it } from 'vitest'

import { resetClock, setClock } from '@dvctt/cms/lib/clock'
import type { Material, Unit } from '@dvctt/cms/payload-types'
import { forgetCaps } from '@dvctt/cms/usage/caps'
import { handleUsageBeacon, usagePreflight } from '@dvctt/cms/usage/handler'
import { OTHER_HOSTS, UNKNOWN_HOSTS_PER_DAY } from '@dvctt/cms/usage/limits'
import { usageTotals } from '@dvctt/cms/usage/query'
import { flushUsage } from '@dvctt/cms/usage/tally'

import { describeWithDatabase, getTestPayload } from '../support/cms'
import { type Fixtures, fixtures, uniqueSuffix } from '../support/factories'
import { CmsHttpClient } from '../support/http'
import { taggedMp3, uploadFile } from '../support/mediaFiles'

const BROWSER =
  'Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Mobile Safari/537.36'
let addressCounter = 0
/** A reader's address: each call a new one, unless the test wants one address for many beacons. */
const freshAddress = (): string =>
  `10.${(++addressCounter >> 16) & 255}.${(addressCounter >> 8) & 255}.${addressCounter & 255}`

function beaconRequest(
  body: unknown,
  options: { address?: string; headers?: Record<string, string>; contentType?: string } = {},
): Request {
  const headers = new Headers({
    'content-type': options.contentType ?? 'text/plain;charset=UTF-8',
    'user-agent': BROWSER,
    'x-forwarded-for': options.address ?? freshAddress(),
    ...options.headers,
  })
  for (const [name, value] of Object.entries(options.headers ?? {})) if (value === '') headers.delete(name)
  return new Request('http://localhost:3000/api/usage', {
    method: 'POST',
    headers,
    body: typeof body === 'string' ? body : JSON.stringify(body),
  })
}

describeWithDatabase('usage beacon endpoint', () => {
  let payload: Payload
  let make: Fixtures
  let unit: Unit
  let material: Material
  let draft: Material
  let fileId: string
  // A day of its own, so the counts and caps of this file never mix with another's.
  const offset = Number.parseInt(uniqueSuffix().slice(0, 6), 16) % 5000
  const day = new Date(Date.UTC(2031, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10)
  const send = (body: unknown, options?: Parameters<typeof beaconRequest>[1]): Promise<Response> =>
    handleUsageBeacon(payload, beaconRequest(body, options))
  const counts = async () => {
    await flushUsage()
    return (await usageTotals(payload, { from: day, to: day, materials: [material.id] })).total
  }

  beforeAll(async () => {
    payload = await getTestPayload()
    make = fixtures(payload)
    setClock(() => new Date(`${day}T09:00:00+07:00`))
    unit = await make.createUnit({ portalHosts: [{ host: `sinho-${uniqueSuffix()}.laichau.gov.vn` }] })
    const name = `dem-luot-${uniqueSuffix()}`
    const audio = await payload.create({
      collection: 'media',
      data: { alt: 'Bản ghi âm đếm lượt' },
      file: uploadFile(taggedMp3(8, name), 'audio/mpeg', `${name}.mp3`),
    })
    fileId = String(audio.id)
    material = await make.createPublishedMaterial({
      ownerUnit: unit.id,
      kind: 'audio',
      files: [{ label: 'Bản ghi âm', file: audio.id }],
    })
    draft = await make.createDraftMaterial({ ownerUnit: unit.id })
  })
  afterAll(() => resetClock())

  it('answers a preflight from any origin, without credentials', async () => {
    const response = usagePreflight()
    expect(response.status).toBe(204)
    expect(response.headers.get('access-control-allow-origin')).toBe('*')
    expect(response.headers.get('access-control-allow-credentials')).toBeNull()
  })

  it('counts views, downloads and embeds sent as text/plain or JSON, from any origin', async () => {
    const before = await counts()
    const answers = await Promise.all([
      send({ m: material.id, e: 'view' }),
      send({ m: String(material.id), e: 'view' }, { contentType: 'application/json' }),
      send({ m: material.id, e: 'download', f: fileId }),
      send({ m: material.id, e: 'embed-widget', h: unit.portalHosts?.[0]?.host }),
    ])
    expect(answers.map((answer) => answer.status)).toEqual([204, 204, 204, 204])
    expect(answers[0]?.headers.get('access-control-allow-origin')).toBe('*')
    const after = await counts()
    expect([
      after.view - before.view,
      after.download - before.download,
      after['embed-widget'] - before['embed-widget'],
    ]).toEqual([2, 1, 1])
  })

  it.each([
    ['malformed JSON', '{"m": 1, "e": "view"', /JSON/],
    ['an array', '[1, 2]', /đối tượng/],
    ['an unknown event', { e: 'like' }, /Loại lượt/],
    ['an absurd count', { e: 'view', n: 1_000_000 }, /không được chấp nhận/],
    ['an unknown material', { m: 987_654_321, e: 'view' }, /tài liệu/],
    ['a material id that is no id', { m: '1 OR 1=1', e: 'view' }, /mã tài liệu/],
    ['a file of another material', { e: 'download', f: 987_654_321 }, /không thuộc/],
    ['an embed without a host', { e: 'embed-page' }, /tên miền/],
    ['an embed with an address for a host', { e: 'embed-page', h: 'https://x.vn/trang' }, /tên miền/],
    ['a body over 1 kB', { e: 'view', pad: 'x'.repeat(2000) }, /quá lớn/],
  ])('refuses %s with 400 and a reason, and counts nothing', async (_case, body, reason) => {
    const before = await counts()
    const withMaterial = typeof body === 'string' || 'm' in body ? body : { m: material.id, ...body }
    const response = await send(withMaterial)
    expect(response.status).toBe(400)
    const answer = (await response.json()) as { errors: { message: string }[] }
    expect(answer.errors[0]?.message).toMatch(reason)
    expect(await counts()).toEqual(before)
  })

  it('refuses a draft material', async () => {
    expect((await send({ m: draft.id, e: 'view' })).status).toBe(400)
  })

  it.each([
    ['Do Not Track', { dnt: '1' }],
    ['Global Privacy Control', { 'sec-gpc': '1' }],
    ['a known robot', { 'user-agent': 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)' }],
    ['no user agent', { 'user-agent': '' }],
  ])('answers %s with 204 and counts nothing', async (_case, headers) => {
    const before = await counts()
    expect((await send({ m: material.id, e: 'view' }, { headers })).status).toBe(204)
    expect(await counts()).toEqual(before)
  })

  it('a flood from one address meets 429; another address still counts', async () => {
    const address = freshAddress()
    const statuses: number[] = []
    for (let i = 0; i < 2000 && !statuses.includes(429); i++)
      statuses.push((await send({ m: material.id, e: 'view' }, { address })).status)
    expect(statuses).toContain(429)
    // 20 a second plus a burst of 300 a minute (cms/usage/limits.ts): a page's few beacons never meet it.
    expect(statuses.indexOf(429)).toBeGreaterThan(300)
    expect((await send({ m: material.id, e: 'view' })).status).toBe(204)
  })

  it('a flood of embeds from 5,000 invented hosts adds no rows beyond the caps, also after a restart', async () => {
    const statuses = new Set<number>()
    for (let i = 0; i < 5000; i++) {
      const response = await send({ m: material.id, e: 'embed-page', h: `tin-${i}.gia-mao.example` })
      statuses.add(response.status)
    }
    expect([...statuses]).toEqual([204])
    await flushUsage()
    const rows = await payload.find({
      collection: 'usage-counts',
      where: { day: { equals: day }, event: { equals: 'embed-page' } },
      pagination: false,
      depth: 0,
    })
    const byHost = new Map(rows.docs.map((row) => [row.host, row.count]))
    expect(byHost.size).toBe(UNKNOWN_HOSTS_PER_DAY + 1)
    expect(byHost.get(OTHER_HOSTS)).toBe(5000 - UNKNOWN_HOSTS_PER_DAY)
    // A restarted CMS reads the day's hosts back: the next invented host still goes to «(khác)».
    forgetCaps()
    expect((await send({ m: material.id, e: 'embed-page', h: 'moi-sau-khoi-dong.example' })).status).toBe(204)
    await flushUsage()
    const again = await usageTotals(payload, { from: day, to: day, materials: [material.id] })
    expect(again.total['embed-page']).toBe(5001)
    const hosts = await payload.find({
      collection: 'usage-counts',
      where: { day: { equals: day }, host: { equals: OTHER_HOSTS } },
      depth: 0,
    })
    expect(hosts.docs.map((row) => row.count)).toEqual([5000 - UNKNOWN_HOSTS_PER_DAY + 1])
  })

  it('nobody reads the counters anonymously, and nobody writes them over REST', async () => {
    const anonymous = new CmsHttpClient()
    expect((await anonymous.get('/usage-counts')).status).toBe(403)
    const { login } = await make.createUser('admin')
    const admin = new CmsHttpClient()
    await admin.login(login.email, login.password)
    expect(
      (await admin.get<{ totalDocs: number }>('/usage-counts', { where: { day: { equals: day } } })).body.totalDocs,
    ).toBeGreaterThan(0)
    const row = { key: 'x', day, material: material.id, event: 'view', host: '', count: 1_000_000 }
    expect((await admin.post('/usage-counts', row)).status).toBe(403)
    const existing = await payload.find({
      collection: 'usage-counts',
      where: { day: { equals: day } },
      limit: 1,
      depth: 0,
    })
    expect((await admin.patch(`/usage-counts/${existing.docs[0]?.id}`, { count: 1_000_000 })).status).toBe(403)
  })
})
