/**
 * Outreach activities («Hoạt động tuyên truyền»): a unit contributor records their unit's activities and
 * sends them for review; the province returns (with a comment the contributor reads) or approves; only
 * approved ones reach reporting (`approvedActivities`). Bad input is refused with a Vietnamese reason and
 * nothing saved; evidence is never readable outside the activity's unit and the editorial team.
 * The role × action cells are in access-matrix.test.ts.
 */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { approvedActivities } from '@dvctt/cms/activities/query'
import type { Unit } from '@dvctt/cms/payload-types'

import { describeWithDatabase, getTestPayload } from '../support/cms'
import { type Fixtures, fixtures, uniqueSuffix } from '../support/factories'
import { HOSTILE_FILES } from '../support/hostileFiles'
import { CmsHttpClient } from '../support/http'
import { phonePhotoJpeg, taggedMp3 } from '../support/mediaFiles'

type Id = string | number
type ErrorBody = { errors?: { message: string; data?: { errors?: { path: string; message: string }[] } }[] }
type ActivityBody = { doc: { id: Id; title: string; unit: Id | { id: Id }; reviewState: string } }

/** Every message in a refusal, field errors included, as one string. */
const messagesOf = (body: unknown): string =>
  ((body as ErrorBody).errors ?? [])
    .flatMap((error) => [error.message, ...(error.data?.errors ?? []).map((e) => `${e.path}: ${e.message}`)])
    .join(' | ')

const idOf = (value: Id | { id: Id }): string => String(typeof value === 'object' ? value.id : value)

