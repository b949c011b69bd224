/**
 * `npm run backup` and `npm run restore` with media on S3 (versitygw), as
 * child processes like a technician runs them: the private `media/` objects
 * travel in the archive; restore puts them back into the bucket and makes
 * `public/` match the restored records. The restore goes into a fresh SQLite
 * file (this worker holds the project's database open) and the same bucket.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, expect, it } from 'vitest'

import type { Media } from '@dvctt/cms/payload-types'

import { type S3Config, readS3Config } from '../../cms/storage/config'
import { type ObjectFolder, objectFolder } from '../../cms/storage/objects'
import { storedFiles } from '../../cms/storage/publicCopies'
import { editArchive, flipByte, readArchive } from '../support/archiveEdits'
import { freshTarget, runNodeScript } from '../support/backupTargets'
import { describeWithDatabase, getTestPayload } from '../support/cms'
import { testTmpDir } from '../support/databases/tmpDir'
import { fixtures, uniqueSuffix } from '../support/factories'
import { CmsHttpClient } from '../support/http'
import { noiseJpeg, uploadFile } from '../support/mediaFiles'
import type { AllDocuments } from '../support/readAllDocuments'

const sha256 = (data: Buffer) => crypto.createHash('sha256').update(data).digest('hex')

describeWithDatabase('backup and restore with media on S3', () => {
  let payload: Payload
  let config: S3Config
  let privateFiles: ObjectFolder
  let publicFiles: ObjectFolder
  let work: string
  let archive: string
  let shown: Media
  let hidden: Media
  let draftId: string | number
  /** Name → SHA-256 of every object of both media documents, as uploaded. */
  const original = new Map<string, string>()
  const editor = new CmsHttpClient()
  const env = () => ({ DATABASE_URL: process.env.DATABASE_URL ?? '', PAYLOAD_SECRET: process.env.PAYLOAD_SECRET ?? '' })
  const names = (doc: Media) => storedFiles(doc).map((file) => file.name)
  const restore = (file: string, url: string, extra: Record<string, string> = {}) =>
    runNodeScript('scripts/restore.ts', [file, '--yes'], {
      ...env(),
      DATABASE_URL: url,
      MEDIA_DIR: path.join(work, `media-${uniqueSuffix()}`),
      ...extra,
    })
  const fileRoute = async (name: string) => {
    const response = await editor.fetch(`/media/file/${encodeURIComponent(name)}`)
    return {
      status: response.status,
      type: response.headers.get('content-type'),
      bytes: Buffer.from(await response.arrayBuffer()),
    }
  }
  const publicGet = async (name: string) => {
    const response = await fetch(new URL(encodeURIComponent(name), config.publicUrl))
    return { status: response.status, bytes: Buffer.from(await response.arrayBuffer()) }
  }
  /** Both documents' objects gone from the bucket, private and public, as after a lost bucket. */
  const loseObjects = async () => {
    const all = [...names(shown), ...names(hidden)]
    await privateFiles.remove(all)
    await publicFiles.remove(all)
    expect((await fileRoute(shown.filename as string)).status).toBe(404)
  }

  beforeAll(async () => {
    const s3 = readS3Config()
    if (!s3?.endpoint) throw new Error('int-s3 runs with the S3_* variables its globalSetup provides.')
    config = s3
    privateFiles = objectFolder(config, config.privatePrefix)
    publicFiles = objectFolder(config, config.publicPrefix)
    work = fs.mkdtempSync(path.join(testTmpDir, 'backup-s3-'))
    payload = await getTestPayload()
    const make = fixtures(payload)
    const { login } = await make.createUser('editor')
    await editor.login(login.email, login.password)
    const ownerUnit = (await make.createUnit()).id
    const image = async (seed: number, name: string) =>
      payload.create({
        collection: 'media',
        data: { alt: name },
        file: uploadFile(await noiseJpeg(900, 600, seed), 'image/jpeg', `${name}-${uniqueSuffix()}.jpg`),
      })
    shown = await image(11, 'cong-khai')
    hidden = await image(12, 'nhap')
    await make.createPublishedMaterial({ ownerUnit, coverImage: shown.id })
    draftId = (
      await make.createDraftMaterial({ ownerUnit, coverImage: hidden.id, title: `Bản nháp ${uniqueSuffix()}` })
    ).id
    for (const name of [...names(shown), ...names(hidden)])
      original.set(name, sha256((await privateFiles.get(name)) as Buffer))
    expect((await publicGet(shown.filename as string)).status).toBe(200)

    archive = path.join(work, 'sao-luu.tar')
    const made = await runNodeScript('scripts/backup.ts', [archive], { ...env(), MEDIA_DIR: path.join(work, 'none') })
    expect(made.code, made.stdout + made.stderr).toBe(0)
    expect(made.stdout).toMatch(
      new RegExp(`Đã gồm cả bucket S3 ${config.bucket}: [\\d.]+ đối tượng media, [\\d,]+ (kB|MB)`),
    )
  }, 180_000)

  afterAll(() => {
    if (work) fs.rmSync(work, { recursive: true, force: true })
  })

  it('the archive holds every private object of the records, byte for byte, and no public copy', async () => {
    const entries = await readArchive(archive)
    for (const [name, digest] of original) {
      const entry = entries.find((item) => item.name === `media/${name}`)
      expect(entry, name).toBeDefined()
      expect(sha256(entry?.data as Buffer), name).toBe(digest)
    }
    expect(entries.filter((entry) => entry.name.startsWith('public/'))).toEqual([])
  })

  it('a corrupted object in the archive is refused before anything is written to the bucket', async () => {
    await loseObjects()
    const damaged = path.join(work, 'hong.tar')
    const target = `media/${shown.filename}`
    await editArchive(archive, damaged, (entry) => (entry.name === target ? flipByte(entry.data) : entry.data))
    const into = await freshTarget(process.env.DATABASE_URL ?? '', work)
    const result = await restore(damaged, into.url)
    expect(result.code, result.stdout + result.stderr).toBe(2)
    expect(result.stderr).toMatch(/1 tệp bị hỏng.*media\/cong-khai-/)
    expect(result.stderr).toMatch(/Chưa có gì bị thay đổi/)
    const left = await privateFiles.list()
    for (const name of original.keys()) expect(left, name).not.toContain(name)
    expect(fs.existsSync(into.url.slice('file:'.length))).toBe(false)
  })

  it('a configured bucket that does not exist is refused before the archive is read', async () => {
    const into = await freshTarget(process.env.DATABASE_URL ?? '', work)
    const result = await restore(archive, into.url, { S3_BUCKET: `khong-co-${Date.now()}` })
    expect(result.code, result.stdout + result.stderr).toBe(2)
    expect(result.stderr).toMatch(/không có bucket khong-co-/)
    expect(result.stderr).toMatch(/Chưa có gì bị thay đổi/)
    expect(fs.existsSync(into.url.slice('file:'.length))).toBe(false)
  })

  it('after losing the objects and a row, restore brings back the row, every object byte-identical, and the public copy of the published file only', async () => {
    await loseObjects()
    await payload.delete({ collection: 'materials', id: draftId })
    const into = await freshTarget(process.env.DATABASE_URL ?? '', work)
    const result = await restore(archive, into.url)
    expect(result.code, result.stdout + result.stderr).toBe(0)
    expect(result.stdout).toMatch(new RegExp(`Đã đưa [\\d.]+ đối tượng media .* vào bucket S3 ${config.bucket}`))

    const out = path.join(work, 'documents.json')
    const read = await runNodeScript('tests/support/readAllDocuments.ts', [out], { ...env(), DATABASE_URL: into.url })
    expect(read.code, read.stderr).toBe(0)
    const restored = JSON.parse(fs.readFileSync(out, 'utf8')) as AllDocuments
    expect(restored.materials?.[String(draftId)], 'the deleted draft material').toBeDefined()
    expect(restored.media?.[String(shown.id)]?.filename).toBe(shown.filename)

    for (const [name, digest] of original) {
      const served = await fileRoute(name)
      expect(served.status, name).toBe(200)
      expect(sha256(served.bytes), `${name} through the file route`).toBe(digest)
      expect(served.type, name).toMatch(/^image\//)
    }
    for (const name of names(shown)) {
      const copy = await publicGet(name)
      expect(copy.status, `${name} public copy`).toBe(200)
      expect(sha256(copy.bytes), name).toBe(original.get(name))
    }
    const publicNames = await publicFiles.list()
    for (const name of names(hidden)) expect(publicNames, `${name} stays private`).not.toContain(name)
  }, 180_000)
})
