/**
 * A deleted document's id is never given to a later document, in every collection a person links to
 * (admin addresses, audit entries, preview links, relationships), on every database: SQLite
 * (AUTOINCREMENT, migration `ids_never_reused`), PostgreSQL (sequences) and MongoDB (ObjectIds).
 * The newest document is the one deleted: that is the id SQLite without AUTOINCREMENT gives again.
 */
import type { CollectionSlug, Payload } from 'payload'
import { beforeAll, expect, it } from 'vitest'

import { describeWithDatabase, getTestPayload } from '../support/cms'
import { type Fixtures, fixtures, uniqueSuffix } from '../support/factories'
import { scannedPdf, uploadFile } from '../support/mediaFiles'

type Id = number | string
const QUIET = { skipSiteRebuild: true }

describeWithDatabase('ids never reused', () => {
  let payload: Payload
  let make: Fixtures

  const named = (collection: CollectionSlug) => async (): Promise<Id> =>
    (await payload.create({ collection, data: { name: `Mục thử mã ${uniqueSuffix()}` } as never, context: QUIET })).id

  const creators: [CollectionSlug, () => Promise<Id>][] = [
    ['materials', async () => (await make.createDraftMaterial()).id],
    [
      'media',
      async () =>
        (
          await payload.create({
            collection: 'media',
            data: { alt: 'Tờ khai thử mã' },
            file: uploadFile(await scannedPdf(1), 'application/pdf', `thu-ma-${uniqueSuffix()}.pdf`),
          })
        ).id,
    ],
    ['procedures', async () => (await make.createProcedure()).id],
    ['units', async () => (await make.createUnit()).id],
    ['topics', named('topics')],
    ['audiences', named('audiences')],
    ['campaigns', named('campaigns')],
    ['users', async () => (await make.createUser('editor')).user.id],
  ]

  const expectNewer = (next: Id, deleted: Id, what: string) => {
    expect(String(next), what).not.toBe(String(deleted))
    if (typeof deleted === 'number') expect(next, what).toBeGreaterThan(deleted)
  }

  beforeAll(async () => {
    payload = await getTestPayload()
    make = fixtures(payload)
  })

  it.each(creators)('%s: the id of the newest document, once deleted, is never given again', async (slug, create) => {
    await create()
    const newest = await create()
    await payload.delete({ collection: slug, id: newest, context: QUIET })
    expectNewer(await create(), newest, slug)
  })

  it('material versions: a deleted material’s version ids are never given to another material’s versions', async () => {
    const versionIds = async (id: Id): Promise<Id[]> =>
      (await payload.findVersions({ collection: 'materials', where: { parent: { equals: id } }, depth: 0 })).docs.map(
        (version) => version.id,
      )
    const material = await make.createDraftMaterial()
    const deleted = await versionIds(material.id)
    expect(deleted.length).toBeGreaterThan(0)
    await payload.delete({ collection: 'materials', id: material.id, context: QUIET })
    const next = await versionIds((await make.createDraftMaterial()).id)
    for (const id of next) for (const old of deleted) expectNewer(id, old, 'version')
  })
})
