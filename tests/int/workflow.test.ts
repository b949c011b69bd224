/**
 * The review workflow as the people in it see it: a unit contributor submits,
 * a reviewer returns with a comment or approves, and approval publishes exactly
 * what was submitted (or waits for the valid-from date).
 */
import type { Payload } from 'payload'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'

import { MY_WORK_LIMIT, findMyWork, lastReturnComment } from '@dvctt/cms/collections/Materials/workflow/myWork'
import { resetClock, setClock } from '@dvctt/cms/lib/clock'
import type { Material, Unit, User } from '@dvctt/cms/payload-types'

import { describeWithDatabase, getTestPayload } from '../support/cms'
import { type Fixtures, createUserInUnit, fixtures } from '../support/factories'
import { CmsHttpClient } from '../support/http'

type ErrorBody = { errors: { message: string }[] }
type ActionBody = {
  message: string
  doc: { id: Material['id']; workflowStatus: Material['workflowStatus']; published: boolean }
}
type StateBody = {
  workflowStatus: string
  label: string
  published: boolean
  reviewLog: { action: string; byName: string; at: string; comment: string | null }[]
  can: { submit: boolean; return: boolean; approve: boolean; withdraw: boolean }
}

describeWithDatabase('review workflow', () => {
  let payload: Payload
  let make: Fixtures
  let unit: Unit
  let otherUnit: Unit
  let contributorUser: User
  let reviewerUser: User
  const contributor = new CmsHttpClient()
  const otherContributor = new CmsHttpClient()
  const reviewer = new CmsHttpClient()
  const editor = new CmsHttpClient()
  const anonymous = new CmsHttpClient()

  const latest = (id: Material['id']): Promise<Material> =>
    payload.findByID({ collection: 'materials', id, draft: true, depth: 0 })
  const live = (id: Material['id']): Promise<Material> =>
    payload.findByID({ collection: 'materials', id, draft: false, depth: 0 })
  const act = (
    client: CmsHttpClient,
    id: Material['id'],
    action: 'submit' | 'return' | 'approve' | 'withdraw',
    body: object = {},
  ) => client.post<ActionBody & ErrorBody>(`/materials/${id}/${action}`, body)

  /** A draft of the contributor's unit, already submitted for review. */
  const submittedDraft = async (overrides: Parameters<Fixtures['createDraftMaterial']>[0] = {}): Promise<Material> => {
    const draft = await make.createDraftMaterial({ ownerUnit: unit.id, ...overrides })
    expect((await act(contributor, draft.id, 'submit')).status).toBe(200)
    return draft
  }

  beforeAll(async () => {
    payload = await getTestPayload()
    make = fixtures(payload)
    unit = await make.createUnit()
    otherUnit = await make.createUnit()
    const c = await createUserInUnit(payload, 'contributor', unit.id)
    contributorUser = c.user
    await contributor.login(c.login.email, c.login.password)
    const other = await createUserInUnit(payload, 'contributor', otherUnit.id)
    await otherContributor.login(other.login.email, other.login.password)
    const r = await make.createUser('reviewer')
    reviewerUser = r.user
    await reviewer.login(r.login.email, r.login.password)
    const e = await make.createUser('editor')
    await editor.login(e.login.email, e.login.password)
  })

  afterEach(resetClock)

  it('submit → return with a comment → fix and resubmit → approve: the fixed draft is what goes live', async () => {
    const draft = await make.createDraftMaterial({
      ownerUnit: unit.id,
      summary: 'Bản nháp đầu tiên, còn thiếu bước nộp lệ phí.',
    })
    expect((await latest(draft.id)).workflowStatus).toBe('draft')

    const submitted = await act(contributor, draft.id, 'submit')
    expect(submitted.status).toBe(200)
    expect(submitted.body.doc.workflowStatus).toBe('submitted')

    const returned = await act(reviewer, draft.id, 'return', { comment: 'Bổ sung bước nộp lệ phí trực tuyến.' })
    expect(returned.status).toBe(200)
    expect((await latest(draft.id)).workflowStatus).toBe('returned')

    const fixedSummary = 'Các bước nộp hồ sơ và nộp lệ phí trực tuyến trên Cổng Dịch vụ công quốc gia.'
    const edited = await contributor.patch(`/materials/${draft.id}`, { summary: fixedSummary }, { draft: true })
    expect(edited.status).toBe(200)
    expect((await latest(draft.id)).workflowStatus).toBe('returned')
    expect((await act(contributor, draft.id, 'submit')).status).toBe(200)

    // The comment stays in the history after resubmission, visible to the contributor.
    const state = await contributor.get<StateBody>(`/materials/${draft.id}/workflow`)
    expect(state.status).toBe(200)
    expect(state.body.workflowStatus).toBe('submitted')
    expect(state.body.reviewLog.map((entry) => entry.action)).toEqual(['submit', 'return', 'submit'])
    expect(state.body.reviewLog[1]?.comment).toBe('Bổ sung bước nộp lệ phí trực tuyến.')
    expect(state.body.reviewLog[1]?.byName).toBe(reviewerUser.name)

    const approved = await act(reviewer, draft.id, 'approve')
    expect(approved.status).toBe(200)
    expect(approved.body.doc).toMatchObject({ workflowStatus: 'approved', published: true })

    const published = await live(draft.id)
    expect(published._status).toBe('published')
    expect(published.workflowStatus).toBe('approved')
    expect(published.summary).toBe(fixedSummary)
    const submittedVersion = await latest(draft.id)
    expect(published.title).toBe(submittedVersion.title)
    expect(published.body).toEqual(submittedVersion.body)

    // The public sees the material, never its review state or comments.
    const publicView = await anonymous.get<Record<string, unknown>>(`/materials/${draft.id}`)
    expect(publicView.status).toBe(200)
    expect(publicView.body.summary).toBe(fixedSummary)
    expect(publicView.text).not.toContain('workflowStatus')
    expect(publicView.text).not.toContain('Bổ sung bước nộp lệ phí')
  })

  it('returning without a comment is refused with 400 and leaves the material waiting for review', async () => {
    const draft = await submittedDraft()
    for (const body of [{}, { comment: '   ' }]) {
      const response = await act(reviewer, draft.id, 'return', body)
      expect(response.status).toBe(400)
      expect(response.body.errors[0]?.message).toMatch(/Hãy ghi ý kiến khi trả lại/)
    }
    expect((await latest(draft.id)).workflowStatus).toBe('submitted')
  })

  describe.each([
    { action: 'approve', from: 'draft' },
    { action: 'return', from: 'draft' },
    { action: 'submit', from: 'submitted' },
    { action: 'approve', from: 'approved' },
    { action: 'submit', from: 'approved' },
  ] as const)('$action from $from', ({ action, from }) => {
    it('is refused with 409 and a Vietnamese message; nothing changes', async () => {
      const material =
        from === 'draft'
          ? await make.createDraftMaterial({ ownerUnit: unit.id })
          : from === 'submitted'
            ? await submittedDraft()
            : await make.createPublishedMaterial({ ownerUnit: unit.id })
      const client = action === 'submit' ? contributor : reviewer
      const response = await act(client, material.id, action, { comment: 'Thử chuyển trạng thái sai.' })
      expect(response.status).toBe(409)
      expect(response.body.errors[0]?.message).toContain('Tài liệu giữ nguyên')
      expect((await latest(material.id)).workflowStatus).toBe(from)
    })
  })

  it('a contributor cannot approve or return, even their own unit’s material (403)', async () => {
    const draft = await submittedDraft()
    expect((await act(contributor, draft.id, 'approve')).status).toBe(403)
    const returned = await act(contributor, draft.id, 'return', { comment: 'Tự trả lại.' })
    expect(returned.status).toBe(403)
    expect(returned.body.errors[0]?.message).toMatch(/không có quyền/)
    expect((await live(draft.id))._status).toBe('draft')
    expect((await latest(draft.id)).workflowStatus).toBe('submitted')
  })

  it('nobody signed out can take a review step (403)', async () => {
    const draft = await submittedDraft()
    for (const action of ['submit', 'return', 'approve'] as const) {
      expect((await act(anonymous, draft.id, action, { comment: 'x' })).status).toBe(403)
    }
    expect((await anonymous.get(`/materials/${draft.id}/workflow`)).status).toBe(403)
  })

  it('a contributor of another unit cannot submit this unit’s draft (403)', async () => {
    const draft = await make.createDraftMaterial({ ownerUnit: unit.id })
    expect((await act(otherContributor, draft.id, 'submit')).status).toBe(403)
    expect((await latest(draft.id)).workflowStatus).toBe('draft')
  })

  it('the review state cannot be written through the API, not even by an editor', async () => {
    const draft = await make.createDraftMaterial({ ownerUnit: unit.id })
    for (const client of [contributor, editor]) {
      const response = await client.patch(
        `/materials/${draft.id}`,
        { workflowStatus: 'approved', reviewLog: [] },
        { draft: true },
      )
      expect(response.status).toBe(200)
      expect((await latest(draft.id)).workflowStatus).toBe('draft')
    }
  })

  it('an approval before the valid-from date is scheduled: nothing is published yet', async () => {
    setClock(() => new Date('2026-03-01T08:00:00Z'))
    const draft = await submittedDraft({ validFrom: '2026-04-01T00:00:00.000Z' })
    const response = await act(reviewer, draft.id, 'approve')
    expect(response.status).toBe(200)
    expect(response.body.doc).toMatchObject({ workflowStatus: 'scheduled', published: false })
    expect(response.body.message).toContain('01/04/2026')
    expect((await live(draft.id))._status).toBe('draft')
    expect((await latest(draft.id)).workflowStatus).toBe('scheduled')
    expect((await anonymous.get(`/materials/${draft.id}`)).status).not.toBe(200)

    // Once the clock passes valid-from, approving a resubmitted draft publishes at once.
    setClock(() => new Date('2026-04-02T08:00:00Z'))
    const later = await submittedDraft({ validFrom: '2026-04-01T00:00:00.000Z' })
    expect((await act(reviewer, later.id, 'approve')).body.doc).toMatchObject({
      workflowStatus: 'approved',
      published: true,
    })
  })

  it('a direct publish through REST is an approval: refused unless it waits for review, then written into the history', async () => {
    const draft = await make.createDraftMaterial({ ownerUnit: unit.id })
    const refused = await editor.patch<ErrorBody>(`/materials/${draft.id}`, { _status: 'published' })
    expect(refused.status).toBe(409)
    expect(refused.body.errors[0]?.message).toContain('«Duyệt và xuất bản»')
    expect((await live(draft.id))._status).toBe('draft')

    // Returned to its authors: not publishable either (the ordinary publish button was offered here).
    await act(contributor, draft.id, 'submit')
    await act(reviewer, draft.id, 'return', { comment: 'Thiếu nguồn.' })
    const onReturned = await editor.patch<ErrorBody>(`/materials/${draft.id}`, { _status: 'published' })
    expect(onReturned.status).toBe(409)
    expect(onReturned.body.errors[0]?.message).toContain('«Trả lại»')

    await act(contributor, draft.id, 'submit')
    const response = await editor.patch(`/materials/${draft.id}`, { _status: 'published' })
    expect(response.status).toBe(200)
    expect(await live(draft.id)).toMatchObject({ _status: 'published', workflowStatus: 'approved' })
    const state = await contributor.get<StateBody>(`/materials/${draft.id}/workflow`)
    expect(state.body.reviewLog.map((entry) => entry.action)).toEqual(['submit', 'return', 'submit', 'approve'])

    // A new draft of an approved material needs review again.
    await editor.patch(`/materials/${draft.id}`, { summary: 'Bản sửa chưa duyệt.' }, { draft: true })
    expect((await latest(draft.id)).workflowStatus).toBe('draft')
    expect((await live(draft.id)).workflowStatus).toBe('approved')
  })

  it('a published material with a pending draft stays live unchanged while its draft is reviewed', async () => {
    const { published } = await make.createPublishedMaterialWithPendingDraft(
      { ownerUnit: unit.id, summary: 'Bản đang công khai.' },
      { summary: 'Bản sửa đang chờ duyệt.' },
    )
    expect((await act(contributor, published.id, 'submit')).status).toBe(200)
    expect((await act(reviewer, published.id, 'return', { comment: 'Chưa đúng mẫu.' })).status).toBe(200)
    expect(await live(published.id)).toMatchObject({ _status: 'published', summary: 'Bản đang công khai.' })
    expect((await act(contributor, published.id, 'submit')).status).toBe(200)
    expect((await act(reviewer, published.id, 'approve')).status).toBe(200)
    expect(await live(published.id)).toMatchObject({ _status: 'published', summary: 'Bản sửa đang chờ duyệt.' })
  })

  it('a contributor cannot edit while it waits; withdrawing («Rút lại để sửa») is explicit and in the history', async () => {
    const draft = await submittedDraft()
    const refused = await contributor.patch<ErrorBody>(
      `/materials/${draft.id}`,
      { summary: 'Sửa sau khi gửi.' },
      { draft: true },
    )
    expect(refused.status).toBe(409)
    expect(refused.body.errors[0]?.message).toContain('đang chờ duyệt nên chưa sửa được')
    expect(refused.body.errors[0]?.message).toContain('«Rút lại để sửa»')
    expect(await latest(draft.id)).toMatchObject({ workflowStatus: 'submitted', summary: draft.summary })

    // A reviewer's own fix keeps it in the queue.
    expect(
      (await editor.patch(`/materials/${draft.id}`, { summary: 'Biên tập viên sửa lỗi chính tả.' }, { draft: true }))
        .status,
    ).toBe(200)
    expect((await latest(draft.id)).workflowStatus).toBe('submitted')

    expect((await act(otherContributor, draft.id, 'withdraw')).status).toBe(403)
    const withdrawn = await act(contributor, draft.id, 'withdraw')
    expect(withdrawn.status).toBe(200)
    expect(withdrawn.body.doc.workflowStatus).toBe('draft')
    const state = await reviewer.get<StateBody>(`/materials/${draft.id}/workflow`)
    expect(state.body.reviewLog.map((entry) => entry.action)).toEqual(['submit', 'withdraw'])
    expect(state.body.can.approve).toBe(false)
    expect((await act(reviewer, draft.id, 'approve')).status).toBe(409)
    expect(
      (await contributor.patch(`/materials/${draft.id}`, { summary: 'Sửa sau khi rút lại.' }, { draft: true })).status,
    ).toBe(200)
    expect((await act(contributor, draft.id, 'withdraw')).status).toBe(409)
  })

  it('"Việc của tôi": reviewers get the review queue, contributors their returned items and drafts', async () => {
    const waiting = await submittedDraft()
    const sentBack = await submittedDraft()
    await act(reviewer, sentBack.id, 'return', { comment: 'Thiếu ảnh bìa.' })
    const ownDraft = await make.createDraftMaterial({ ownerUnit: unit.id })

    const forReviewer = await findMyWork(payload, reviewerUser)
    const queueIds = forReviewer.queue.map((doc) => doc.id)
    const allWaiting = await payload.find({
      collection: 'materials',
      where: { workflowStatus: { equals: 'submitted' } },
      draft: true,
      pagination: false,
      depth: 0,
    })
    expect(forReviewer.queueTotal).toBe(allWaiting.totalDocs)
    // Oldest first: other test files may leave more than a dashboard's worth waiting, and then the newest is counted, not listed.
    if (forReviewer.queueTotal <= MY_WORK_LIMIT) expect(queueIds).toContain(waiting.id)
    else {
      expect(queueIds).toHaveLength(MY_WORK_LIMIT)
      const waitingSince = (await latest(waiting.id)).updatedAt
      expect(forReviewer.queue.every((doc) => doc.updatedAt <= waitingSince)).toBe(true)
    }
    expect(queueIds).not.toContain(sentBack.id)
    expect(queueIds).not.toContain(ownDraft.id)
    expect(forReviewer.returned).toEqual([])

    const forContributor = await findMyWork(payload, contributorUser)
    expect(forContributor.queue).toEqual([])
    const returned = forContributor.returned.find((doc) => doc.id === sentBack.id)
    expect(returned && lastReturnComment(returned)).toBe('Thiếu ảnh bìa.')
    expect(forContributor.drafts.map((doc) => doc.id)).toContain(ownDraft.id)
    expect(forContributor.drafts.map((doc) => doc.id)).not.toContain(waiting.id)
  })

  it('the review panel offers each person only the steps they may take now', async () => {
    const draft = await make.createDraftMaterial({ ownerUnit: unit.id })
    expect((await contributor.get<StateBody>(`/materials/${draft.id}/workflow`)).body.can).toEqual({
      submit: true,
      return: false,
      approve: false,
      withdraw: false,
    })
    await act(contributor, draft.id, 'submit')
    expect((await contributor.get<StateBody>(`/materials/${draft.id}/workflow`)).body.can).toEqual({
      submit: false,
      return: false,
      approve: false,
      withdraw: true,
    })
    const forReviewer = await reviewer.get<StateBody>(`/materials/${draft.id}/workflow`)
    expect(forReviewer.body).toMatchObject({ label: 'Chờ duyệt', can: { submit: false, return: true, approve: true } })
  })
})
