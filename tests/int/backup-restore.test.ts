/**
 * `npm run backup` while editors keep writing, `npm run restore` into a fresh
 * database and media folder (the project's database is shared with other
 * files), both run as child processes like a technician would. Then every
 * document and every media file is compared with the source as of the backup.
 */
import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, expect, test } from 'vitest'

import { editArchive, flipByte, readArchive } from '../support/archiveEdits'
import { databaseFingerprint, freshTarget, mediaFingerprint, runNodeScript } from '../support/backupTargets'
import { describeWithDatabase, getTestPayload } from '../support/cms'
import { testTmpDir } from '../support/databases/tmpDir'
import { fixtures } from '../support/factories'
import { uploadFile, noiseJpeg, scannedPdf } from '../support/mediaFiles'
import type { AllDocuments, Document } from '../support/readAllDocuments'
import { readAllDocuments } from '../support/readAllDocuments'
import { startWriteLoop } from '../support/writeLoop'

const projectUrl = process.env.DATABASE_URL ?? ''
const sourceMedia = process.env.MEDIA_DIR ?? ''
const secret = process.env.PAYLOAD_SECRET ?? ''

let payload: Payload
let work: string
const targets: { drop: () => Promise<void> }[] = []

const backup = (file: string) =>
  runNodeScript('scripts/backup.ts', [file], {
    DATABASE_URL: projectUrl,
    MEDIA_DIR: sourceMedia,
    PAYLOAD_SECRET: secret,
  })
const restore = (file: string, url: string, mediaDir: string) =>
  runNodeScript('scripts/restore.ts', [file, '--yes'], {
    DATABASE_URL: url,
    MEDIA_DIR: mediaDir,
    PAYLOAD_SECRET: secret,
  })

async function restoredTarget(archive: string, name: string) {
  const target = await freshTarget(projectUrl, work)
  targets.push(target)
  const mediaDir = path.join(work, name)
  const result = await restore(archive, target.url, mediaDir)
  expect(result.stderr, result.stdout).not.toMatch(/✖/)
  expect(result.code).toBe(0)
  return { ...target, mediaDir, result }
}

async function readRestored(url: string, mediaDir: string): Promise<AllDocuments> {
  const out = path.join(work, `documents-${Date.now()}.json`)
  const result = await runNodeScript('tests/support/readAllDocuments.ts', [out], {
    DATABASE_URL: url,
    MEDIA_DIR: mediaDir,
    PAYLOAD_SECRET: secret,
  })
  expect(result.code, result.stderr).toBe(0)
  return JSON.parse(fs.readFileSync(out, 'utf8')) as AllDocuments
}

const createdAt = (doc: Document): number => Date.parse(String(doc.createdAt ?? ''))
const updatedAt = (doc: Document): number => Date.parse(String(doc.updatedAt ?? doc.createdAt ?? ''))
/** Every file a media record names: the original and each derived file (renditions, preview, broadcast MP3, small video, social images…). */
const mediaFilenames = (value: unknown): string[] => {
  if (Array.isArray(value)) return value.flatMap(mediaFilenames)
  if (!value || typeof value !== 'object') return []
  return Object.entries(value).flatMap(([key, inner]) =>
    key === 'filename' ? (typeof inner === 'string' && inner !== '' ? [inner] : []) : mediaFilenames(inner),
  )
}

/** Every restored document equals its source; every source document older than the backup was restored. */
function compareDocuments(
  source: AllDocuments,
  restored: AllDocuments,
  window: { start: number; end: number },
): string[] {
  const problems: string[] = []
  for (const key of new Set([...Object.keys(source), ...Object.keys(restored)])) {
    const before = source[key] ?? {}
    const after = restored[key] ?? {}
    for (const [id, doc] of Object.entries(after)) {
      // Written by the restore itself (the queued rebuild): newer than the backup.
      if (createdAt(doc) > window.end) continue
      if (!before[id]) problems.push(`${key} ${id}: restored but not in the source`)
      // Changed after the backup began (e.g. the jobs queue's own statistics global): its state at backup time is unknown.
      else if (updatedAt(before[id]) >= window.start) continue
      else if (JSON.stringify(doc) !== JSON.stringify(before[id]))
        problems.push(`${key} ${id}: differs from the source`)
    }
    for (const [id, doc] of Object.entries(before)) {
      // The restore queues a full rebuild, which supersedes (replaces) a rebuild still waiting.
      const supersededRebuild = key === 'payload-jobs' && doc.taskSlug === 'rebuildSite' && !doc.completedAt
      if (createdAt(doc) < window.start && !after[id] && !supersededRebuild)
        problems.push(`${key} ${id}: older than the backup but not restored`)
    }
  }
  return problems
}

