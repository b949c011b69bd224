/**
 * Citizen feedback's way in (issue 19): `GET /api/feedback/challenge` and `POST /api/feedback`, through
 * the CMS's real REST route handlers on the project's real database. Challenges are solved with
 * altcha-lib's own solver, for real; the no-JS path's time lock is passed by moving the CMS clock.
 */
import { REST_OPTIONS } from '@payloadcms/next/routes'
import type { Payload } from 'payload'
import { afterEach, beforeAll, beforeEach, expect, it } from 'vitest'

import { POSTS_PER_ADDRESS_PER_MINUTE, TICKET_MIN_AGE_SECONDS } from '@dvctt/cms/feedback/limits'
import { resetFeedbackThrottle } from '@dvctt/cms/feedback/throttle'
import { resetClock, setClock } from '@dvctt/cms/lib/clock'
import { handleUsageBeacon } from '@dvctt/cms/usage/handler'
import { helpfulnessTotals } from '@dvctt/cms/usage/helpfulness'
import { flushUsage } from '@dvctt/cms/usage/tally'
import type { Feedback, Material, Procedure } from '@dvctt/cms/payload-types'

import { describeWithDatabase, getTestPayload } from '../support/cms'
import { fetchChallenge, formFields, freshAddress, postForm, postJson, solved } from '../support/feedback'
import { fixtures } from '../support/factories'
import { CmsHttpClient } from '../support/http'

const QUESTION = 'Xin hỏi: làm thủ tục này trên điện thoại thì chụp giấy tờ thế nào?'
const later = (ms: number): void => setClock(() => new Date(Date.now() + ms))
const BROWSER =
  'Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Mobile Safari/537.36'

