import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import readline from 'node:readline'

import { BSON, type Db, type Document, type IndexDescription, MongoClient } from 'mongodb'

import { RestoreRefused } from '../refusal'
import { COLLECTION_ENTRY, indexesEntry } from './mongodbSnapshot'
import type { DatabaseRestorer } from './restorer'

const { EJSON } = BSON
const BATCH = 1000
const STAGING_SUFFIX = '__restoring'

async function withDb<T>(url: string, use: (db: Db) => Promise<T>): Promise<T> {
  const client = new MongoClient(url, { serverSelectionTimeoutMS: 5000 })
  await client.connect()
  try {
    return await use(client.db())
  } finally {
    await client.close()
  }
}

const collectionsIn = (stagedDir: string): string[] =>
  fs
    .readdirSync(stagedDir)
    .map((file) => COLLECTION_ENTRY.exec(file)?.[1])
    .filter((name): name is string => Boolean(name))
    .map((name) => decodeURIComponent(name))

/** Index definitions as listed by the driver, minus the fields createIndexes does not take. */
function indexSpecs(stagedDir: string, collection: string): IndexDescription[] {
  const file = path.join(stagedDir, indexesEntry(collection))
  if (!fs.existsSync(file)) return []
  const listed = EJSON.parse(fs.readFileSync(file, 'utf8'), { relaxed: false }) as Document[]
  // FerretDB 1.x lists an index twice when two createIndexes raced (mongoose's autoIndex and the
  // adapter's ensureIndexes at start); MongoDB's names are unique. Create each name once.
  const byName = new Map(listed.map((index) => [index.name, index]))
  return [...byName.values()]
    .filter((index) => index.name !== '_id_')
    .map(({ v: _version, ns: _namespace, key, ...options }) => ({ key, ...options }) as IndexDescription)
}

/** Loads one collection into `<name>__restoring`, indexes it, then renames it over the live one. */
async function restoreCollection(db: Db, stagedDir: string, name: string): Promise<void> {
  const staging = `${name}${STAGING_SUFFIX}`
  await db
    .collection(staging)
    .drop()
    .catch(() => undefined)
  await db.createCollection(staging)
  const target = db.collection(staging)
  const lines = readline.createInterface({
    input: fs.createReadStream(path.join(stagedDir, `${encodeURIComponent(name)}.ejson`)),
    crlfDelay: Infinity,
  })
  let batch: Document[] = []
  for await (const line of lines) {
    if (!line) continue
    batch.push(EJSON.parse(line, { relaxed: false }) as Document)
    if (batch.length >= BATCH) {
      await target.insertMany(batch, { ordered: true })
      batch = []
    }
  }
  if (batch.length) await target.insertMany(batch, { ordered: true })
  const indexes = indexSpecs(stagedDir, name)
  if (indexes.length) await target.createIndexes(indexes)
  await renameOver(db, staging, name)
}

/**
 * Renames the staged collection over the live one in one step. FerretDB 1.x does not implement
 * `dropTarget` (it answers NotImplemented, code 238): there the live collection is dropped just
 * before the rename, and a failure in between leaves the full staged copy under `<name>__restoring`.
 */
async function renameOver(db: Db, staging: string, name: string): Promise<void> {
  try {
    await db.collection(staging).rename(name, { dropTarget: true })
  } catch (error) {
    if ((error as { code?: unknown }).code !== 238) throw error
    await db
      .collection(name)
      .drop()
      .catch(() => undefined)
    await db.collection(staging).rename(name)
  }
}

/**
 * MongoDB has no transaction spanning collections here: each collection is
 * loaded beside the live one and swapped in by a rename, so a failure leaves
 * every collection either old or restored, never half-loaded.
 */
export const mongodbRestorer: DatabaseRestorer = {
  stagingParent: () => os.tmpdir(),

  async checkTarget(url) {
    try {
      await withDb(url, (db) => db.command({ ping: 1 }))
    } catch (error) {
      throw new RestoreRefused(
        [`không kết nối được MongoDB (${error instanceof Error ? error.message : String(error)})`],
        'Kiểm tra DATABASE_URL và máy chủ MongoDB rồi chạy lại.',
      )
    }
  },

  checkStaged: async () => [],

  async replace(url, stagedDir) {
    const restored = collectionsIn(stagedDir)
    await withDb(url, async (db) => {
      for (const name of restored) await restoreCollection(db, stagedDir, name)
      const existing = (await db.listCollections({ type: 'collection' }, { nameOnly: true }).toArray()).map(
        (info) => info.name,
      )
      for (const name of existing) {
        if (!name.startsWith('system.') && !restored.includes(name)) await db.collection(name).drop()
      }
    })
    return { commit: async () => undefined, rollback: async () => undefined }
  },
}
