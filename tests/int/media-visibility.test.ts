/**
 * Files follow their materials: the public reads (lists, by id, GraphQL, the
 * file route with every rendition and preview) only files that a PUBLISHED
 * material shows, as cover, download or upload inside the body. Editors keep
 * seeing everything.
 */
import type { Payload } from 'payload'
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Material, Media } from '@dvctt/cms/payload-types'
import { backfillMediaVisibility } from '@dvctt/cms/uploads/backfillMediaVisibility'

import { describeWithDatabase, getTestPayload } from '../support/cms'
import { type Fixtures, fixtures, uniqueSuffix } from '../support/factories'
import { CmsHttpClient, graphqlId } from '../support/http'
import { scannedPdf, uploadFile } from '../support/mediaFiles'

type Id = Media['id']
type Body = NonNullable<Material['body']>

interface Page<T> {
  docs: T[]
  totalDocs: number
}
interface ErrorBody {
  errors?: { message: string }[]
}

/** Original, renditions and preview: every name the file route serves for a document. */
const filenamesOf = (doc: Media): string[] =>
  [doc.filename, doc.preview?.filename, ...Object.values(doc.sizes ?? {}).map((size) => size?.filename)].filter(
    (name): name is string => typeof name === 'string' && name.length > 0,
  )

/** A Lexical body with one paragraph and an upload node for each file. */
const bodyWith = (...ids: Id[]): Body => ({
  root: {
    type: 'root',
    direction: 'ltr',
    format: '',
    indent: 0,
    version: 1,
    children: [
      {
        type: 'paragraph',
        direction: 'ltr',
        format: '',
        indent: 0,
        version: 1,
        textFormat: 0,
        textStyle: '',
        children: [
          {
            type: 'text',
            text: 'Xem hình minh họa bên dưới.',
            detail: 0,
            format: 0,
            mode: 'normal',
            style: '',
            version: 1,
          },
        ],
      },
      ...ids.map((id) => ({
        type: 'upload',
        version: 3,
        format: '',
        id: `u${uniqueSuffix()}`,
        fields: {},
        relationTo: 'media',
        value: id,
      })),
    ],
  },
})

const VIETNAMESE = /[àáảãạăắằẳẵặâấầẩẫậèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵđ]/i