describeWithDatabase('feedback intake: challenge, post, no-JS path', () => {
  let payload: Payload
  let material: Material
  let draft: Material
  let procedure: Procedure
  const anonymous = new CmsHttpClient()

  const items = async (materialId: Material['id'] = material.id): Promise<Feedback[]> =>
    (
      await payload.find({
        collection: 'feedback',
        where: { material: { equals: materialId } },
        depth: 0,
        pagination: false,
        sort: 'createdAt',
      })
    ).docs
  const fresh = async (): Promise<Material> => {
    const make = fixtures(payload)
    return make.createPublishedMaterial({ ownerUnit: (await make.createUnit()).id })
  }

  beforeAll(async () => {
    payload = await getTestPayload()
    const make = fixtures(payload)
    const unit = await make.createUnit()
    material = await make.createPublishedMaterial({ ownerUnit: unit.id })
    draft = await make.createDraftMaterial({ ownerUnit: unit.id })
    procedure = await make.createProcedure()
  })
  beforeEach(() => resetFeedbackThrottle())
  afterEach(() => resetClock())

  it('a page on another origin may fetch a challenge and post (CORS, no credentials)', async () => {
    const config = await import('@dvctt/cms/config').then((module) => module.default)
    const options = REST_OPTIONS(config)
    for (const slug of [['feedback'], ['feedback', 'challenge']]) {
      const preflight = await options(
        new Request(`http://localhost:3000/api/${slug.join('/')}`, {
          method: 'OPTIONS',
          headers: { origin: 'http://localhost:4321', 'access-control-request-method': 'POST' },
        }),
        { params: Promise.resolve({ slug }) },
      )
      expect(preflight.status).toBeLessThan(300)
      expect(preflight.headers.get('access-control-allow-origin')).toBe('*')
      expect(preflight.headers.get('access-control-allow-headers')).toContain('Content-Type')
    }
    const { headers } = await postJson({ material: material.id, text: 'ngắn' })
    expect(headers.get('access-control-allow-origin')).toBe('*')
  })

  it('a challenge is signed, expires, and is never cached', async () => {
    const { status, challenge, headers } = await fetchChallenge()
    expect(status).toBe(200)
    expect(headers.get('cache-control')).toBe('no-store')
    expect(challenge.signature).toMatch(/^[0-9a-f]{64}$/)
    expect(challenge.parameters.algorithm).toBe('SHA-256')
    expect(challenge.parameters.expiresAt! * 1000).toBeGreaterThan(Date.now() + 9 * 60_000)
  })

  it('200 posts without a solved challenge store nothing, and the endpoint still answers', async () => {
    const target = await fresh()
    const unsolved = await fetchChallenge()
    const wrong = Buffer.from(
      JSON.stringify({ challenge: unsolved.challenge, solution: { counter: 1, derivedKey: '00'.repeat(32) } }),
    ).toString('base64')
    const statuses = new Map<number, number>()
    for (let index = 0; index < 200; index++) {
      const altcha = index % 3 === 0 ? undefined : index % 3 === 1 ? 'bm90IGEgc29sdXRpb24=' : wrong
      const { status, body } = await postJson({ material: target.id, text: `${QUESTION} (${index})`, altcha })
      statuses.set(status, (statuses.get(status) ?? 0) + 1)
      expect(body.errors?.[0]?.message).toMatch(/chống thư rác|quá nhiều/)
    }
    expect(
      [...statuses.keys()].every((status) => status === 400 || status === 429),
      JSON.stringify([...statuses]),
    ).toBe(true)
    expect(await items(target.id)).toHaveLength(0)
    resetFeedbackThrottle()
    expect((await postJson({ material: target.id, text: QUESTION, altcha: await solved() })).status).toBe(201)
  })

  it(`20 solved posts from one address in a minute: ${POSTS_PER_ADDRESS_PER_MINUTE} stored, then 429 with Retry-After`, async () => {
    const target = await fresh()
    const address = freshAddress()
    const answers: { status: number; retryAfter: string | null; message?: string }[] = []
    for (let index = 0; index < 20; index++) {
      const altcha = await solved(address)
      const { status, headers, body } = await postJson(
        { material: target.id, text: `${QUESTION} #${index}`, altcha },
        address,
      )
      answers.push({ status, retryAfter: headers.get('retry-after'), message: body.errors?.[0]?.message })
    }
    expect(answers.slice(0, POSTS_PER_ADDRESS_PER_MINUTE).map((a) => a.status)).toEqual(
      Array(POSTS_PER_ADDRESS_PER_MINUTE).fill(201),
    )
    for (const refused of answers.slice(POSTS_PER_ADDRESS_PER_MINUTE)) {
      expect(refused.status).toBe(429)
      expect(Number(refused.retryAfter)).toBeGreaterThan(0)
      expect(refused.message).toMatch(/quá nhiều góp ý.*thử lại sau \d+ giây/)
    }
    expect(await items(target.id)).toHaveLength(POSTS_PER_ADDRESS_PER_MINUTE)
    // Another address is not held back.
    expect((await postJson({ material: target.id, text: QUESTION, altcha: await solved() })).status).toBe(201)
  })

  it('a solved challenge is accepted once; a replay and an expired one are refused in Vietnamese', async () => {
    const target = await fresh()
    const altcha = await solved()
    expect((await postJson({ material: target.id, text: QUESTION, altcha })).status).toBe(201)
    const replay = await postJson({ material: target.id, text: `${QUESTION} lần hai`, altcha })
    expect(replay.status).toBe(400)
    expect(replay.body.errors?.[0]?.message).toContain('đã được dùng')

    const old = await solved()
    later(11 * 60_000)
    const expired = await postJson({ material: target.id, text: QUESTION, altcha: old })
    expect(expired.status).toBe(400)
    expect(expired.body.errors?.[0]?.message).toContain('hết hạn')
    expect(await items(target.id)).toHaveLength(1)
  })

  it('empty, too long and link-stuffed texts, the honeypot and an unknown or unpublished material are refused', async () => {
    const target = await fresh()
    const cases: [Record<string, unknown>, number, RegExp][] = [
      [{ material: target.id, text: '   ' }, 400, /quá ngắn/],
      [{ material: target.id, text: 'ngắn' }, 400, /ít nhất 10 ký tự/],
      [{ material: target.id, text: 'a'.repeat(2001) }, 400, /quá dài.*2\.000/],
      [{ material: target.id, text: `${QUESTION} http://a.vn https://b.com www.c.net` }, 400, /3 đường liên kết/],
      [{ material: target.id, text: QUESTION, website: 'http://spam.example' }, 400, /ô ẩn/],
      [{ material: 999_999_999, text: QUESTION }, 404, /Không tìm thấy tài liệu/],
      [{ material: draft.id, text: QUESTION }, 404, /Không tìm thấy tài liệu/],
      [{ text: QUESTION }, 400, /đúng một tài liệu/],
      [{ material: target.id, text: QUESTION, contact: '0912345678' }, 400, /ô đồng ý/],
    ]
    for (const [fields, status, message] of cases) {
      const answer = await postJson({ ...fields, altcha: await solved() })
      expect(answer.status, JSON.stringify(fields).slice(0, 80)).toBe(status)
      expect(answer.body.errors?.[0]?.message).toMatch(message)
    }
    const big = await postJson({ material: target.id, text: 'x'.repeat(20_000) })
    expect(big.status).toBe(413)
    expect(await items(target.id)).toHaveLength(0)
    expect(await items(draft.id)).toHaveLength(0)
  })

  it('HTML is stored as text; personal data is masked in publicText; abuse is flagged, not dropped', async () => {
    const target = await fresh()
    const text =
      '<script>alert("x")</script> Tôi gọi 0912 345 678 và +84 98 765 4321 không ai nghe, CCCD 001099012345, ' +
      'thư ten.toi@gmail.com. Đồ ngu, vcl!'
    const answer = await postJson({
      material: target.id,
      kind: 'mistake',
      text,
      name: 'Bản Mế, 0987.654.321',
      altcha: await solved(),
    })
    expect(answer.status).toBe(201)
    expect(answer.body.message).toContain('Đã gửi góp ý')
    const [item] = await items(target.id)
    expect(item?.text).toBe(text)
    expect(item?.status).toBe('new')
    expect(item?.kind).toBe('mistake')
    expect(item?.via).toBe('js')
    expect(item?.publicText).toContain('<script>alert("x")</script>')
    for (const secret of ['0912 345 678', '98 765 4321', '001099012345', 'ten.toi@gmail.com'])
      expect(item?.publicText).not.toContain(secret)
    expect(item?.publicText.match(/\[đã ẩn\]/g)).toHaveLength(4)
    expect(item?.name).toBe('Bản Mế, [đã ẩn]')
    expect(((item?.personalData ?? []) as { kind: string }[]).map((entry) => entry.kind).sort()).toEqual([
      'email',
      'id-number',
      'phone',
      'phone',
    ])
    expect(((item?.flags ?? { abuseWords: [] }) as { abuseWords: string[] }).abuseWords.sort()).toEqual([
      'vcl',
      'đồ ngu',
    ])
  })

  it('a contact is kept apart, with consent only; a procedure item has no unit', async () => {
    const target = await fresh()
    const answer = await postJson({
      material: target.id,
      text: QUESTION,
      contact: 'ten.toi@gmail.com',
      consent: true,
      altcha: await solved(),
    })
    expect(answer.status).toBe(201)
    const [item] = await items(target.id)
    expect(item?.wantsPrivateAnswer).toBe(true)
    expect(String(item?.unit)).toBe(
      String(target.ownerUnit && typeof target.ownerUnit === 'object' ? target.ownerUnit.id : target.ownerUnit),
    )
    const contacts = await payload.find({ collection: 'feedback-contacts', where: { feedback: { equals: item!.id } } })
    expect(contacts.docs.map((doc) => doc.contact)).toEqual(['ten.toi@gmail.com'])
    expect((await anonymous.get<{ docs?: unknown[] }>('/feedback-contacts')).body.docs ?? []).toHaveLength(0)

    const aboutProcedure = await postJson({ procedure: procedure.id, text: QUESTION, altcha: await solved() })
    expect(aboutProcedure.status).toBe(201)
    const stored = await payload.find({
      collection: 'feedback',
      where: { procedure: { equals: procedure.id } },
      depth: 0,
    })
    expect(stored.docs).toHaveLength(1)
    expect(stored.docs[0]?.unit ?? null).toBeNull()
  })

  it('without JavaScript: a confirmation page, a time lock, then a 303 back to the page’s thank-you note', async () => {
    const target = await fresh()
    const address = freshAddress()
    const back = `/thu-vien/tai-lieu/${target.slug}/`
    const first = await postForm(
      { material: String(target.id), text: `${QUESTION} <b>đậm</b>`, name: 'Thôn 3', back },
      address,
    )
    expect(first.status).toBe(200)
    expect(first.headers.get('content-type')).toContain('text/html')
    expect(first.html).toContain('Xác nhận gửi góp ý')
    expect(first.html).toContain('&lt;b&gt;đậm&lt;/b&gt;')
    expect(first.html).not.toContain('<b>đậm</b>')
    const confirmed = formFields(first.html)
    expect(confirmed.ticket).toBeTruthy()
    expect(confirmed.text).toBe(`${QUESTION} <b>đậm</b>`)

    const early = await postForm(confirmed, address)
    expect(early.status).toBe(200)
    expect(early.html).toMatch(/chờ thêm \d+ giây/)
    expect(await items(target.id)).toHaveLength(0)

    later((TICKET_MIN_AGE_SECONDS + 1) * 1000)
    const changed = await postForm({ ...confirmed, text: `${QUESTION} sửa` }, address)
    expect(changed.html).toContain('Nội dung đã thay đổi')
    expect(await items(target.id)).toHaveLength(0)

    const sent = await postForm(confirmed, address)
    expect(sent.status).toBe(303)
    // On the site's host (SITE_URL's, when the CMS knows it; else the request's own, behind nginx).
    const location = new URL(sent.headers.get('location') ?? '', 'http://site.invalid')
    expect(location.pathname + location.search + location.hash).toBe(`${back}#gop-y-da-gui`)
    const [item] = await items(target.id)
    expect(item?.via).toBe('no-js')
    expect(item?.text).toBe(`${QUESTION} <b>đậm</b>`)

    const again = await postForm(confirmed, freshAddress())
    expect(again.status).toBe(409)
    expect(again.html).toContain('đã được gửi rồi')
    expect(await items(target.id)).toHaveLength(1)
  })

  it('without JavaScript a refusal is a Vietnamese page that keeps the text and leads back', async () => {
    const target = await fresh()
    const back = `/tai-lieu/${target.slug}/`
    const refused = await postForm({ material: String(target.id), text: 'ngắn <i>', back })
    expect(refused.status).toBe(400)
    expect(refused.html).toContain('Góp ý chưa được gửi')
    expect(refused.html).toContain('ít nhất 10 ký tự')
    expect(refused.html).toContain('>ngắn &lt;i&gt;</textarea>')
    expect(refused.html).toContain(`href="${back}"`)

    const address = freshAddress()
    for (let index = 0; index < POSTS_PER_ADDRESS_PER_MINUTE; index++)
      await postForm({ material: String(target.id), text: QUESTION, back }, address)
    const flooded = await postForm({ material: String(target.id), text: QUESTION, back }, address)
    expect(flooded.status).toBe(429)
    expect(Number(flooded.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(flooded.html).toContain(QUESTION)
    expect(await items(target.id)).toHaveLength(0)
  })

  it('anonymous REST and GraphQL cannot create, cannot read a new item, and never see staff fields', async () => {
    const target = await fresh()
    const rest = await anonymous.rest<{ doc?: unknown }>('POST', '/feedback', {
      material: target.id,
      text: QUESTION,
      publicText: QUESTION,
      status: 'answered',
      answerState: 'approved',
    })
    expect(rest.status).toBe(400)
    const graphql = await anonymous.graphql(
      `mutation { createFeedback(data: { text: "x", publicText: "x", kind: question }) { id } }`,
    )
    expect(graphql.body.errors?.length ?? 0).toBeGreaterThan(0)
    expect(await items(target.id)).toHaveLength(0)

    expect(
      (await postJson({ material: target.id, text: `${QUESTION} 0912 345 678`, altcha: await solved() })).status,
    ).toBe(201)
    const [item] = await items(target.id)
    const read = () =>
      anonymous.get<{ docs: Record<string, unknown>[] }>('/feedback', { where: { id: { equals: item!.id } } })
    expect((await read()).body.docs).toHaveLength(0)

    await payload.update({
      collection: 'feedback',
      id: item!.id,
      data: { status: 'answered', answerState: 'approved', answer: 'Chụp rõ hai mặt.', answeredBy: 'Xã thử' },
    })
    const [shown] = (await read()).body.docs
    expect(shown?.publicText).toBe(`${QUESTION} [đã ẩn]`)
    for (const hidden of [
      'text',
      'personalData',
      'flags',
      'unit',
      'status',
      'answerState',
      'wantsPrivateAnswer',
      'via',
    ])
      expect(shown, hidden).not.toHaveProperty(hidden)
    const probe = await anonymous.get<{ docs?: unknown[] }>('/feedback', { where: { text: { like: '0912' } } })
    expect(probe.body.docs ?? []).toHaveLength(0)
  })

  it('«Có / Không» is counted per material and per procedure through the usage beacon', async () => {
    const target = await fresh()
    const beacon = (body: unknown): Promise<Response> =>
      handleUsageBeacon(
        payload,
        new Request('http://localhost:3000/api/usage', {
          method: 'POST',
          headers: { 'content-type': 'text/plain', 'user-agent': BROWSER, 'x-forwarded-for': freshAddress() },
          body: JSON.stringify(body),
        }),
      )
    const day = new Date().toLocaleDateString('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' })
    const before = await helpfulnessTotals(payload, { from: day, to: day })
    for (const body of [
      { p: procedure.id, e: 'helpful' },
      { p: procedure.id, e: 'helpful' },
      { p: procedure.id, e: 'not-helpful' },
      { m: target.id, e: 'helpful' },
    ])
      expect((await beacon(body)).status).toBe(204)
    expect((await beacon({ p: procedure.id, e: 'view' })).status).toBe(400)
    expect((await beacon({ p: procedure.id, m: target.id, e: 'helpful' })).status).toBe(400)
    expect((await beacon({ p: 999_999_999, e: 'helpful' })).status).toBe(400)
    await flushUsage()
    const after = await helpfulnessTotals(payload, { from: day, to: day })
    const was = before.procedures.get(String(procedure.id)) ?? { helpful: 0, notHelpful: 0 }
    expect(after.procedures.get(String(procedure.id))).toEqual({
      helpful: was.helpful + 2,
      notHelpful: was.notHelpful + 1,
    })
    expect(after.materials.get(String(target.id))).toEqual({ helpful: 1, notHelpful: 0 })
  })
})
