/**
 * Valid-from / valid-until through the jobs queue, on a clock the tests move:
 * an approved material waiting for its date goes live when the date comes (not
 * before), and a published one past its valid-until leaves the public API,
 * leaving a tombstone that answers at its address and links a published
 * replacement. Editors cannot publish outside the validity window.
 */
import type { Payload } from 'payload'
import { afterEach, beforeAll, expect, it } from 'vitest'

import { resetClock, setClock } from '@dvctt/cms/lib/clock'
import { SCHEDULE_QUEUE, SCHEDULE_TASK } from '@dvctt/cms/jobs/applySchedule'
import type { ExpiredMaterial, Material } from '@dvctt/cms/payload-types'

import { buildSiteData } from '../../site/src/cms/siteData'
import type { RawCmsData } from '../../site/src/cms/types'
import { describeWithDatabase, getTestPayload } from '../support/cms'
import { type Fixtures, fixtures, uniqueSuffix } from '../support/factories'
import { CmsHttpClient } from '../support/http'

interface Page<T> {
  docs: T[]
}

const DAY = 86_400_000

describeWithDatabase('scheduled publish and unpublish', () => {
  let payload: Payload
  let make: Fixtures
  let ownerUnit: Material['ownerUnit']
  const anonymous = new CmsHttpClient()
  const editor = new CmsHttpClient()
  const start = Date.now()
  const at = (days: number): Date => new Date(start + days * DAY)

  /** One pass of the scheduler exactly as the CMS server runs it: queued, then run from its queue. */
  async function runScheduleAt(moment: Date): Promise<void> {
    setClock(() => moment)
    await payload.jobs.queue({ task: SCHEDULE_TASK, queue: SCHEDULE_QUEUE, input: {} })
    await payload.jobs.run({ queue: SCHEDULE_QUEUE, limit: 10 })
  }

  const mainRecord = (id: Material['id']): Promise<Material> =>
    payload.findByID({ collection: 'materials', id, draft: false, depth: 0 })
  const latestVersion = (id: Material['id']): Promise<Material> =>
    payload.findByID({ collection: 'materials', id, draft: true, depth: 0 })

  const publicBySlug = async (slug: string): Promise<Material[]> =>
    (await anonymous.get<Page<Material>>('/materials', { where: { slug: { equals: slug } }, depth: 0 })).body.docs

  const publicTombstone = async (slug: string): Promise<ExpiredMaterial | undefined> =>
    (await anonymous.get<Page<ExpiredMaterial>>('/expired-materials', { where: { slug: { equals: slug } }, depth: 0 }))
      .body.docs[0]

  /** Site changes recorded for the rebuild job since `since` (what the next build will cover). */
  const siteChangesSince = async (
    since: string,
  ): Promise<{ scope: string; material?: string | null; reason?: string | null }[]> =>
    (
      await payload.find({
        collection: 'site-changes',
        where: { createdAt: { greater_than: since } },
        depth: 0,
        pagination: false,
        sort: 'createdAt',
      })
    ).docs

  /** Approved for a date still to come: the workflow leaves it unpublished, waiting for the scheduler. */
  async function createScheduled(title: string, validFrom: Date, validUntil?: Date): Promise<Material> {
    const draft = await make.createDraftMaterial({
      title,
      ownerUnit,
      validFrom: validFrom.toISOString(),
      validUntil: validUntil?.toISOString(),
    })
    return payload.update({ collection: 'materials', id: draft.id, data: { workflowStatus: 'scheduled' }, draft: true })
  }

  /** What the site build reads (anonymous Local API, published only), as site/src/cms/sources/localApi.ts does. */
  async function publicSnapshot(): Promise<RawCmsData> {
    const read = { overrideAccess: false, depth: 0, pagination: false, draft: false } as const
    const [materials, units, expiredMaterials] = await Promise.all([
      payload.find({ collection: 'materials', where: { _status: { equals: 'published' } }, ...read }),
      payload.find({ collection: 'units', ...read }),
      payload.find({ collection: 'expired-materials', ...read }),
    ])
    return {
      materials: materials.docs,
      media: [],
      units: units.docs,
      topics: [],
      audiences: [],
      campaigns: [],
      procedures: [],
      expiredMaterials: expiredMaterials.docs,
    }
  }

  beforeAll(async () => {
    payload = await getTestPayload()
    make = fixtures(payload)
    ownerUnit = (await make.createUnit()).id
    const { login } = await make.createUser('editor')
    await editor.login(login.email, login.password)
  })

  afterEach(resetClock)

  it('an approved material waiting for its valid-from stays unpublished until that day, then goes live with its latest content', async () => {
    const title = `Áp phích chiến dịch tháng sau ${uniqueSuffix()}`
    const material = await createScheduled(title, at(3))

    await runScheduleAt(at(2))
    expect((await mainRecord(material.id))._status).toBe('draft')
    expect(await publicBySlug(material.slug ?? '')).toHaveLength(0)

    await runScheduleAt(at(3.01))
    const live = await mainRecord(material.id)
    expect(live._status).toBe('published')
    expect(live.title).toBe(title)
    expect(live.workflowStatus).toBe('approved')
    // By title too: SQLite hands a deleted row's id to the next material, and the audit trail keeps the old entries.
    const audit = await payload.find({
      collection: 'audit-log',
      where: {
        and: [
          { docId: { equals: String(material.id) } },
          { title: { equals: title } },
          { action: { equals: 'publish' } },
        ],
      },
      depth: 0,
    })
    expect(audit.docs.map((entry) => entry.userEmail)).toEqual(['hệ thống'])
    expect((await publicBySlug(material.slug ?? '')).map((m) => m.title)).toEqual([title])
  })

  it('a published material whose new version is approved for a later date stays as it is until then, then shows the new version', async () => {
    const suffix = uniqueSuffix()
    const { published } = await make.createPublishedMaterialWithPendingDraft(
      { title: `Lịch tiếp công dân tháng này ${suffix}`, ownerUnit },
      { title: `Lịch tiếp công dân tháng sau ${suffix}`, validFrom: at(7).toISOString() },
    )
    await payload.update({
      collection: 'materials',
      id: published.id,
      data: { workflowStatus: 'scheduled' },
      draft: true,
    })

    await runScheduleAt(at(6))
    expect((await publicBySlug(published.slug ?? '')).map((m) => m.title)).toEqual([
      `Lịch tiếp công dân tháng này ${suffix}`,
    ])

    await runScheduleAt(at(7.5))
    expect((await publicBySlug(published.slug ?? '')).map((m) => m.title)).toEqual([
      `Lịch tiếp công dân tháng sau ${suffix}`,
    ])
    expect((await mainRecord(published.id)).workflowStatus).toBe('approved')
  })

  it('a scheduled material whose valid-until has also passed is never published', async () => {
    const material = await createScheduled(`Tờ rơi lỡ hẹn ${uniqueSuffix()}`, at(1), at(2))
    await runScheduleAt(at(5))
    expect((await mainRecord(material.id))._status).toBe('draft')
    expect((await latestVersion(material.id)).workflowStatus).toBe('expired')
    expect(await publicTombstone(material.slug ?? '')).toBeUndefined()
  })

  it('past valid-until, a published material leaves the public API and a tombstone keeps the published title, not a pending draft', async () => {
    const suffix = uniqueSuffix()
    const publishedTitle = `Hướng dẫn nộp hồ sơ năm cũ ${suffix}`
    const pendingTitle = `Bản sửa chưa duyệt ${suffix}`
    const { published } = await make.createPublishedMaterialWithPendingDraft(
      { title: publishedTitle, ownerUnit, validFrom: at(-10).toISOString(), validUntil: at(1).toISOString() },
      { title: pendingTitle },
    )
    const slug = published.slug ?? ''

    await runScheduleAt(at(0.5))
    expect(await publicBySlug(slug)).toHaveLength(1)
    expect(await publicTombstone(slug)).toBeUndefined()

    const beforeExpiry = new Date().toISOString()
    await runScheduleAt(at(1.5))
    expect((await mainRecord(published.id))._status).toBe('draft')
    // The site rebuilds that material's address (incrementally), not everything.
    expect((await siteChangesSince(beforeExpiry)).map((c) => [c.scope, c.material])).toEqual([
      ['material', String(published.id)],
    ])
    expect((await latestVersion(published.id)).workflowStatus).toBe('expired')
    // Not deleted: editors still have it.
    expect((await latestVersion(published.id)).title).toBe(pendingTitle)
    expect(await publicBySlug(slug)).toHaveLength(0)
    const byId = await anonymous.get(`/materials/${published.id}`)
    expect(byId.status).not.toBe(200)

    const tombstone = await publicTombstone(slug)
    expect(tombstone?.title).toBe(publishedTitle)
    // When its validity ended, not when the scheduler got to it.
    expect(tombstone?.expiredAt).toBe(at(1).toISOString())
    expect(JSON.stringify(tombstone)).not.toContain(pendingTitle)
    // The expired material is a draft now: the public does not learn its id.
    expect(tombstone).not.toHaveProperty('material')
    // The audit trail says the system took it down, once.
    const audit = await payload.find({
      collection: 'audit-log',
      where: {
        and: [
          { docId: { equals: String(published.id) } },
          { title: { equals: publishedTitle } },
          { action: { in: ['expire', 'unpublish'] } },
        ],
      },
      depth: 0,
    })
    expect(audit.docs.map((entry) => [entry.action, entry.userEmail])).toEqual([['expire', 'hệ thống']])
  })

  it('the tombstone links the replacement only while the replacement is published', async () => {
    const replacement = await make.createDraftMaterial({ title: `Hướng dẫn mới thay thế ${uniqueSuffix()}`, ownerUnit })
    const old = await make.createPublishedMaterial({
      title: `Hướng dẫn cũ ${uniqueSuffix()}`,
      ownerUnit,
      validUntil: at(1).toISOString(),
      replacedBy: replacement.id,
    })

    // Not through the material either, while it was public.
    const publicOld = (await anonymous.get<Material>(`/materials/${old.id}`, { depth: 0 })).body
    expect(publicOld.title).toBe(old.title)
    expect(publicOld).not.toHaveProperty('replacedBy')
    await runScheduleAt(at(2))

    const stored = await payload.find({
      collection: 'expired-materials',
      where: { material: { equals: old.id } },
      depth: 0,
    })
    expect(stored.docs[0]?.replacement).toBe(replacement.id)
    expect((await publicTombstone(old.slug ?? ''))?.replacement ?? null).toBeNull()

    await payload.update({ collection: 'materials', id: replacement.id, data: { _status: 'published' } })
    expect((await publicTombstone(old.slug ?? ''))?.replacement).toBe(replacement.id)
  })

  it('a replacement chosen after the material expired reaches its tombstone', async () => {
    const old = await make.createPublishedMaterial({
      title: `Tờ gấp hết hạn ${uniqueSuffix()}`,
      ownerUnit,
      validUntil: at(1).toISOString(),
    })
    await runScheduleAt(at(2))
    const replacement = await make.createPublishedMaterial({ title: `Tờ gấp năm nay ${uniqueSuffix()}`, ownerUnit })
    const beforeEdit = new Date().toISOString()
    await payload.update({ collection: 'materials', id: old.id, data: { replacedBy: replacement.id }, draft: true })
    expect((await publicTombstone(old.slug ?? ''))?.replacement).toBe(replacement.id)
    // A draft save alone rebuilds nothing, but the expired page now links elsewhere.
    expect((await siteChangesSince(beforeEdit)).map((c) => c.reason)).toEqual(['expired-materials:replacement'])
  })

  it('publishing an expired material again (with a new valid-until) removes its tombstone', async () => {
    const old = await make.createPublishedMaterial({
      title: `Pa-nô gia hạn ${uniqueSuffix()}`,
      ownerUnit,
      validUntil: at(1).toISOString(),
    })
    await runScheduleAt(at(2))
    expect(await publicTombstone(old.slug ?? '')).toBeDefined()

    setClock(() => at(2))
    // Through review, the one way to publish: a new draft of an expired material can be submitted again.
    const saved = await editor.patch(`/materials/${old.id}`, { validUntil: at(30).toISOString() }, { draft: true })
    expect(saved.status).toBe(200)
    expect((await editor.post(`/materials/${old.id}/submit`, {})).status).toBe(200)
    expect((await editor.post(`/materials/${old.id}/approve`, {})).status).toBe(200)
    expect(await publicTombstone(old.slug ?? '')).toBeUndefined()
    expect(await publicBySlug(old.slug ?? '')).toHaveLength(1)
  })

  it('nobody writes tombstones through the API, not even an editor', async () => {
    const created = await editor.post('/expired-materials', {
      slug: `gia-mao-${uniqueSuffix()}`,
      title: 'Giả mạo',
      expiredAt: new Date().toISOString(),
    })
    expect(created.status).toBe(403)
  })

  it('an editor cannot publish a material whose valid-until has passed: refused in Vietnamese, the public version kept', async () => {
    const title = `Tài liệu đang công khai ${uniqueSuffix()}`
    const material = await make.createPublishedMaterial({ title, ownerUnit, validUntil: at(10).toISOString() })
    setClock(() => at(0))
    const response = await editor.patch(`/materials/${material.id}`, {
      title: `${title} (sửa)`,
      validUntil: at(-1).toISOString(),
      _status: 'published',
    })
    expect(response.status).toBe(400)
    expect(response.text).toMatch(/Không xuất bản được: tài liệu đã hết hiệu lực từ ngày \d\d\/\d\d\/\d{4}/)
    expect(response.text).toContain('chưa được lưu')
    expect((await mainRecord(material.id)).title).toBe(title)
  })

  it('an editor cannot publish before valid-from: told to submit it for approval, so the scheduler publishes it on the day', async () => {
    const draft = await make.createDraftMaterial({
      title: `Tài liệu tháng sau ${uniqueSuffix()}`,
      ownerUnit,
      validFrom: at(5).toISOString(),
    })
    setClock(() => at(0))
    const response = await editor.patch(`/materials/${draft.id}`, { _status: 'published' })
    expect(response.status).toBe(400)
    expect(response.text).toContain('Chưa xuất bản được: tài liệu chỉ có hiệu lực từ ngày')
    expect((await mainRecord(draft.id))._status).toBe('draft')

    // Saving the draft itself is fine.
    const saved = await editor.patch(`/materials/${draft.id}?draft=true`, {
      summary: 'Tóm tắt đã sửa, vẫn là bản nháp.',
    })
    expect(saved.status).toBe(200)
  })

  it('the site gets a page at the expired address (published title, published replacement only) and lists the material nowhere', async () => {
    const suffix = uniqueSuffix()
    const replacement = await make.createPublishedMaterial({ title: `Sổ tay năm nay ${suffix}`, ownerUnit })
    const hidden = await make.createDraftMaterial({ title: `Sổ tay bản nháp ${suffix}`, ownerUnit })
    const withReplacement = await make.createPublishedMaterial({
      title: `Sổ tay năm ngoái ${suffix}`,
      ownerUnit,
      validUntil: at(1).toISOString(),
      replacedBy: replacement.id,
    })
    const withDraftReplacement = await make.createPublishedMaterial({
      title: `Sổ tay cũ hơn ${suffix}`,
      ownerUnit,
      validUntil: at(1).toISOString(),
      replacedBy: hidden.id,
    })
    await payload.update({
      collection: 'materials',
      id: withDraftReplacement.id,
      data: { title: `Tiêu đề nháp không được lộ ${suffix}` },
      draft: true,
    })
    await runScheduleAt(at(2))

    const site = buildSiteData(await publicSnapshot(), at(2))
    const pageOf = (slug: string | null | undefined) => site.expiredPages.find((p) => p.slug === slug)
    expect(pageOf(withReplacement.slug)).toMatchObject({
      title: withReplacement.title,
      url: `/tai-lieu/${withReplacement.slug}/`,
      replacement: { title: replacement.title },
    })
    expect(pageOf(withDraftReplacement.slug)).toMatchObject({ title: withDraftReplacement.title, replacement: null })
    expect(JSON.stringify(site)).not.toContain('Tiêu đề nháp không được lộ')
    expect(JSON.stringify(site)).not.toContain(hidden.title)
    // Expired materials are in no listing: only their own address answers.
    expect(site.materials.map((m) => m.slug)).not.toContain(withReplacement.slug)
    expect([...site.byKind.values()].flat().map((m) => m.slug)).not.toContain(withReplacement.slug)

    // Published again: the address is the material's page, not the tombstone's.
    setClock(() => at(2))
    await payload.update({
      collection: 'materials',
      id: withReplacement.id,
      data: { _status: 'published', validUntil: at(40).toISOString() },
    })
    const after = buildSiteData(await publicSnapshot(), at(2))
    expect(after.expiredPages.find((p) => p.slug === withReplacement.slug)).toBeUndefined()
    expect(after.materialBySlug.get(withReplacement.slug ?? '')?.title).toBe(withReplacement.title)
  })
})