describeWithDatabase('media: the public reads only files of published materials', () => {
  let payload: Payload
  let make: Fixtures
  let ownerUnit: number
  const anonymous = new CmsHttpClient()
  const editor = new CmsHttpClient()

  async function image(label: string): Promise<Media> {
    const data = await sharp({
      create: { width: 640, height: 400, channels: 3, background: { r: 40, g: 110, b: 160 } },
    })
      .jpeg()
      .toBuffer()
    return payload.create({
      collection: 'media',
      data: { alt: `Ảnh ${label}` },
      file: uploadFile(data, 'image/jpeg', `anh-${label}-${uniqueSuffix()}.jpg`),
    })
  }

  async function pdf(label: string): Promise<Media> {
    return payload.create({
      collection: 'media',
      data: { alt: `PDF ${label}` },
      file: uploadFile(await scannedPdf(1), 'application/pdf', `to-roi-${label}-${uniqueSuffix()}.pdf`),
    })
  }

  /** Whether an anonymous caller sees the file anywhere: list, by id, GraphQL, and every file name. */
  async function publicView(
    doc: Media,
  ): Promise<{ list: boolean; byId: boolean; graphql: boolean; local: boolean; files: Record<string, number> }> {
    const list = await anonymous.get<Page<Media>>('/media', { where: { id: { equals: doc.id } }, depth: 0 })
    const byId = await anonymous.get<Media>(`/media/${doc.id}`, { depth: 0 })
    const graphql = await anonymous.graphql<{ Media: { id: Id } | null }>(
      `{ Media(id: ${graphqlId(doc.id)}) { id filename } }`,
    )
    // The site build's own read: Local API, no user, access applied.
    const local = await payload.find({
      collection: 'media',
      where: { id: { equals: doc.id } },
      overrideAccess: false,
      depth: 0,
    })
    const files: Record<string, number> = {}
    for (const name of filenamesOf(doc)) {
      const response = await anonymous.fetch(`/media/file/${encodeURIComponent(name)}`)
      await response.arrayBuffer()
      files[name] = response.status
    }
    return {
      list: list.status === 200 && list.body.docs.length === 1,
      byId: byId.status === 200,
      graphql: Boolean(graphql.body.data?.Media),
      local: local.docs.length === 1,
      files,
    }
  }

  async function expectPublic(doc: Media): Promise<void> {
    const view = await publicView(doc)
    expect(view, `${doc.filename} should be public`).toEqual({
      list: true,
      byId: true,
      graphql: true,
      local: true,
      files: Object.fromEntries(filenamesOf(doc).map((name) => [name, 200])),
    })
  }

  async function expectPrivate(doc: Media): Promise<void> {
    const view = await publicView(doc)
    expect(view, `${doc.filename} should be private`).toEqual({
      list: false,
      byId: false,
      graphql: false,
      local: false,
      files: Object.fromEntries(filenamesOf(doc).map((name) => [name, 403])),
    })
  }

  const publish = (id: Material['id'], data: Partial<Material> = {}) =>
    payload.update({ collection: 'materials', id, data: { ...data, _status: 'published' } })
  const unpublish = (id: Material['id']) => payload.update({ collection: 'materials', id, data: { _status: 'draft' } })
  const saveDraft = (id: Material['id'], data: Partial<Material>) =>
    payload.update({ collection: 'materials', id, data: { ...data, _status: 'draft' }, draft: true })
  const flag = async (doc: Media): Promise<boolean | null | undefined> =>
    (await payload.findByID({ collection: 'media', id: doc.id, depth: 0 })).publiclyVisible

  beforeAll(async () => {
    payload = await getTestPayload()
    make = fixtures(payload)
    ownerUnit = (await make.createUnit()).id
    const { login } = await make.createUser('editor')
    await editor.login(login.email, login.password)
  })

  describe('a draft-only material', () => {
    let cover: Media
    let download: Media
    let embedded: Media
    let material: Material

    beforeAll(async () => {
      cover = await image('bia-nhap')
      download = await pdf('nhap')
      embedded = await image('nhung-nhap')
      material = await make.createDraftMaterial({
        ownerUnit,
        coverImage: cover.id,
        files: [{ label: 'Bản in A4', file: download.id }],
        body: bodyWith(embedded.id),
      })
    })

    it('has renditions and a preview to check (sanity check)', () => {
      expect(filenamesOf(cover).length).toBeGreaterThan(3)
      expect(download.preview?.filename).toBeTruthy()
    })

    it('hides its cover, download and embedded image from the public everywhere', async () => {
      for (const doc of [cover, download, embedded]) await expectPrivate(doc)
    })

    it('leaks no file name through an anonymous list, whatever the query', async () => {
      const names = [cover, download, embedded].flatMap(filenamesOf)
      for (const query of [
        {},
        { limit: 0, pagination: false },
        { where: { filename: { like: cover.filename ?? '' } } },
        { where: { publiclyVisible: { equals: false } } },
      ]) {
        const response = await anonymous.get<Page<Media>>('/media', { depth: 0, ...query })
        for (const name of names) expect(response.text).not.toContain(name)
      }
      const graphql = await anonymous.graphql<{ allMedia: { docs: { filename: string }[] } }>(
        '{ allMedia(limit: 0, pagination: false) { docs { filename } } }',
      )
      for (const name of names) expect(graphql.text).not.toContain(name)
    })

    it('answers in Vietnamese: not found by id, forbidden for the file', async () => {
      const byId = await anonymous.get<ErrorBody>(`/media/${cover.id}`)
      expect(byId.status).toBe(404)
      expect(byId.body.errors?.[0]?.message).toMatch(VIETNAMESE)
      const file = await anonymous.fetch(`/media/file/${encodeURIComponent(cover.filename ?? '')}`)
      expect(file.status).toBe(403)
      expect(((await file.json()) as ErrorBody).errors?.[0]?.message).toMatch(VIETNAMESE)
    })

    it('stays readable to a signed-in editor, file route included', async () => {
      for (const doc of [cover, download, embedded]) {
        expect((await editor.get<Media>(`/media/${doc.id}`)).status).toBe(200)
        for (const name of filenamesOf(doc)) {
          const response = await editor.fetch(`/media/file/${encodeURIComponent(name)}`)
          await response.arrayBuffer()
          expect(response.status, name).toBe(200)
        }
      }
    })

    it('becomes public when the material is published, and private again when it is unpublished', async () => {
      await publish(material.id)
      for (const doc of [cover, download, embedded]) await expectPublic(doc)
      await unpublish(material.id)
      for (const doc of [cover, download, embedded]) await expectPrivate(doc)
    })
  })

  it('a file shared by a published and a draft material stays public until the published one goes', async () => {
    const shared = await image('dung-chung')
    const published = await make.createPublishedMaterial({ ownerUnit, coverImage: shared.id })
    const draft = await make.createDraftMaterial({ ownerUnit, coverImage: shared.id })
    await expectPublic(shared)
    // Deleting or unpublishing the draft changes nothing for the published material's file.
    await payload.delete({ collection: 'materials', id: draft.id })
    expect(await flag(shared)).toBe(true)
    const second = await make.createPublishedMaterial({ ownerUnit, files: [{ label: 'Ảnh in', file: shared.id }] })
    await unpublish(published.id)
    expect(await flag(shared)).toBe(true)
    await payload.delete({ collection: 'materials', id: second.id })
    await expectPrivate(shared)
  })

  it('a pending draft neither shows its new files nor hides the published ones until it is published', async () => {
    const oldCover = await image('bia-cu')
    const newCover = await image('bia-moi')
    const inBody = await image('trong-bai')
    const material = await make.createPublishedMaterial({
      ownerUnit,
      coverImage: oldCover.id,
      body: bodyWith(inBody.id),
    })
    await expectPublic(oldCover)
    await expectPublic(inBody)
    // The editor replaces the cover and drops the embedded image, in a draft.
    await saveDraft(material.id, { coverImage: newCover.id, body: bodyWith() })
    expect(await flag(newCover)).toBe(false)
    await expectPrivate(newCover)
    expect([await flag(oldCover), await flag(inBody)]).toEqual([true, true])
    // Publishing that draft (as the admin's "Publish changes" does) swaps them.
    await publish(material.id, { coverImage: newCover.id, body: bodyWith() })
    await expectPublic(newCover)
    await expectPrivate(oldCover)
    await expectPrivate(inBody)
  })

  it('an image embedded only in the body follows the material', async () => {
    const embedded = await image('chi-trong-bai')
    const material = await make.createDraftMaterial({ ownerUnit, body: bodyWith(embedded.id) })
    const stored = await payload.findByID({ collection: 'materials', id: material.id, draft: true, depth: 0 })
    expect(stored.bodyMedia).toEqual([embedded.id])
    expect(await flag(embedded)).toBe(false)
    await publish(material.id)
    await expectPublic(embedded)
    // Scheduled expiry unpublishes the same way (cms/jobs/applySchedule.ts).
    await payload.update({
      collection: 'materials',
      id: material.id,
      data: { _status: 'draft', workflowStatus: 'expired' },
    })
    await expectPrivate(embedded)
  })

  it('a request cannot set the flag or the body-media list itself', async () => {
    const file = await image('tu-dat-co')
    const patched = await editor.patch<{ doc?: Media }>(`/media/${file.id}`, {
      publiclyVisible: true,
      alt: 'Đổi mô tả',
    })
    expect(patched.status).toBe(200)
    expect(await flag(file)).toBe(false)
    const material = await make.createDraftMaterial({ ownerUnit })
    await editor.patch(`/materials/${material.id}`, { bodyMedia: [file.id] }, { draft: 'true' })
    const stored = await payload.findByID({ collection: 'materials', id: material.id, draft: true, depth: 0 })
    expect(stored.bodyMedia ?? []).toEqual([])
  })

  it('the backfill restores flags and body-media lists saved before the hooks existed', async () => {
    const visible = await image('backfill-cong-khai')
    const hidden = await image('backfill-an')
    const embedded = await image('backfill-nhung')
    const published = await make.createPublishedMaterial({
      ownerUnit,
      coverImage: visible.id,
      body: bodyWith(embedded.id),
    })
    await make.createDraftMaterial({ ownerUnit, coverImage: hidden.id })
    // As an older version left the data: no flags, no body-media list.
    await payload.db.updateMany({
      collection: 'media',
      where: { id: { in: [visible.id, embedded.id] } },
      data: { publiclyVisible: false },
      returning: false,
    })
    await payload.db.updateMany({
      collection: 'media',
      where: { id: { equals: hidden.id } },
      data: { publiclyVisible: true },
      returning: false,
    })
    await payload.db.updateOne({ collection: 'materials', id: published.id, data: { bodyMedia: [] }, returning: false })

    const summary = await backfillMediaVisibility(payload)
    expect(summary.madePublic).toBeGreaterThanOrEqual(2)
    expect(summary.madePrivate).toBeGreaterThanOrEqual(1)
    expect(summary.bodyMediaFixed).toBeGreaterThanOrEqual(1)
    expect([await flag(visible), await flag(embedded), await flag(hidden)]).toEqual([true, true, false])
    const main = await payload.findByID({ collection: 'materials', id: published.id, depth: 0 })
    expect(main.bodyMedia).toEqual([embedded.id])

    const again = await backfillMediaVisibility(payload)
    expect([again.madePublic, again.madePrivate, again.bodyMediaFixed]).toEqual([0, 0, 0])
  })
})
