/**
 * Moderating citizen feedback (issue 19) as staff meet it: each unit's queue, a contributor's answer
 * reviewed before it is public, the rebuild it requests, «Cần cập nhật» on a reported material, and
 * the contacts for a private answer deleted by the scheduled job once 90 days have passed.
 */
import { createLocalReq, type Payload } from 'payload'
import { afterEach, beforeAll, expect, it } from 'vitest'

import { materialsNeedingUpdate } from '@dvctt/cms/feedback/moderation/needsUpdate'
import { deleteExpiredContacts } from '@dvctt/cms/jobs/deleteExpiredContacts'
import { resetClock, setClock } from '@dvctt/cms/lib/clock'
import type { Feedback, Material, Unit } from '@dvctt/cms/payload-types'

import { describeWithDatabase, getTestPayload } from '../support/cms'
import { type Fixtures, fixtures, uniqueSuffix } from '../support/factories'
import { feedbackItems } from '../support/feedbackItems'
import { CmsHttpClient } from '../support/http'

type Id = string | number
const DAY = 86_400_000

describeWithDatabase('moderating citizen feedback', () => {
  let payload: Payload
  let make: Fixtures
  let items: ReturnType<typeof feedbackItems>
  let unitA: Unit
  let unitB: Unit
  let material: Material
  let otherMaterial: Material
  const contributor = new CmsHttpClient()
  const reviewer = new CmsHttpClient()
  const editor = new CmsHttpClient()
  const anonymous = new CmsHttpClient()

  const stored = (id: Id): Promise<Feedback> => payload.findByID({ collection: 'feedback', id, depth: 0 })
  const changesFor = async (materialId: Id, reason: string) =>
    (
      await payload.find({
        collection: 'site-changes',
        where: { and: [{ material: { equals: String(materialId) } }, { reason: { equals: reason } }] },
        overrideAccess: true,
        pagination: false,
      })
    ).docs

  beforeAll(async () => {
    payload = await getTestPayload()
    make = fixtures(payload)
    items = feedbackItems(payload)
    unitA = await make.createUnit({ name: `Xã Nậm Tăm ${uniqueSuffix()}` })
    unitB = await make.createUnit()
    material = await make.createPublishedMaterial({ ownerUnit: unitA.id })
    otherMaterial = await make.createPublishedMaterial({ ownerUnit: unitB.id })
    const login = async (client: CmsHttpClient, role: 'contributor' | 'reviewer' | 'editor', unit?: Id) => {
      const { login } =
        unit === undefined ? await make.createUser(role) : await make.createUnitUser(role, unit as Unit['id'])
      await client.login(login.email, login.password)
    }
    await login(contributor, 'contributor', unitA.id)
    await login(reviewer, 'reviewer')
    await login(editor, 'editor')
  })

  afterEach(resetClock)

  it("a contributor's queue holds their unit's items only; the province's reviewer sees every unit's", async () => {
    const ours = await items.createItem({ material: material.id, unit: unitA.id })
    const theirs = await items.createItem({ material: otherMaterial.id, unit: unitB.id })
    const ids = async (client: CmsHttpClient) =>
      (
        await client.get<{ docs: Feedback[] }>('/feedback', {
          where: { id: { in: [ours.id, theirs.id] } },
          depth: 0,
        })
      ).body.docs.map((doc) => String(doc.id))
    expect(await ids(contributor)).toEqual([String(ours.id)])
    expect((await ids(reviewer)).sort()).toEqual([String(ours.id), String(theirs.id)].sort())
    const refused = await contributor.patch(`/feedback/${theirs.id}`, { answer: 'Trả lời hộ', status: 'answered' })
    expect([403, 404]).toContain(refused.status)
    expect((await stored(theirs.id)).answer ?? null).toBeNull()
  })

  it("a contributor's answer waits for review off the public page; the reviewer's save publishes it and rebuilds the material's pages", async () => {
    const item = await items.createItem({ material: material.id, unit: unitA.id })
    const answer = `Bạn mở Cổng Dịch vụ công, chọn «Khai sinh». ${uniqueSuffix()}`
    const sent = await contributor.patch(`/feedback/${item.id}`, { answer, status: 'answered' })
    expect(sent.status).toBe(200)
    let doc = await stored(item.id)
    expect([doc.answerState, doc.answeredBy]).toEqual(['pending', unitA.name])
    expect(doc.answeredAt ?? null).toBeNull()
    expect(
      (await anonymous.get<{ docs: Feedback[] }>('/feedback', { where: { id: { equals: item.id } } })).body.docs,
    ).toEqual([])
    expect(await changesFor(material.id, 'feedback:answer')).toHaveLength(0)

    // A contributor cannot approve their own answer, even by asking for it.
    await contributor.patch(`/feedback/${item.id}`, { answerState: 'approved' })
    expect((await stored(item.id)).answerState).toBe('pending')

    expect((await reviewer.patch(`/feedback/${item.id}`, {})).status).toBe(200)
    doc = await stored(item.id)
    expect([doc.answerState, doc.answeredBy]).toEqual(['approved', unitA.name])
    expect(Date.now() - Date.parse(doc.answeredAt ?? '')).toBeLessThan(60_000)
    const shown = await anonymous.get<{ docs: Record<string, unknown>[] }>('/feedback', {
      where: { id: { equals: item.id } },
      depth: 0,
    })
    expect(shown.body.docs).toHaveLength(1)
    expect(shown.body.docs[0]).toMatchObject({ answer, answeredBy: unitA.name })
    expect(shown.body.docs[0]).not.toHaveProperty('text')
    expect(await changesFor(material.id, 'feedback:answer')).toHaveLength(1)

    // Taking it back off the page (status «Mới») requests a rebuild too, and hides it.
    expect((await reviewer.patch(`/feedback/${item.id}`, { status: 'new' })).status).toBe(200)
    expect((await stored(item.id)).answerState).toBe('draft')
    expect(await changesFor(material.id, 'feedback:unpublish')).toHaveLength(1)
    expect(
      (await anonymous.get<{ docs: Feedback[] }>('/feedback', { where: { id: { equals: item.id } } })).body.docs,
    ).toEqual([])
  })

  it("an editor's answer is public at once; «answered» without an answer is refused in Vietnamese, nothing saved", async () => {
    const item = await items.createItem({ material: material.id, unit: unitA.id })
    const empty = await editor.patch(`/feedback/${item.id}`, { status: 'answered' })
    expect(empty.status).toBe(400)
    expect(empty.text).toContain('Hãy viết câu trả lời trước khi chọn')
    expect((await stored(item.id)).status).toBe('new')

    expect((await editor.patch(`/feedback/${item.id}`, { status: 'answered', answer: 'Đã sửa tờ rơi.' })).status).toBe(
      200,
    )
    expect((await stored(item.id)).answerState).toBe('approved')
  })

  it('«Cần cập nhật»: set by an open mistake report, cleared by closing it or by publishing the material again', async () => {
    const reported = await make.createPublishedMaterial({ ownerUnit: unitA.id })
    const flagged = async () => (await materialsNeedingUpdate(payload, { materials: [reported.id] }))[0]?.reports ?? 0
    const question = await items.createItem({ material: reported.id, unit: unitA.id })
    expect(await flagged()).toBe(0)
    const first = await items.createItem({ material: reported.id, unit: unitA.id, kind: 'mistake' })
    await items.createItem({ material: reported.id, unit: unitA.id, kind: 'mistake' })
    expect(await flagged()).toBe(2)
    expect(
      (await editor.patch(`/feedback/${first.id}`, { status: 'answered', answer: 'Cảm ơn, đã sửa.' })).status,
    ).toBe(200)
    expect(await flagged()).toBe(1)
    expect(question.id).toBeDefined()

    // The editor corrects the material and publishes it again: the remaining report counts as handled.
    await payload.update({ collection: 'materials', id: reported.id, data: { summary: 'Tóm tắt đã sửa theo góp ý.' } })
    expect(await flagged()).toBe(0)
    // A contributor sees the flag of their unit's materials only.
    const stale = await make.createPublishedMaterial({ ownerUnit: unitB.id })
    await items.createItem({ material: stale.id, unit: unitB.id, kind: 'mistake' })
    const { user } = await make.createUnitUser('contributor', unitA.id)
    expect(
      (await materialsNeedingUpdate(payload, { user })).map((f: { material: { id: Id } }) => String(f.material.id)),
    ).not.toContain(String(stale.id))
  })

  it('a contact is kept until 90 days after the answer, then the scheduled job deletes it', async () => {
    const item = await items.createItem({ material: material.id, unit: unitA.id, wantsPrivateAnswer: true })
    const contact = await items.createContact(item.id, '0912 345 678')
    const answeredAt = new Date(Date.now() - 1000)
    setClock(() => answeredAt)
    expect(
      (await editor.patch(`/feedback/${item.id}`, { status: 'answered-private', answer: 'Chúng tôi đã gọi lại.' }))
        .status,
    ).toBe(200)
    resetClock()
    const kept = await payload.findByID({ collection: 'feedback-contacts', id: contact.id, depth: 0 })
    expect(kept.deleteAfter).toBe(new Date(answeredAt.getTime() + 90 * DAY).toISOString())

    const req = await createLocalReq({}, payload)
    setClock(() => new Date(answeredAt.getTime() + 89 * DAY))
    await deleteExpiredContacts(req)
    expect(await payload.count({ collection: 'feedback-contacts', where: { id: { equals: contact.id } } })).toEqual({
      totalDocs: 1,
    })
    setClock(() => new Date(answeredAt.getTime() + 90 * DAY + 60_000))
    expect((await deleteExpiredContacts(req)).deleted).toBeGreaterThanOrEqual(1)
    expect(await payload.count({ collection: 'feedback-contacts', where: { id: { equals: contact.id } } })).toEqual({
      totalDocs: 0,
    })
    // The item itself stays, answered.
    expect((await stored(item.id)).status).toBe('answered-private')
  })

  it('deleting an item deletes its contact with it', async () => {
    const item = await items.createItem({ material: material.id, unit: unitA.id, wantsPrivateAnswer: true })
    const contact = await items.createContact(item.id, 'nguoidan@example.com')
    expect((await editor.rest('DELETE', `/feedback/${item.id}`)).status).toBe(200)
    expect(await payload.count({ collection: 'feedback-contacts', where: { id: { equals: contact.id } } })).toEqual({
      totalDocs: 0,
    })
  })

  it('no public path reaches a contact, an unanswered item or the text as sent (REST and GraphQL)', async () => {
    const open = await items.createItem({ material: material.id, unit: unitA.id, wantsPrivateAnswer: true })
    const contact = await items.createContact(open.id, `bimat-${uniqueSuffix()}@example.com`)
    const shown = await items.createItem({
      material: material.id,
      unit: unitA.id,
      text: 'Số tôi là 0912345678, hỏi về khai sinh.',
      publicText: 'Số tôi là [đã ẩn], hỏi về khai sinh.',
      status: 'answered',
      answer: 'Đã trả lời.',
      answerState: 'approved',
    })
    expect((await anonymous.get(`/feedback-contacts/${contact.id}`)).status).toBe(403)
    const contacts = await anonymous.graphql<{ FeedbackContacts: { docs: unknown[] } | null }>(
      '{ FeedbackContacts { docs { contact } } }',
    )
    expect(contacts.body.data?.FeedbackContacts?.docs ?? []).toEqual([])
    expect(JSON.stringify(contacts.body)).not.toContain(contact.contact)

    const byId = async (id: Id) => {
      const found = await anonymous.graphql<{ Feedbacks: { docs: Record<string, unknown>[] } }>(
        `{ Feedbacks(where: { id: { equals: ${JSON.stringify(id)} } }) { docs { id publicText text unit { id } } } }`,
      )
      expect(found.body.errors ?? []).toEqual([])
      expect(JSON.stringify(found.body)).not.toContain('0912345678')
      return found.body.data?.Feedbacks.docs ?? []
    }
    expect(await byId(open.id)).toEqual([])
    const [doc] = await byId(shown.id)
    expect(doc?.publicText).toBe('Số tôi là [đã ẩn], hỏi về khai sinh.')
    expect(doc?.text ?? null).toBeNull()
    expect(doc?.unit ?? null).toBeNull()
  })
})