/** The database's fingerprint once two readings a second apart agree (at most 30 s). */
async function settledFingerprint(url: string): Promise<string> {
  let last = await databaseFingerprint(url)
  for (let tries = 0; tries < 30; tries++) {
    await new Promise((resolve) => setTimeout(resolve, 1000))
    const now = await databaseFingerprint(url)
    if (now === last) return now
    last = now
  }
  throw new Error('the database kept changing for 30 s before the restore was tried')
}

beforeAll(async () => {
  work = fs.mkdtempSync(path.join(testTmpDir, 'backup-restore-'))
})

afterAll(async () => {
  for (const target of targets) await target.drop().catch(() => undefined)
  if (work) fs.rmSync(work, { recursive: true, force: true })
})

describeWithDatabase('Sao lưu và khôi phục', () => {
  beforeAll(async () => {
    payload = await getTestPayload()
    const make = fixtures(payload)
    const unit = await make.createUnit()
    const photo = await payload.create({
      collection: 'media',
      data: { alt: 'Ảnh bìa' },
      file: uploadFile(await noiseJpeg(640, 480, 7), 'image/jpeg', 'anh-bia.jpg'),
    })
    const leaflet = await payload.create({
      collection: 'media',
      data: { alt: 'Tờ rơi' },
      file: uploadFile(await scannedPdf(2), 'application/pdf', 'to-roi.pdf'),
    })
    await make.createPublishedMaterial({
      ownerUnit: unit.id,
      kind: 'leaflet',
      files: [
        { label: 'Bản in', file: leaflet.id },
        { label: 'Ảnh', file: photo.id },
      ],
    })
  })

  test('a backup taken while editors write restores every document and file as of the backup; each write is wholly in it or wholly absent', async () => {
    const unit = await fixtures(payload).createUnit()
    const loop = startWriteLoop(payload, unit.id)
    await loop.waitFor(2)
    const completeBefore = loop.writes.filter((write) => write.materialId !== null).length
    const archive = path.join(work, 'sao-luu.tar')
    const start = Date.now()
    const made = await backup(archive)
    const end = Date.now()
    const startedAfter = loop.writes.length
    await loop.waitFor(startedAfter + 1)
    const writes = await loop.stop()

    expect(made.code, made.stderr).toBe(0)
    expect(made.stdout).toMatch(/Đã sao lưu vào .*sao-luu\.tar/)
    expect(fs.existsSync(`${archive}.partial`)).toBe(false)

    const target = await restoredTarget(archive, 'media-khoi-phuc')
    expect(target.result.stdout).toMatch(/Đã khôi phục/)
    const restored = await readRestored(target.url, target.mediaDir)
    const source = await readAllDocuments(payload)
    expect(compareDocuments(source, restored, { start, end })).toEqual([])

    // The loop's writes: a prefix of them is in the backup, each one whole.
    const titles = new Set(Object.values(restored.materials ?? {}).map((doc) => doc.title))
    const restoredMaterials = writes.filter((write) => titles.has(loop.title(write.index))).map((write) => write.index)
    const restoredMedia = writes.filter((write) => restored.media?.[String(write.mediaId)]).map((write) => write.index)
    const prefix = (count: number) => Array.from({ length: count }, (_, index) => index)
    expect(restoredMaterials).toEqual(prefix(restoredMaterials.length))
    expect(restoredMedia).toEqual(prefix(restoredMedia.length))
    expect(restoredMedia.length - restoredMaterials.length).toBeGreaterThanOrEqual(0)
    expect(restoredMedia.length - restoredMaterials.length).toBeLessThanOrEqual(1)
    expect(restoredMaterials.length).toBeGreaterThanOrEqual(completeBefore)
    expect(restoredMedia.length).toBeLessThan(writes.length)
    for (const index of restoredMaterials) {
      const material = Object.values(restored.materials ?? {}).find((doc) => doc.title === loop.title(index))
      expect(material?.files, `material ${index}`).toEqual([expect.objectContaining({ file: writes[index]?.mediaId })])
    }

    // Media: byte for byte; every file a restored record names, and no file without one.
    const restoredFiles = mediaFingerprint(target.mediaDir)
    const sourceFiles = mediaFingerprint(sourceMedia)
    const named = new Set(Object.values(restored.media ?? {}).flatMap(mediaFilenames))
    expect(Object.keys(restoredFiles).length).toBeGreaterThan(0)
    for (const [name, digest] of Object.entries(restoredFiles)) {
      expect(digest, name).toBe(sourceFiles[name])
      expect(named.has(name), `${name} belongs to a restored record`).toBe(true)
    }
    expect([...named].filter((name) => sourceFiles[name] && !restoredFiles[name])).toEqual([])

    // A full rebuild waits in the restored database's queue for the CMS.
    const queued = Object.values(restored['payload-jobs'] ?? {}).filter(
      (job) => job.taskSlug === 'rebuildSite' && createdAt(job) > end,
    )
    expect(queued.length).toBeGreaterThan(0)
  }, 300_000)

  describeWithDatabase('refuses a damaged or mismatched archive and changes nothing', () => {
    let good: string
    let target: Awaited<ReturnType<typeof restoredTarget>>
    let before: { database: string; media: Record<string, string> }

    beforeAll(async () => {
      good = path.join(work, 'tot.tar')
      const made = await backup(good)
      expect(made.code, made.stderr).toBe(0)
      target = await restoredTarget(good, 'media-dich')
      before = { database: await databaseFingerprint(target.url), media: mediaFingerprint(target.mediaDir) }
    }, 120_000)

    const otherKind = () => (projectUrl.startsWith('file:') ? 'postgres' : 'sqlite')
    const firstMedia = async () =>
      (await readArchive(good)).find((entry) => entry.name.startsWith('media/'))?.name ?? 'none'
    const withManifest =
      (change: (manifest: { database: { kind: string; migrations: string[] } }) => void) => (data: Buffer) => {
        const manifest = JSON.parse(data.toString('utf8'))
        change(manifest)
        return Buffer.from(JSON.stringify(manifest))
      }

    test.each([
      {
        problem: 'a flipped byte in a media file',
        expected: /bị hỏng.*media\//,
        edit: async (name: string, data: Buffer) => (name === (await firstMedia()) ? flipByte(data) : data),
      },
      {
        problem: 'a file missing',
        expected: /thiếu 1 tệp mà manifest liệt kê: media\//,
        edit: async (name: string, data: Buffer) => (name === (await firstMedia()) ? null : data),
      },
      {
        problem: 'a migration newer than the code',
        expected: /mới hơn mã nguồn.*20991231_235959_tu_phien_ban_sau.*phiên bản/,
        edit: async (name: string, data: Buffer) =>
          name === 'manifest.json'
            ? withManifest((manifest) => manifest.database.migrations.push('20991231_235959_tu_phien_ban_sau'))(data)
            : data,
      },
      {
        problem: 'another kind of database',
        expected: /không khôi phục chéo/,
        edit: async (name: string, data: Buffer) =>
          name === 'manifest.json' ? withManifest((manifest) => (manifest.database.kind = otherKind()))(data) : data,
      },
    ])('$problem', async ({ edit, expected }) => {
      const entries = await readArchive(good)
      const edited = path.join(work, `hong-${Date.now()}.tar`)
      const changed = await Promise.all(
        entries.map(async (entry) => ({ name: entry.name, data: await edit(entry.name, entry.data) })),
      )
      await editArchive(good, edited, (entry) => changed.find((item) => item.name === entry.name)?.data ?? null)

      const result = await restore(edited, target.url, target.mediaDir)
      expect(result.code, result.stdout + result.stderr).toBe(2)
      expect(result.stderr).toMatch(expected)
      expect(result.stderr).toMatch(/Chưa có gì bị thay đổi/)
      expect(await databaseFingerprint(target.url)).toBe(before.database)
      expect(mediaFingerprint(target.mediaDir)).toEqual(before.media)
      expect(fs.readdirSync(work).filter((name) => name.includes('.restoring-'))).toEqual([])
    })

    // This worker's Payload holds the project's database open, as a running CMS would. MongoDB: not detected.
    test.skipIf(projectUrl.startsWith('mongodb'))('a sound archive while the CMS has the database open', async () => {
      // The open CMS's own background work (the rebuild its earlier writes queued, the job queue's statistics)
      // may still be writing: measure once it has settled, so any change below is the refused restore's.
      const database = await settledFingerprint(projectUrl)
      const media = mediaFingerprint(sourceMedia)
      const result = await restore(good, projectUrl, sourceMedia)
      expect(result.code, result.stdout + result.stderr).toBe(2)
      expect(result.stderr).toMatch(/CMS có thể đang chạy/)
      expect(result.stderr).toMatch(/Dừng CMS/)
      expect(await databaseFingerprint(projectUrl)).toBe(database)
      expect(mediaFingerprint(sourceMedia)).toEqual(media)
    })

    test('an archive cut short', async () => {
      const cut = path.join(work, 'cat-ngang.tar')
      const bytes = fs.readFileSync(good)
      fs.writeFileSync(cut, bytes.subarray(0, Math.floor(bytes.length / 2)))
      const result = await restore(cut, target.url, target.mediaDir)
      expect(result.code).toBe(2)
      expect(result.stderr).toMatch(/không đọc được|không có manifest\.json/)
      expect(await databaseFingerprint(target.url)).toBe(before.database)
      expect(mediaFingerprint(target.mediaDir)).toEqual(before.media)
    })
  })
})
