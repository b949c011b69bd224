/**
 * What the review workflow tells people while they wait: who reviews a
 * submitted material, the contributor's «Đang chờ duyệt» list, the reviewer's
 * queue with unit, submitter and waiting time, and whether an approved material
 * is on the public site yet (read from the site changes and site status the
 * rebuild job keeps; tests/e2e/workflow.test.ts watches a real build).
 */
import type { Payload } from 'payload'
import { afterEach, beforeAll, expect, it } from 'vitest'

import { findMyWork, lastSubmission } from '@dvctt/cms/collections/Materials/workflow/myWork'
import { publicationOf } from '@dvctt/cms/collections/Materials/workflow/publication'
import type { Material, Unit, User } from '@dvctt/cms/payload-types'
import { waitedFor } from '@dvctt/cms/vocabulary'

import { describeWithDatabase, getTestPayload } from '../support/cms'
import { type Fixtures, createUserInUnit, fixtures, uniqueSuffix } from '../support/factories'
import { CmsHttpClient } from '../support/http'

type StateBody = { workflowStatus: string; submittedAt: string | null; reviewers: string[] }

describeWithDatabase('review workflow: what people waiting are told', () => {
  let payload: Payload
  let make: Fixtures
  let province: Unit
  let commune: Unit
  let contributorUser: User
  let reviewerUser: User
  const contributor = new CmsHttpClient()
  const reviewer = new CmsHttpClient()

  const submit = async (): Promise<Material> => {
    const draft = await make.createDraftMaterial({ ownerUnit: commune.id, title: `Tờ rơi ${uniqueSuffix()}` })
    expect((await contributor.post(`/materials/${draft.id}/submit`, {})).status).toBe(200)
    return draft
  }
  const setSiteStatus = (data: Record<string, unknown>) =>
    payload.updateGlobal({ slug: 'site-status', data, overrideAccess: true })

  beforeAll(async () => {
    payload = await getTestPayload()
    make = fixtures(payload)
    province = await make.createUnit({ name: `Tỉnh thử ${uniqueSuffix()}`, type: 'province' })
    commune = await make.createUnit({ name: `Xã Thử ${uniqueSuffix()}`, type: 'commune', parent: province.id })
    const c = await createUserInUnit(payload, 'contributor', commune.id)
    contributorUser = c.user
    await contributor.login(c.login.email, c.login.password)
    const r = await make.createUnitUser('reviewer', province.id)
    reviewerUser = await payload.update({
      collection: 'users',
      id: r.user.id,
      data: { name: `Chị Duyệt ${uniqueSuffix()}` },
    })
    await reviewer.login(r.login.email, r.login.password)
  })

  afterEach(() =>
    setSiteStatus({ running: { since: null, mode: null }, lastError: { at: null, message: null, log: null } }),
  )

  it('after «Gửi duyệt» the author is told when it was sent and who reviews it, the unit’s reviewers first', async () => {
    const draft = await submit()
    const { body } = await contributor.get<StateBody>(`/materials/${draft.id}/workflow`)
    expect(body.workflowStatus).toBe('submitted')
    expect(body.submittedAt).not.toBeNull()
    expect(body.reviewers[0]).toBe(`${reviewerUser.name} (người duyệt, ${province.name})`)
  })

  it('«Việc của tôi»: the contributor’s «Đang chờ duyệt»; the reviewer’s queue has unit, submitter and waiting time', async () => {
    const draft = await submit()
    const forContributor = await findMyWork(payload, contributorUser)
    expect(forContributor.waiting.map((doc) => doc.id)).toContain(draft.id)
    expect(forContributor.drafts.map((doc) => doc.id)).not.toContain(draft.id)

    const forReviewer = await findMyWork(payload, reviewerUser)
    const queued = forReviewer.queue.find((doc) => doc.id === draft.id)
    if (!queued) return // more than a dashboard's worth wait (workflow.test.ts checks the order)
    expect(forReviewer.unitNames.get(String(commune.id))).toBe(commune.name)
    expect(lastSubmission(queued)?.byName).toBe(contributorUser.name)
    const sent = lastSubmission(queued)?.at ?? ''
    expect(waitedFor(sent, new Date(Date.parse(sent) + 3 * 3600_000 + 60_000))).toBe('chờ 3 giờ')
    expect(waitedFor(sent, new Date(Date.parse(sent) + 5 * 60_000))).toBe('chờ 5 phút')
  })

  it('an approved material is «waiting», then «building», then «live» only once its change was built and swapped in', async () => {
    const draft = await submit()
    expect(await publicationOf(payload, draft.id)).toEqual({ state: 'unpublished' })
    expect((await reviewer.post(`/materials/${draft.id}/approve`, {})).status).toBe(200)

    const waiting = await publicationOf(payload, draft.id)
    expect(waiting).toMatchObject({ state: 'waiting', afterCurrent: false })
    // The publish queued a rebuild: its start time is what the author reads.
    expect(waiting.state === 'waiting' && waiting.startsAt).toBeTruthy()

    // A build that began before the approval does not carry it.
    await setSiteStatus({ running: { since: new Date(Date.now() - 60_000).toISOString(), mode: 'full' } })
    expect(await publicationOf(payload, draft.id)).toMatchObject({ state: 'waiting', afterCurrent: true })

    await setSiteStatus({
      running: { since: new Date(Date.now() + 1000).toISOString(), mode: 'incremental' },
      lastSuccess: { at: new Date().toISOString(), seconds: 12 },
    })
    expect(await publicationOf(payload, draft.id)).toMatchObject({ state: 'building', estimateSeconds: 12 })

    // The job deletes the changes it built after the swap, then records the build.
    const later = new Date(Date.now() + 2000).toISOString()
    await payload.delete({
      collection: 'site-changes',
      where: { material: { equals: String(draft.id) } },
      overrideAccess: true,
    })
    await setSiteStatus({ running: { since: null, mode: null }, lastSuccess: { at: later, seconds: 12 } })
    const published = await payload.findByID({ collection: 'materials', id: draft.id, depth: 0 })
    expect(await publicationOf(payload, draft.id)).toEqual({
      state: 'live',
      at: later,
      url: `${(process.env.SITE_URL || 'http://localhost:4321').replace(/\/$/, '')}/tai-lieu/${published.slug}/`,
    })
  })

  it('a failed build that should have carried it is said, with its message', async () => {
    const draft = await submit()
    await reviewer.post(`/materials/${draft.id}/approve`, {})
    await setSiteStatus({
      lastError: { at: new Date(Date.now() + 60_000).toISOString(), message: 'Thiếu dung lượng đĩa.', log: '' },
    })
    expect(await publicationOf(payload, draft.id)).toMatchObject({ state: 'failed', message: 'Thiếu dung lượng đĩa.' })
    const answer = await contributor.get<{ state: string }>(`/materials/${draft.id}/publication`)
    expect(answer.body.state).toBe('failed')
  })
})