describeWithDatabase('outreach activities', () => {
  let payload: Payload
  let make: Fixtures
  let commune: Unit
  let otherCommune: Unit
  const contributor = new CmsHttpClient()
  const otherContributor = new CmsHttpClient()
  const reviewer = new CmsHttpClient()
  const anonymous = new CmsHttpClient()

  const count = async (): Promise<number> => (await payload.count({ collection: 'outreach-activities' })).totalDocs

  const broadcast = (overrides: Record<string, unknown> = {}) => ({
    kind: 'loudspeaker',
    startDate: '2026-03-10T00:00:00.000Z',
    reach: { times: 3, minutes: 45, people: 900 },
    place: `Bản Nậm Tăm ${uniqueSuffix()}`,
    ...overrides,
  })

  beforeAll(async () => {
    payload = await getTestPayload()
    make = fixtures(payload)
    commune = await make.createUnit({ name: `Xã Sìn Hồ ${uniqueSuffix()}` })
    otherCommune = await make.createUnit()
    const logins = [
      [contributor, await make.createUnitUser('contributor', commune.id)],
      [otherContributor, await make.createUnitUser('contributor', otherCommune.id)],
      [reviewer, await make.createUser('reviewer')],
    ] as const
    for (const [client, { login }] of logins) await client.login(login.email, login.password)
  })

  describe('the review path', () => {
    it('draft → submitted (locked) → returned with a comment the contributor reads → approved (locked), each step recorded', async () => {
      const created = await contributor.post<ActivityBody>('/outreach-activities', broadcast())
      expect(created.status, messagesOf(created.body)).toBe(201)
      const { id } = created.body.doc
      // The unit defaults to the contributor's own; the title says what, who and when.
      expect(idOf(created.body.doc.unit)).toBe(String(commune.id))
      expect(created.body.doc.title).toBe(`Phát thanh trên loa truyền thanh xã · ${commune.name} · 10/03/2026`)
      expect(created.body.doc.reviewState).toBe('draft')

      expect((await contributor.post(`/outreach-activities/${id}/submit`, {})).status).toBe(200)
      const locked = await contributor.patch(`/outreach-activities/${id}`, { note: 'Sửa khi đang chờ' })
      expect(locked.status).toBe(409)
      expect(messagesOf(locked.body)).toContain('đang chờ duyệt nên chưa sửa được')

      const noComment = await reviewer.post(`/outreach-activities/${id}/return`, {})
      expect(noComment.status).toBe(400)
      expect(messagesOf(noComment.body)).toContain('Hãy ghi ý kiến khi trả lại')
      const comment = 'Thiếu số người nghe ở bản Nậm Cha; bổ sung ảnh chụp loa.'
      expect((await reviewer.post(`/outreach-activities/${id}/return`, { comment })).status).toBe(200)

      const returned = await contributor.get<{ reviewState: string; reviewComment: string }>(
        `/outreach-activities/${id}`,
      )
      expect(returned.body.reviewState).toBe('returned')
      expect(returned.body.reviewComment).toBe(comment)
      const panel = await contributor.get<{ label: string; reviewLog: { comment: string | null }[] }>(
        `/outreach-activities/${id}/workflow`,
      )
      expect(panel.body.label).toBe('Trả lại')
      expect(panel.body.reviewLog.map((entry) => entry.comment)).toContain(comment)

      expect((await contributor.patch(`/outreach-activities/${id}`, { reach: { people: 1200 } })).status).toBe(200)
      expect((await contributor.post(`/outreach-activities/${id}/submit`, {})).status).toBe(200)
      // Only the province decides.
      expect((await contributor.post(`/outreach-activities/${id}/approve`, {})).status).toBe(403)
      expect((await reviewer.post(`/outreach-activities/${id}/approve`, {})).status).toBe(200)

      const approvedEdit = await contributor.patch(`/outreach-activities/${id}`, { note: 'Sửa sau khi duyệt' })
      expect(approvedEdit.status).toBe(409)
      expect(messagesOf(approvedEdit.body)).toContain('đã được duyệt')
      expect([403, 404]).toContain((await contributor.rest('DELETE', `/outreach-activities/${id}`)).status)

      const { docs: audit } = await payload.find({
        collection: 'audit-log',
        where: { and: [{ collection: { equals: 'outreach-activities' } }, { docId: { equals: String(id) } }] },
        sort: 'at',
        pagination: false,
      })
      expect(audit.map((entry) => entry.action)).toEqual(['create', 'submit', 'return', 'update', 'submit', 'approve'])
      expect(audit.find((entry) => entry.action === 'return')?.comment).toBe(comment)
    })

    it('only approved activities count in approvedActivities, within the dates, units and kinds asked', async () => {
      const make = async (data: Record<string, unknown>, steps: ('submit' | 'approve' | 'return')[]) => {
        const { body } = await contributor.post<ActivityBody>('/outreach-activities', data)
        for (const step of steps)
          await (step === 'submit' ? contributor : reviewer).post(`/outreach-activities/${body.doc.id}/${step}`, {
            comment: 'Chưa đủ minh chứng',
          })
        return String(body.doc.id)
      }
      const approved = await make(broadcast({ startDate: '2026-04-01T00:00:00.000Z' }), ['submit', 'approve'])
      await make(broadcast({ startDate: '2026-04-02T00:00:00.000Z' }), ['submit', 'return'])
      await make(broadcast({ startDate: '2026-04-03T00:00:00.000Z' }), ['submit'])
      await make(broadcast({ startDate: '2026-04-04T00:00:00.000Z' }), [])
      const training = await make(
        { kind: 'training-team', startDate: '2026-04-05T00:00:00.000Z', reach: { people: 12 } },
        ['submit', 'approve'],
      )
      const ids = async (query: Partial<Parameters<typeof approvedActivities>[1]>) =>
        (
          await approvedActivities(payload, { from: '2026-04-01', to: '2026-04-30', units: [commune.id], ...query })
        ).map((activity) => String(activity.id))
      expect(await ids({})).toEqual([approved, training])
      expect(await ids({ kinds: ['training-team'] })).toEqual([training])
      expect(await ids({ from: '2026-04-02' })).toEqual([training])
      expect(await ids({ units: [otherCommune.id] })).toEqual([])
    })
  })

  it('figures that do not fit the kind are not kept (a broadcast has no printed copies)', async () => {
    const created = await contributor.post<{ doc: { reach: Record<string, number | null> } }>(
      '/outreach-activities',
      broadcast({ reach: { times: 2, copies: 500 } }),
    )
    expect(created.status).toBe(201)
    expect(created.body.doc.reach.times).toBe(2)
    expect(created.body.doc.reach.copies ?? null).toBeNull()
  })

  describe('who sees what', () => {
    it("another unit's contributor and the public neither read nor act on an activity", async () => {
      const { body } = await contributor.post<ActivityBody>('/outreach-activities', broadcast())
      const id = body.doc.id
      expect([403, 404]).toContain((await otherContributor.get(`/outreach-activities/${id}`)).status)
      expect([403, 404]).toContain((await otherContributor.post(`/outreach-activities/${id}/submit`, {})).status)
      const theirs = await otherContributor.post('/outreach-activities', broadcast({ unit: commune.id }))
      expect(theirs.status).toBe(403)
      expect(messagesOf(theirs.body)).toContain('Bạn chỉ được ghi hoạt động của đơn vị mình')
      expect([401, 403]).toContain((await anonymous.get('/outreach-activities')).status)
      expect([401, 403, 404]).toContain((await anonymous.get(`/outreach-activities/${id}`)).status)
    })

    it('evidence is read only by the unit and the province, and never becomes public, even if a material shows it', async () => {
      const photo = await contributor.upload<{ doc: { id: Id; filename: string } }>(
        '/media',
        { data: await phonePhotoJpeg(Date.now() % 1000), name: `loa-${uniqueSuffix()}.jpg`, mimetype: 'image/jpeg' },
        { alt: 'Ảnh loa truyền thanh' },
      )
      expect(photo.status, messagesOf(photo.body)).toBe(201)
      const fileId = photo.body.doc.id
      const created = await contributor.post<ActivityBody>(
        '/outreach-activities',
        broadcast({ evidence: [{ file: fileId, caption: 'Danh sách người nghe' }] }),
      )
      expect(created.status, messagesOf(created.body)).toBe(201)

      expect((await contributor.get(`/media/${fileId}`)).status).toBe(200)
      expect((await reviewer.get(`/media/${fileId}`)).status).toBe(200)
      expect([403, 404]).toContain((await otherContributor.get(`/media/${fileId}`)).status)
      expect([403, 404]).toContain((await anonymous.get(`/media/${fileId}`)).status)

      await make.createPublishedMaterial({ ownerUnit: commune.id, coverImage: fileId as number })
      const media = await payload.findByID({ collection: 'media', id: fileId, depth: 0 })
      expect(media.publiclyVisible).toBe(false)
      expect([403, 404]).toContain((await anonymous.get(`/media/${fileId}`)).status)
      const file = await anonymous.fetch(`/media/file/${photo.body.doc.filename}`)
      expect([403, 404]).toContain(file.status)
    })
  })

  describe('bad input: the reason in Vietnamese, nothing saved', () => {
    const cases: { what: string; data: () => Record<string, unknown>; says: RegExp }[] = [
      {
        what: 'a date in the future',
        data: () => broadcast({ startDate: new Date(Date.now() + 3 * 86_400_000).toISOString() }),
        says: /ở tương lai\. Chỉ ghi hoạt động đã diễn ra/,
      },
      {
        what: 'reach that is not a number',
        data: () => broadcast({ reach: { people: 'nhiều' } }),
        says: /phải là một số/,
      },
      { what: 'a negative reach', data: () => broadcast({ reach: { people: -5 } }), says: /số nguyên không âm/ },
      { what: 'a fractional reach', data: () => broadcast({ reach: { people: 12.5 } }), says: /số nguyên không âm/ },
      {
        what: 'an end before the start',
        data: () => broadcast({ endDate: '2026-03-01T00:00:00.000Z' }),
        says: /trước ngày bắt đầu/,
      },
      {
        what: 'evidence without a file or a link',
        data: () => broadcast({ evidence: [{ caption: 'Ảnh' }] }),
        says: /chưa có tệp hay đường liên kết/,
      },
      {
        what: 'evidence link that is not a web address',
        data: () => broadcast({ evidence: [{ url: 'javascript:alert(1)' }] }),
        says: /không phải địa chỉ web/,
      },
    ]
    it.each(cases)('$what', async ({ data, says }) => {
      const before = await count()
      const response = await contributor.post('/outreach-activities', data())
      expect(response.status).toBe(400)
      expect(messagesOf(response.body)).toMatch(says)
      expect(await count()).toBe(before)
    })

    it('evidence that fails the upload checks is refused at upload, naming the file; evidence of the wrong type at save', async () => {
      const hostile = HOSTILE_FILES[0]!
      const mediaBefore = (await payload.count({ collection: 'media' })).totalDocs
      const refused = await contributor.upload('/media', {
        data: await hostile.make(),
        name: hostile.name,
        mimetype: hostile.mimetype,
      })
      expect(refused.status).toBe(400)
      expect(messagesOf(refused.body)).toContain(hostile.name)
      expect((await payload.count({ collection: 'media' })).totalDocs).toBe(mediaBefore)

      const audio = await contributor.upload<{ doc: { id: Id } }>('/media', {
        data: taggedMp3(8, `minh-chung-${uniqueSuffix()}`),
        name: `ghi-am-${uniqueSuffix()}.mp3`,
        mimetype: 'audio/mpeg',
      })
      const before = await count()
      const response = await contributor.post(
        '/outreach-activities',
        broadcast({ evidence: [{ file: audio.body.doc.id }] }),
      )
      expect(response.status).toBe(400)
      expect(messagesOf(response.body)).toMatch(/không dùng làm minh chứng được/)
      expect(await count()).toBe(before)
    })
  })
})
