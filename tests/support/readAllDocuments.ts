/**
 * Every document of every collection (with versions) and every global, as the
 * Local API returns them, keyed by id. Used in-process on the test database
 * and, run as a script (`node --import tsx tests/support/readAllDocuments.ts <out.json>`
 * with DATABASE_URL and MEDIA_DIR set), on another database such as a restored one.
 */
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { CollectionSlug, GlobalSlug, Payload } from 'payload'

export type Document = Record<string, unknown> & { id: string | number; createdAt?: string }
export type AllDocuments = Record<string, Record<string, Document>>

const byId = (docs: unknown[]): Record<string, Document> =>
  Object.fromEntries((docs as Document[]).map((doc) => [String(doc.id), doc]))

export async function readAllDocuments(payload: Payload): Promise<AllDocuments> {
  const all: AllDocuments = {}
  for (const collection of payload.config.collections) {
    const slug = collection.slug as CollectionSlug
    const { docs } = await payload.find({ collection: slug, pagination: false, depth: 0, overrideAccess: true })
    all[slug] = byId(docs)
    if (collection.versions) {
      const versions = await payload.findVersions({
        collection: slug,
        pagination: false,
        depth: 0,
        overrideAccess: true,
      })
      all[`${slug}:versions`] = byId(versions.docs)
    }
  }
  for (const global of payload.config.globals) {
    const doc = await payload.findGlobal({ slug: global.slug as GlobalSlug, depth: 0, overrideAccess: true })
    all[`global:${global.slug}`] = { global: doc as unknown as Document }
  }
  return all
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const out = process.argv[2]
  if (!out) throw new Error('usage: readAllDocuments.ts <out.json>')
  const { getCmsPayload } = await import('@dvctt/cms/lib/getCmsPayload')
  const payload = await getCmsPayload()
  payload.logger.level = 'fatal'
  fs.writeFileSync(out, JSON.stringify(await readAllDocuments(payload)))
  await payload.destroy()
  process.exit(0)
}
