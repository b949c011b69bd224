/**
 * Publishing changes what the public sees, so it queues a rebuild of the static
 * site; a burst of publishes must give one build, and a draft none. The jobs are
 * only inspected here, never run.
 */
import type { Payload } from 'payload'
import { beforeAll, beforeEach, expect, it } from 'vitest'

import type { Material, PayloadJob } from '@dvctt/cms/payload-types'
import { REBUILD_QUEUE, REBUILD_TASK } from '@dvctt/cms/jobs/rebuildSite'

import { describeWithDatabase, getTestPayload } from '../support/cms'
import { type Fixtures, fixtures } from '../support/factories'
import { CmsHttpClient } from '../support/http'

describeWithDatabase('site rebuild queuing', () => {
  let payload: Payload
  let make: Fixtures
  let ownerUnit: Material['ownerUnit']
  const admin = new CmsHttpClient()

  /** Rebuilds waiting to start: what the CMS server's job runner would pick up next. */
  const pendingRebuilds = async (): Promise<PayloadJob[]> =>
    (
      await payload.find({
        collection: 'payload-jobs',
        where: {
          taskSlug: { equals: REBUILD_TASK },
          processing: { equals: false },
          completedAt: { exists: false },
          hasError: { not_equals: true },
        },
        limit: 100,
        depth: 0,
      })
    ).docs

  const forgetQueuedJobs = async (): Promise<void> => {
    await payload.delete({ collection: 'payload-jobs', where: { id: { exists: true } } })
  }

  const createDrafts = async (count: number): Promise<Material[]> => {
    const drafts: Material[] = []
    for (let i = 0; i < count; i++) drafts.push(await make.createDraftMaterial({ ownerUnit }))
    return drafts
  }

  beforeAll(async () => {
    expect(process.env.SITE_AUTO_REBUILD).toBeUndefined()
    payload = await getTestPayload()
    make = fixtures(payload)
    ownerUnit = (await make.createUnit()).id
    const { login } = await make.createUser('admin')
    await admin.login(login.email, login.password)
  })

  // Fixtures queue rebuilds too (a new unit is public at once): each test starts from an empty queue.
  beforeEach(forgetQueuedJobs)

  it('publishing one material queues one delayed rebuild on the site queue', async () => {
    const before = Date.now()
    await make.createPublishedMaterial({ ownerUnit })
    const jobs = await pendingRebuilds()
    expect(jobs).toHaveLength(1)
    expect(jobs[0]?.queue).toBe(REBUILD_QUEUE)
    expect(jobs[0]?.input).toEqual({ reason: 'materials:publish' })
    // Debounced: it waits a moment for the rest of a burst before starting.
    expect(new Date(jobs[0]?.waitUntil ?? 0).getTime()).toBeGreaterThan(before)
  })

  it('publishing 20 materials one after another leaves exactly one pending rebuild', async () => {
    for (let i = 0; i < 20; i++) await make.createPublishedMaterial({ ownerUnit })
    expect(await pendingRebuilds()).toHaveLength(1)
  })

  it('publishing 20 drafts one by one through REST, as editors do, leaves exactly one pending rebuild', async () => {
    for (const draft of await createDrafts(20)) {
      // Publishing is an approval: each waits for review first (a draft save, which queues nothing).
      expect((await admin.post(`/materials/${draft.id}/submit`, {})).status).toBe(200)
      const response = await admin.patch(`/materials/${draft.id}`, { _status: 'published' }, { depth: 0 })
      expect(response.status).toBe(200)
    }
    expect(await pendingRebuilds()).toHaveLength(1)
  })

  it('publishing 20 drafts in one bulk update (one request, one transaction) leaves one pending rebuild', async () => {
    const drafts = await createDrafts(20)
    await forgetQueuedJobs()
    await payload.delete({ collection: 'site-changes', where: { id: { exists: true } }, overrideAccess: true })
    // The admin no longer offers a bulk publish (publishing is «Duyệt và xuất bản», one material at a
    // time); a script's bulk update still saves them all on one request.
    const result = await payload.update({
      collection: 'materials',
      where: { id: { in: drafts.map((draft) => draft.id) } },
      data: { _status: 'published' },
      draft: true,
    })
    expect(result.errors).toEqual([])
    expect(await pendingRebuilds()).toHaveLength(1)
    // Each material is recorded for the (incremental) build, none lost in the shared transaction.
    const changes = await payload.find({ collection: 'site-changes', overrideAccess: true, pagination: false })
    expect(changes.docs.map((c) => c.material).sort()).toEqual(drafts.map((d) => String(d.id)).sort())
  })

  it('REST refuses a bulk update of materials (the admin list offers no bulk publish either)', async () => {
    const drafts = await createDrafts(2)
    const response = await admin.patch(
      '/materials',
      { _status: 'published' },
      { draft: true, where: { id: { in: drafts.map((draft) => draft.id) } } },
    )
    expect(response.status).toBe(403)
    expect(
      (await payload.find({ collection: 'materials', where: { id: { in: drafts.map((d) => d.id) } } })).docs.map(
        (d) => d._status,
      ),
    ).toEqual(['draft', 'draft'])
  })

  it('saving a draft of a material that was never published queues nothing', async () => {
    const draft = await make.createDraftMaterial({ ownerUnit })
    await payload.update({
      collection: 'materials',
      id: draft.id,
      data: { summary: 'Sửa tóm tắt bản nháp' },
      draft: true,
    })
    const response = await admin.patch(`/materials/${draft.id}`, { summary: 'Sửa lần nữa' }, { draft: true })
    expect(response.status).toBe(200)
    expect(await pendingRebuilds()).toHaveLength(0)
  })

  it('unpublishing a published material queues one rebuild, so it leaves the site', async () => {
    const material = await make.createPublishedMaterial({ ownerUnit })
    await forgetQueuedJobs()
    // The request the admin's "Unpublish" button sends.
    const response = await admin.patch(`/materials/${material.id}`, { _status: 'draft' }, { depth: 0 })
    expect(response.status).toBe(200)
    expect(await pendingRebuilds()).toHaveLength(1)
  })

  it('unpublishing a published material that has a pending draft queues a rebuild', async () => {
    const { published } = await make.createPublishedMaterialWithPendingDraft(
      { ownerUnit },
      { summary: 'Bản sửa chưa duyệt' },
    )
    await forgetQueuedJobs()
    const response = await admin.patch(`/materials/${published.id}`, { _status: 'draft' }, { depth: 0 })
    expect(response.status).toBe(200)
    // The public API already hides it; the static site must follow.
    expect(
      (await payload.count({ collection: 'materials', overrideAccess: false, where: { id: { equals: published.id } } }))
        .totalDocs,
    ).toBe(0)
    expect(await pendingRebuilds()).toHaveLength(1)
  })

  it('saving a draft edit of a published material (public page unchanged) queues nothing', async () => {
    const material = await make.createPublishedMaterial({ ownerUnit })
    await forgetQueuedJobs()
    await payload.update({
      collection: 'materials',
      id: material.id,
      data: { summary: 'Bản sửa chưa duyệt' },
      draft: true,
    })
    expect(await pendingRebuilds()).toHaveLength(0)
  })

  it('deleting a published material queues one rebuild', async () => {
    const material = await make.createPublishedMaterial({ ownerUnit })
    await forgetQueuedJobs()
    await payload.delete({ collection: 'materials', id: material.id })
    expect(await pendingRebuilds()).toHaveLength(1)
  })

  it('a rebuild that already started does not absorb new changes: publishing queues another', async () => {
    await make.createPublishedMaterial({ ownerUnit })
    const [started] = await pendingRebuilds()
    if (!started) throw new Error('expected a queued rebuild')
    await payload.update({ collection: 'payload-jobs', id: started.id, data: { processing: true } })
    await make.createPublishedMaterial({ ownerUnit })
    expect(await pendingRebuilds()).toHaveLength(1)
    expect((await pendingRebuilds())[0]?.id).not.toBe(started.id)
  })

  it('with SITE_AUTO_REBUILD=0 (seeding, imports) nothing is queued', async () => {
    process.env.SITE_AUTO_REBUILD = '0'
    try {
      await make.createPublishedMaterial({ ownerUnit })
    } finally {
      delete process.env.SITE_AUTO_REBUILD
    }
    expect(await pendingRebuilds()).toHaveLength(0)
  })
})
