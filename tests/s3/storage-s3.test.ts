/**
 * Media on S3 (versitygw in CI): uploads, renditions and previews live in the
 * bucket's private `media/` prefix; the files of published materials are
 * copied to `public/`, the only part anyone may read without signing in.
 * Runs in its own project (int-s3, SQLite) because the CMS reads S3_* once.
 */
import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { mediaDir } from '@dvctt/cms/lib/paths'
import type { Material, Media } from '@dvctt/cms/payload-types'

import { type S3Config, readS3Config } from '../../cms/storage/config'
import { type ObjectFolder, objectFolder } from '../../cms/storage/objects'
import { storedFiles } from '../../cms/storage/publicCopies'
import { reconcilePublicCopies } from '../../cms/storage/reconcile'
import { describeWithDatabase, getTestPayload } from '../support/cms'
import { type Fixtures, fixtures, uniqueSuffix } from '../support/factories'
import { HOSTILE_FILES, cleanSvg, ooxml } from '../support/hostileFiles'
import { CmsHttpClient } from '../support/http'
import { noiseJpeg, scannedPdf, uploadFile } from '../support/mediaFiles'

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

describeWithDatabase('media on S3: private bucket, public copies of published files only', () => {
  let payload: Payload
  let make: Fixtures
  let config: S3Config
  let privateFiles: ObjectFolder
  let publicFiles: ObjectFolder
  let ownerUnit: Material['ownerUnit']
  const anonymous = new CmsHttpClient()
  const editor = new CmsHttpClient()

  const names = (doc: Media) => storedFiles(doc).map((file) => file.name)
  /** What anyone on the internet gets for a URL, with no credentials at all. */
  const anonymousGet = async (url: string) => {
    const response = await fetch(url)
    return { status: response.status, response, bytes: Buffer.from(await response.arrayBuffer()) }
  }
  const publicUrl = (name: string) => new URL(encodeURIComponent(name), config.publicUrl).toString()
  const privateUrl = (name: string) =>
    `${config.endpoint}/${config.bucket}/${config.privatePrefix}/${encodeURIComponent(name)}`
  const fileRoute = async (client: CmsHttpClient, name: string) => {
    const response = await client.fetch(`/media/file/${encodeURIComponent(name)}`)
    return { status: response.status, response, bytes: Buffer.from(await response.arrayBuffer()) }
  }

  async function uploadImage(label: string): Promise<Media> {
    const response = await editor.upload<{ doc: Media }>(
      '/media',
      { data: await noiseJpeg(1800, 1100, label.length), name: `anh-${label}.jpg`, mimetype: 'image/jpeg' },
      { alt: `Ảnh ${label}` },
    )
    expect(response.status, response.text).toBe(201)
    return response.body.doc
  }

  const create = (data: Buffer, mimetype: string, name: string) =>
    payload.create({ collection: 'media', data: { alt: name }, file: uploadFile(data, mimetype, name) })
  const publish = (id: Material['id']) =>
    payload.update({ collection: 'materials', id, data: { _status: 'published' } })
  const unpublish = (id: Material['id']) => payload.update({ collection: 'materials', id, data: { _status: 'draft' } })

  async function expectPublicCopies(doc: Media): Promise<void> {
    for (const file of storedFiles(doc)) {
      const got = await anonymousGet(publicUrl(file.name))
      expect(got.status, `${file.name} at the public URL`).toBe(200)
      expect(got.bytes.equals((await privateFiles.get(file.name)) as Buffer), `${file.name} byte-identical`).toBe(true)
      expect(got.response.headers.get('content-type')).toBe(file.contentType)
    }
  }

  async function expectNoPublicAccess(doc: Media): Promise<void> {
    for (const name of names(doc)) {
      expect((await anonymousGet(publicUrl(name))).status, `${name} at the public URL`).toBeGreaterThanOrEqual(403)
      expect((await anonymousGet(privateUrl(name))).status, `${name} in the private prefix`).toBe(403)
      expect((await fileRoute(anonymous, name)).status, `${name} through the file route`).toBe(403)
    }
  }

  beforeAll(async () => {
    const s3 = readS3Config()
    if (!s3?.endpoint) throw new Error('int-s3 runs with the S3_* variables its globalSetup provides.')
    config = s3
    privateFiles = objectFolder(config, config.privatePrefix)
    publicFiles = objectFolder(config, config.publicPrefix)
    payload = await getTestPayload()
    make = fixtures(payload)
    ownerUnit = (await make.createUnit()).id
    const { login } = await make.createUser('editor')
    await editor.login(login.email, login.password)
  })

  it('an upload and its renditions go to the private prefix, not to local disk; the file route serves them to an editor', async () => {
    const doc = await uploadImage(`tai-len-${uniqueSuffix()}`)
    const stored = await privateFiles.list()
    expect(names(doc).length).toBeGreaterThanOrEqual(9)
    for (const name of names(doc)) {
      expect(stored, name).toContain(name)
      expect(fs.existsSync(path.join(mediaDir, name)), `${name} on local disk`).toBe(false)
      const served = await fileRoute(editor, name)
      expect(served.status, name).toBe(200)
      expect(served.bytes.equals((await privateFiles.get(name)) as Buffer)).toBe(true)
    }
    expect(await publicFiles.list()).not.toContain(doc.filename)
  })

  it('uploads made one after another with one shared context object all reach the bucket (as the seed does)', async () => {
    const context = { skipSiteRebuild: true }
    const docs: Media[] = []
    for (const label of ['mot', 'hai', 'ba']) {
      const data = await noiseJpeg(700, 500, label.length)
      docs.push(
        await payload.create({
          collection: 'media',
          data: { alt: label },
          file: uploadFile(data, 'image/jpeg', `chung-${label}-${uniqueSuffix()}.jpg`),
          context,
        }),
      )
    }
    const stored = await privateFiles.list()
    for (const doc of docs) for (const name of names(doc)) expect(stored, name).toContain(name)
  })

  it('a PDF’s first-page preview is stored in the bucket beside it', async () => {
    const doc = await create(await scannedPdf(2), 'application/pdf', `to-roi-${uniqueSuffix()}.pdf`)
    expect(doc.preview?.filename).toBeTruthy()
    expect(await privateFiles.list()).toEqual(expect.arrayContaining([doc.filename, doc.preview?.filename]))
    expect((await fileRoute(editor, doc.preview?.filename as string)).status).toBe(200)
  })

  it('refused uploads leave no object in the bucket and no record; an SVG is stored only as its PNG', async () => {
    const before = (await privateFiles.list()).sort()
    const count = (await payload.count({ collection: 'media' })).totalDocs
    for (const hostile of HOSTILE_FILES.slice(0, 6)) {
      const response = await editor.upload('/media', {
        data: await hostile.make(),
        name: hostile.name,
        mimetype: hostile.mimetype,
      })
      expect(response.status, hostile.what).toBe(hostile.status ?? 400)
    }
    expect((await privateFiles.list()).sort()).toEqual(before)
    expect((await payload.count({ collection: 'media' })).totalDocs).toBe(count)

    const logo = await create(cleanSvg(), 'image/svg+xml', `logo-${uniqueSuffix()}.svg`)
    expect(logo.mimeType).toBe('image/png')
    expect((await privateFiles.list()).filter((name) => name.endsWith('.svg'))).toEqual([])
  })

  describe('a material’s cover and download through publish, unpublish and delete', () => {
    let cover: Media
    let download: Media
    let material: Material

    beforeAll(async () => {
      cover = await uploadImage(`bia-${uniqueSuffix()}`)
      download = await create(ooxml('docx'), DOCX, `mau-don-${uniqueSuffix()}.docx`)
      material = await make.createDraftMaterial({
        ownerUnit,
        coverImage: cover.id,
        files: [{ label: 'Mẫu đơn', file: download.id }],
      })
    })

    it('before publishing, nobody without an account reads any of its files; an editor does', async () => {
      await expectNoPublicAccess(cover)
      await expectNoPublicAccess(download)
      for (const name of names(cover)) expect((await fileRoute(editor, name)).status).toBe(200)
    })

    it('once published, every file is at the public URL, byte-identical, with its type; a DOCX is a download', async () => {
      await publish(material.id)
      await expectPublicCopies(cover)
      await expectPublicCopies(download)
      const docx = await anonymousGet(publicUrl(download.filename as string))
      expect(docx.response.headers.get('content-disposition')).toBe('attachment')
      const jpeg = await anonymousGet(publicUrl(cover.filename as string))
      expect(jpeg.response.headers.get('content-disposition')).toBeNull()
      // The private copies stay private; the CMS's file route now serves the public too.
      expect((await anonymousGet(privateUrl(cover.filename as string))).status).toBe(403)
      expect((await fileRoute(anonymous, cover.filename as string)).status).toBe(200)
    })

    it('once unpublished, the public copies are gone and every anonymous read is refused again', async () => {
      await unpublish(material.id)
      const left = await publicFiles.list()
      for (const name of [...names(cover), ...names(download)]) expect(left).not.toContain(name)
      await expectNoPublicAccess(cover)
      await expectNoPublicAccess(download)
    })

    it('deleting a published material withdraws its files; deleting a file removes every object it had', async () => {
      await publish(material.id)
      expect((await anonymousGet(publicUrl(cover.filename as string))).status).toBe(200)
      await payload.delete({ collection: 'materials', id: material.id })
      await expectNoPublicAccess(cover)
      await payload.delete({ collection: 'media', id: cover.id })
      const left = [...(await privateFiles.list()), ...(await publicFiles.list())]
      for (const name of names(cover)) expect(left).not.toContain(name)
    })
  })

  it('reconciling repairs public/: a lost copy comes back, a stray object goes, drafts stay private', async () => {
    const shown = await create(await noiseJpeg(800, 600, 3), 'image/jpeg', `sua-${uniqueSuffix()}.jpg`)
    const hidden = await create(await noiseJpeg(800, 600, 4), 'image/jpeg', `nhap-${uniqueSuffix()}.jpg`)
    await make.createDraftMaterial({ ownerUnit, coverImage: hidden.id })
    const published = await make.createDraftMaterial({ ownerUnit, coverImage: shown.id })
    await publish(published.id)
    const lost = shown.filename as string
    await publicFiles.remove([lost])
    await publicFiles.put('la.jpg', Buffer.from('stray'), { contentType: 'image/jpeg' })

    const result = await reconcilePublicCopies(payload)
    expect(result).toEqual({ copied: 1, removed: 1 })
    const listed = await publicFiles.list()
    expect(listed).toContain(lost)
    expect(listed).not.toContain('la.jpg')
    for (const name of names(hidden)) expect(listed).not.toContain(name)
    expect(await reconcilePublicCopies(payload)).toEqual({ copied: 0, removed: 0 })
  })
})
