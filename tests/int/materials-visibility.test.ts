/**
 * A draft must never reach the public: not through REST, GraphQL or the Local
 * API as the site uses it, whatever query parameters an anonymous caller tries.
 */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Material } from '@dvctt/cms/payload-types'

import { describeWithDatabase, getTestPayload } from '../support/cms'
import { type Fixtures, fixtures, uniqueSuffix } from '../support/factories'
import { CmsHttpClient, graphqlId } from '../support/http'

interface Page<T> {
  docs: T[]
  totalDocs: number
}

describeWithDatabase('materials: what the public can read', () => {
  let payload: Payload
  let make: Fixtures
  const anonymous = new CmsHttpClient()
  const editor = new CmsHttpClient()
  const run = uniqueSuffix()

  // Every string that only exists in unpublished drafts: none may appear in a public response.
  const draftOnly = {
    title: `Bản nháp chưa duyệt ${run}`,
    summary: `Tóm tắt nháp bí mật ${run}`,
    pendingTitle: `Tiêu đề sửa đổi chưa xuất bản ${run}`,
    pendingSummary: `Tóm tắt sửa đổi chưa xuất bản ${run}`,
  }
  const publishedTitle = `Tài liệu đã xuất bản ${run}`
  const publishedWithPendingTitle = `Tài liệu đang sửa ${run}`

  let published: Material
  let draft: Material
  let publishedWithPending: Material

  const expectNoDraftContent = (text: string): void => {
    for (const secret of Object.values(draftOnly)) expect(text).not.toContain(secret)
  }

  beforeAll(async () => {
    payload = await getTestPayload()
    make = fixtures(payload)
    const ownerUnit = (await make.createUnit()).id
    published = await make.createPublishedMaterial({ title: publishedTitle, ownerUnit })
    draft = await make.createDraftMaterial({ title: draftOnly.title, summary: draftOnly.summary, ownerUnit })
    ;({ published: publishedWithPending } = await make.createPublishedMaterialWithPendingDraft(
      { title: publishedWithPendingTitle, ownerUnit },
      { title: draftOnly.pendingTitle, summary: draftOnly.pendingSummary },
    ))
    const { login } = await make.createUser('admin')
    await editor.login(login.email, login.password)
  })

  it('the fixtures really hold a draft and a pending draft (sanity check)', async () => {
    const latest = await payload.findByID({ collection: 'materials', id: publishedWithPending.id, draft: true })
    expect(latest.title).toBe(draftOnly.pendingTitle)
    const stored = await payload.findByID({ collection: 'materials', id: draft.id, draft: true })
    expect(stored._status).toBe('draft')
  })

  describe('anonymous REST', () => {
    it.each([
      ['no parameters', {}],
      ['?draft=true', { draft: true }],
      ['where[_status][equals]=draft', { where: { _status: { equals: 'draft' } } }],
      ['where[_status][equals]=draft&draft=true', { draft: true, where: { _status: { equals: 'draft' } } }],
      ['where[_status][not_equals]=published', { where: { _status: { not_equals: 'published' } } }],
      ['where[title][like]=<draft title>', { where: { title: { like: draftOnly.title } } }],
      ['where[title][like]=<draft title>&draft=true', { draft: true, where: { title: { like: draftOnly.title } } }],
      [
        'where[title][equals]=<pending title>&draft=true',
        { draft: true, where: { title: { equals: draftOnly.pendingTitle } } },
      ],
      ['where[summary][contains]=nháp&draft=true', { draft: true, where: { summary: { contains: 'nháp' } } }],
      ['where[or][0][_status][equals]=draft', { where: { or: [{ _status: { equals: 'draft' } }] } }],
      ['limit=0&pagination=false&draft=true', { draft: true, limit: 0, pagination: false }],
    ])('GET /api/materials %s lists published materials only', async (_label, query) => {
      const response = await anonymous.get<Page<Material>>('/materials', { limit: 100, ...query })
      expectNoDraftContent(response.text)
      if (response.status === 200) {
        expect(response.body.docs.every((doc) => doc._status === 'published')).toBe(true)
        expect(response.body.docs.map((doc) => doc.id)).not.toContain(draft.id)
      }
    })

    it('GET /api/materials shows the published materials, the one being edited under its published title', async () => {
      const response = await anonymous.get<Page<Material>>('/materials', { limit: 100 })
      expect(response.status).toBe(200)
      const titles = response.body.docs.map((doc) => doc.title)
      expect(titles).toContain(publishedTitle)
      expect(titles).toContain(publishedWithPendingTitle)
    })

    it('GET /api/materials?draft=true still lists a published material that has a pending draft', async () => {
      const response = await anonymous.get<Page<Material>>('/materials', { limit: 100, draft: true })
      expect(response.status).toBe(200)
      expect(response.body.docs.map((doc) => doc.title)).toContain(publishedWithPendingTitle)
    })

    it('GET /api/materials/:id of a draft is not found, with or without ?draft=true', async () => {
      for (const query of [{}, { draft: true }]) {
        const response = await anonymous.get<unknown>(`/materials/${draft.id}`, query)
        expect([403, 404]).toContain(response.status)
        expectNoDraftContent(response.text)
      }
    })

    it('GET /api/materials/:id?draft=true of a material being edited returns the published version', async () => {
      for (const query of [{}, { draft: true }]) {
        const response = await anonymous.get<Material>(`/materials/${publishedWithPending.id}`, query)
        expect(response.status).toBe(200)
        expect(response.body.title).toBe(publishedWithPendingTitle)
        expectNoDraftContent(response.text)
      }
    })

    it('GET /api/materials/versions is refused', async () => {
      const response = await anonymous.get<unknown>('/materials/versions', { limit: 100 })
      expect(response.status).toBe(403)
      expectNoDraftContent(response.text)
    })

    it('GET /api/materials/count counts published materials only', async () => {
      const expected = await payload.count({ collection: 'materials', where: { _status: { equals: 'published' } } })
      for (const query of [{}, { draft: true }, { where: { _status: { equals: 'draft' } } }]) {
        const response = await anonymous.get<{ totalDocs: number }>('/materials/count', query)
        expect(response.status).toBe(200)
        expect(response.body.totalDocs).toBe(query.where ? 0 : expected.totalDocs)
      }
    })
  })

  describe('anonymous GraphQL', () => {
    it.each([
      ['Materials(draft: true)', `{ Materials(draft: true, limit: 100) { docs { id title summary _status } } }`],
      [
        'Materials(where: _status equals draft)',
        `{ Materials(draft: true, where: { _status: { equals: draft } }) { docs { title summary } } }`,
      ],
      [
        'Materials(where: title like <draft title>)',
        `{ Materials(draft: true, where: { title: { like: ${JSON.stringify(draftOnly.title)} } }) { docs { title summary } } }`,
      ],
      [
        'Materials(where: _status not_equals published)',
        `{ Materials(draft: true, where: { _status: { not_equals: published } }) { totalDocs docs { title } } }`,
      ],
    ])('%s returns no draft', async (_label, query) => {
      const response = await anonymous.graphql<{ Materials: Page<Material> | null }>(query)
      expectNoDraftContent(response.text)
      const docs = response.body.data?.Materials?.docs ?? []
      expect(docs.every((doc) => doc._status === undefined || doc._status === 'published')).toBe(true)
    })

    it('Material(id, draft: true) of a draft returns nothing', async () => {
      const response = await anonymous.graphql<{ Material: Material | null }>(
        `{ Material(id: ${graphqlId(draft.id)}, draft: true) { title summary } }`,
      )
      expectNoDraftContent(response.text)
      expect(response.body.data?.Material ?? null).toBeNull()
    })

    it('Materials(draft: true) still lists a published material that has a pending draft', async () => {
      const response = await anonymous.graphql<{ Materials: Page<Material> | null }>(
        `{ Materials(draft: true, limit: 100) { docs { title } } }`,
      )
      expect(response.body.data?.Materials?.docs.map((doc) => doc.title)).toContain(publishedWithPendingTitle)
    })

    it('Material(id, draft: true) of a material being edited returns its published title', async () => {
      const response = await anonymous.graphql<{ Material: Material | null }>(
        `{ Material(id: ${graphqlId(publishedWithPending.id)}, draft: true) { title summary } }`,
      )
      expectNoDraftContent(response.text)
      expect(response.body.data?.Material?.title).toBe(publishedWithPendingTitle)
    })

    it('versionsMaterials is refused', async () => {
      const response = await anonymous.graphql<{ versionsMaterials: Page<{ version: Material }> | null }>(
        `{ versionsMaterials(limit: 100) { docs { version { title summary } } } }`,
      )
      expectNoDraftContent(response.text)
      expect(response.body.data?.versionsMaterials ?? null).toBeNull()
      expect(response.body.errors?.length).toBeGreaterThan(0)
    })
  })

  describe('Local API as the site reads it (overrideAccess: false, no user)', () => {
    it.each([
      ['without draft', { draft: false }],
      ['with draft: true', { draft: true }],
    ])('find %s returns published materials only', async (_label, options) => {
      const result = await payload.find({ collection: 'materials', overrideAccess: false, limit: 100, ...options })
      expectNoDraftContent(JSON.stringify(result))
      const titles = result.docs.map((doc) => doc.title)
      expect(titles).toContain(publishedTitle)
      expect(titles).not.toContain(draftOnly.title)
      expect(result.docs.every((doc) => doc._status === 'published')).toBe(true)
    })

    it('find shows the material being edited under its published title', async () => {
      const result = await payload.find({ collection: 'materials', overrideAccess: false, limit: 100 })
      expect(result.docs.map((doc) => doc.title)).toContain(publishedWithPendingTitle)
    })

    it('find with draft: true still shows a published material that has a pending draft', async () => {
      const result = await payload.find({ collection: 'materials', overrideAccess: false, limit: 100, draft: true })
      expect(result.docs.map((doc) => doc.title)).toContain(publishedWithPendingTitle)
    })

    it('findByID of a draft is not found', async () => {
      await expect(
        payload.findByID({ collection: 'materials', id: draft.id, overrideAccess: false, draft: true }),
      ).rejects.toThrow()
    })
  })

  describe('a signed-in editor sees drafts', () => {
    it('REST lists the draft and the pending edit with ?draft=true', async () => {
      const response = await editor.get<Page<Material>>('/materials', { limit: 100, draft: true })
      expect(response.status).toBe(200)
      const titles = response.body.docs.map((doc) => doc.title)
      expect(titles).toEqual(expect.arrayContaining([publishedTitle, draftOnly.title, draftOnly.pendingTitle]))
    })

    it('REST reads the draft by id and its versions', async () => {
      const byId = await editor.get<Material>(`/materials/${draft.id}`, { draft: true })
      expect(byId.status).toBe(200)
      expect(byId.body.title).toBe(draftOnly.title)
      const versions = await editor.get<Page<{ parent: Material['id'] | Material; version: Material }>>(
        '/materials/versions',
        {
          limit: 100,
          where: { parent: { equals: publishedWithPending.id } },
        },
      )
      expect(versions.status).toBe(200)
      expect(versions.body.docs.map((doc) => doc.version.title)).toEqual(
        expect.arrayContaining([publishedWithPendingTitle, draftOnly.pendingTitle]),
      )
    })

    it('GraphQL returns the draft', async () => {
      const response = await editor.graphql<{ Material: Material | null }>(
        `{ Material(id: ${graphqlId(draft.id)}, draft: true) { title } }`,
      )
      expect(response.body.errors).toBeUndefined()
      expect(response.body.data?.Material?.title).toBe(draftOnly.title)
    })
  })
})
