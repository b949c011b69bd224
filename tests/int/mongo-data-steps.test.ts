/**
 * MongoDB has no migrations, so data an earlier release wrote in an older shape
 * is moved by cms/lib/migrate/mongoDataSteps.ts, run wherever the SQL
 * migrations run. On SQLite and PostgreSQL the upgrade tests cover the same move.
 */
import type { Payload } from 'payload'
import { beforeAll, expect, it } from 'vitest'

import { applyPendingMigrations, databaseKindOf } from '@dvctt/cms/lib/migrations'
import type { Material, Media } from '@dvctt/cms/payload-types'

import { describeWithDatabase, getTestPayload } from '../support/cms'
import { fixtures, materialData, uniqueSuffix } from '../support/factories'
import { mp4, vtt } from '../support/hostileFiles'

type Model = { updateOne(filter: object, update: object): Promise<unknown> }
type MongoDb = { collections: { materials: Model; media: Model }; versions: { materials: Model } }

describeWithDatabase('MongoDB: data in an earlier release’s shape', () => {
  let payload: Payload

  beforeAll(async () => {
    payload = await getTestPayload()
  })

  it('a video whose WebVTT file is still a download gets it as captions, in the document and its versions', async (context) => {
    if (databaseKindOf(payload) !== 'mongodb') return context.skip() // SQL: tests/upgrade covers the migration
    const unitId = (await fixtures(payload).createUnit()).id
    const upload = (data: Buffer, name: string): Promise<Media> =>
      payload.create({
        collection: 'media',
        data: { alt: `Tệp ${uniqueSuffix()}` },
        file: { data, name, mimetype: 'application/octet-stream', size: data.length },
      })
    const captions = await upload(Buffer.from(`${vtt().toString('utf8')}\nNOTE ${uniqueSuffix()}\n`), 'loi-thoai.vtt')
    const clip = await upload(await mp4(), 'clip.mp4')
    const material = await payload.create({
      collection: 'materials',
      data: {
        ...materialData({ ownerUnit: unitId, kind: 'video' }),
        captions: captions.id,
        files: [{ label: 'Video', file: clip.id }],
      },
      depth: 0,
    })
    // What the previous release stored: no captions field, the WebVTT file second among the downloads.
    const db = payload.db as unknown as MongoDb
    // Mongoose casts these ids to ObjectIds from the collection's schema, as the adapter stores them.
    const oldFiles = (prefix: string) => ({
      $unset: { [`${prefix}captions`]: 1 },
      $push: { [`${prefix}files`]: { id: `old${uniqueSuffix()}`, label: 'Phụ đề', file: captions.id } },
    })
    await db.collections.materials.updateOne({ _id: material.id }, oldFiles(''))
    await db.versions.materials.updateOne({ parent: material.id }, oldFiles('version.'))
    const before = (await payload.findByID({ collection: 'materials', id: material.id, depth: 0 })) as Material
    expect(before.captions ?? null).toBeNull()
    expect(before.files?.map((row) => row.file)).toEqual([clip.id, captions.id])

    const lines: string[] = []
    await applyPendingMigrations(payload, { log: (line) => lines.push(line) })
    const after = (await payload.findByID({ collection: 'materials', id: material.id, depth: 0 })) as Material
    expect(after.captions).toBe(captions.id)
    expect(after.files?.map((row) => row.file)).toEqual([clip.id])
    expect(lines.join('\n')).toMatch(/Phụ đề \/ lời thoại/)
    const { docs: versions } = await payload.findVersions({
      collection: 'materials',
      where: { parent: { equals: material.id } },
      depth: 0,
    })
    expect(versions.length).toBeGreaterThan(0)
    for (const version of versions) {
      expect(version.version.captions).toBe(captions.id)
      expect(version.version.files?.map((row) => row.file)).toEqual([clip.id])
    }

    // Idempotent: a second run finds nothing in the old shape and changes nothing.
    const again: string[] = []
    await applyPendingMigrations(payload, { log: (line) => again.push(line) })
    expect(again).toEqual([])
  })
})
