/**
 * The audit trail: who did what, and when, for every action on a material (and
 * file replacements); editors and reviewers read it, and nobody can change it.
 */
import type { Payload, Where } from 'payload'
import { afterEach, beforeAll, expect, it } from 'vitest'

import { resetClock, setClock } from '@dvctt/cms/lib/clock'
import type { AuditLog, Material, Unit, User } from '@dvctt/cms/payload-types'

import { describeWithDatabase, getTestPayload } from '../support/cms'
import { type Fixtures, createUserInUnit, fixtures } from '../support/factories'
import { CmsHttpClient } from '../support/http'
import { scannedPdf, uploadFile } from '../support/mediaFiles'

describeWithDatabase('audit trail', () => {
  let payload: Payload
  let make: Fixtures
  let unit: Unit
  let adminUser: User
  let editorUser: User
  let reviewerUser: User
  let contributorUser: User
  const admin = new CmsHttpClient()
  const editor = new CmsHttpClient()
  const reviewer = new CmsHttpClient()
  const contributor = new CmsHttpClient()
  const anonymous = new CmsHttpClient()
  const startedAt = new Date().toISOString()

  const entriesFor = async (docId: Material['id'], collection = 'materials'): Promise<AuditLog[]> =>
    (
      await payload.find({
        collection: 'audit-log',
        // Since this file started: earlier files’ entries stay in the shared database.
        where: {
          and: [
            { collection: { equals: collection } },
            { docId: { equals: String(docId) } },
            { createdAt: { greater_than_equal: startedAt } },
          ],
        } satisfies Where,
        sort: 'createdAt',
        limit: 100,
        depth: 0,
      })
    ).docs
  const actionsFor = async (docId: Material['id']): Promise<string[]> =>
    (await entriesFor(docId)).map((entry) => entry.action)

  beforeAll(async () => {
    payload = await getTestPayload()
    make = fixtures(payload)
    unit = await make.createUnit()
    for (const [role, client] of [
      ['admin', admin],
      ['editor', editor],
      ['reviewer', reviewer],
      ['contributor', contributor],
    ] as const) {
      const { user, login } = await createUserInUnit(payload, role, unit.id)
      await client.login(login.email, login.password)
      if (role === 'admin') adminUser = user
      if (role === 'editor') editorUser = user
      if (role === 'reviewer') reviewerUser = user
      if (role === 'contributor') contributorUser = user
    }
  })

  afterEach(resetClock)

  it('records create, save, submit, return, approve and publish, each with who and when', async () => {
    setClock(() => new Date('2026-05-04T03:15:00Z'))
    const created = await contributor.post<{ doc: Material }>('/materials?draft=true', {
      title: `Tờ rơi nhật ký ${Date.now()}`,
      kind: 'leaflet',
      language: 'vi',
      summary: 'Bản đầu.',
      ownerUnit: unit.id,
      _status: 'draft',
    })
    expect(created.status).toBe(201)
    const id = created.body.doc.id
    expect((await contributor.patch(`/materials/${id}`, { summary: 'Bản sửa.' }, { draft: true })).status).toBe(200)
    expect((await contributor.post(`/materials/${id}/submit`, {})).status).toBe(200)
    expect((await reviewer.post(`/materials/${id}/return`, { comment: 'Thiếu số điện thoại hỗ trợ.' })).status).toBe(
      200,
    )
    expect((await contributor.post(`/materials/${id}/submit`, {})).status).toBe(200)
    expect((await reviewer.post(`/materials/${id}/approve`, {})).status).toBe(200)

    const entries = await entriesFor(id)
    expect(entries.map((entry) => entry.action)).toEqual([
      'create',
      'update',
      'submit',
      'return',
      'submit',
      'publish',
      'approve',
    ])
    const by = (action: string) => entries.filter((entry) => entry.action === action)
    for (const entry of [...by('create'), ...by('update'), ...by('submit')]) {
      expect(entry.user).toBe(contributorUser.id)
      expect(entry.userEmail).toBe(contributorUser.email)
    }
    for (const entry of [...by('return'), ...by('approve'), ...by('publish')])
      expect(entry.userEmail).toBe(reviewerUser.email)
    expect(by('return')[0]?.comment).toBe('Thiếu số điện thoại hỗ trợ.')
    for (const entry of entries) {
      expect(entry.at).toBe('2026-05-04T03:15:00.000Z')
      expect(entry.title).toBe(created.body.doc.title)
    }
  })

  it('records an editor’s direct publish, an unpublish and a delete', async () => {
    // Waiting for review: a direct publish is then an approval (hooks/routePublishThroughReview.ts).
    const draft = await make.createDraftMaterial({ ownerUnit: unit.id, workflowStatus: 'submitted' })
    expect((await editor.patch(`/materials/${draft.id}`, { _status: 'published' })).status).toBe(200)
    expect((await editor.patch(`/materials/${draft.id}`, { _status: 'draft' })).status).toBe(200)
    expect((await admin.rest('DELETE', `/materials/${draft.id}`)).status).toBe(200)
    const entries = await entriesFor(draft.id)
    expect(entries.map((entry) => entry.action)).toEqual(['create', 'publish', 'unpublish', 'delete'])
    expect(entries.slice(1, 3).map((entry) => entry.userEmail)).toEqual([editorUser.email, editorUser.email])
    expect(entries[3]?.userEmail).toBe(adminUser.email)
  })

  it('each entry keeps its document’s title and creation time: a deleted material and the next one never share a history', async () => {
    const time = (value: string | null | undefined) => (value ? new Date(value).getTime() : null)
    const first = await make.createDraftMaterial({ ownerUnit: unit.id, title: `Tờ rơi sẽ bị xóa ${Date.now()}` })
    expect(
      (await editor.patch(`/materials/${first.id}`, { summary: 'Sửa trước khi xóa.' }, { draft: true })).status,
    ).toBe(200)
    expect((await admin.rest('DELETE', `/materials/${first.id}`)).status).toBe(200)
    const second = await make.createDraftMaterial({ ownerUnit: unit.id, title: `Tờ rơi tạo sau ${Date.now()}` })

    for (const [material, actions] of [
      [first, ['create', 'update', 'delete']],
      [second, ['create']],
    ] as const) {
      // What an editor reads: the entries of one document, found by its id and creation time.
      const response = await editor.get<{ docs: AuditLog[] }>('/audit-log', {
        where: {
          and: [
            { collection: { equals: 'materials' } },
            { docId: { equals: String(material.id) } },
            { docCreatedAt: { equals: material.createdAt } },
          ],
        },
        sort: 'createdAt',
      })
      expect(response.status).toBe(200)
      expect(response.body.docs.map((entry) => entry.action)).toEqual(actions)
      for (const entry of response.body.docs) {
        expect(entry.title).toBe(material.title)
        expect(time(entry.docCreatedAt)).toBe(time(material.createdAt))
      }
    }
    expect(time(second.createdAt)).not.toBe(time(first.createdAt))
  })

  it('restoring an earlier version brings its content back, keeps the review history, and is recorded', async () => {
    const material = await make.createPublishedMaterial({ ownerUnit: unit.id, summary: 'Nội dung gốc.' })
    await payload.update({
      collection: 'materials',
      id: material.id,
      data: { summary: 'Nội dung sửa sai.', _status: 'published' },
    })
    const versions = await payload.findVersions({
      collection: 'materials',
      where: { parent: { equals: material.id } },
      sort: 'createdAt',
      depth: 0,
    })
    const original = versions.docs.find((version) => version.version.summary === 'Nội dung gốc.')
    expect(original).toBeDefined()

    const restored = await editor.post(`/materials/versions/${original?.id}`, {})
    expect(restored.status).toBe(200)
    const live = await payload.findByID({ collection: 'materials', id: material.id, depth: 0 })
    expect(live.summary).toBe('Nội dung gốc.')
    const entries = await entriesFor(material.id)
    expect(entries.at(-1)).toMatchObject({ action: 'restore', userEmail: editorUser.email })
  })

  it('records an upload replaced by a new file', async () => {
    const media = await payload.create({
      collection: 'media',
      data: { alt: 'Tờ khai mẫu' },
      file: uploadFile(await scannedPdf(1), 'application/pdf', `to-khai-cu-${Date.now()}.pdf`),
    })
    await payload.update({
      collection: 'media',
      id: media.id,
      data: {},
      file: uploadFile(await scannedPdf(2), 'application/pdf', `to-khai-moi-${Date.now()}.pdf`),
      user: editorUser,
      overrideAccess: false,
    })
    const entries = await entriesFor(media.id, 'media')
    expect(entries.map((entry) => entry.action)).toEqual(['replace-upload'])
    expect(entries[0]?.userEmail).toBe(editorUser.email)
    expect(new Date(entries[0]?.docCreatedAt ?? 0).getTime()).toBe(new Date(media.createdAt).getTime())
    expect(entries[0]?.detail).toMatch(/to-khai-cu-.*to-khai-moi-/)
  })

  it('editors, reviewers and admins read the trail; contributors and the public do not', async () => {
    await make.createDraftMaterial({ ownerUnit: unit.id })
    for (const client of [admin, editor, reviewer]) {
      const response = await client.get<{ totalDocs: number }>('/audit-log')
      expect(response.status).toBe(200)
      expect(response.body.totalDocs).toBeGreaterThan(0)
    }
    for (const client of [contributor, anonymous]) {
      expect((await client.get('/audit-log')).status).toBe(403)
    }
    await expect(
      payload.find({ collection: 'audit-log', overrideAccess: false, user: contributorUser }),
    ).rejects.toThrow()
  })

  it('nobody can add, change or delete an entry: not through REST, not through the Local API, not an admin', async () => {
    const draft = await make.createDraftMaterial({ ownerUnit: unit.id })
    const [entry] = await entriesFor(draft.id)
    expect(entry).toBeDefined()
    const id = entry?.id as AuditLog['id']

    expect(
      (
        await admin.post('/audit-log', {
          action: 'delete',
          collection: 'materials',
          docId: '1',
          at: new Date().toISOString(),
        })
      ).status,
    ).toBe(403)
    expect((await admin.patch(`/audit-log/${id}`, { comment: 'Sửa lịch sử.' })).status).toBe(403)
    expect((await admin.rest('DELETE', `/audit-log/${id}`)).status).toBe(403)
    expect((await admin.rest('DELETE', '/audit-log?where[id][exists]=true')).status).not.toBe(200)

    await expect(
      payload.update({
        collection: 'audit-log',
        id,
        data: { comment: 'Sửa lịch sử.' },
        overrideAccess: false,
        user: adminUser,
      }),
    ).rejects.toThrow()
    await expect(
      payload.delete({ collection: 'audit-log', id, overrideAccess: false, user: adminUser }),
    ).rejects.toThrow()
    // Not even a script with full rights rewrites history.
    await expect(payload.update({ collection: 'audit-log', id, data: { comment: 'Sửa lịch sử.' } })).rejects.toThrow(
      /không sửa và không xóa/,
    )
    await expect(payload.delete({ collection: 'audit-log', id })).rejects.toThrow(/không sửa và không xóa/)

    const after = await payload.findByID({ collection: 'audit-log', id, depth: 0 })
    expect(after).toEqual(entry)
  })
})
