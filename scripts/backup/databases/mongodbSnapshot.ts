import fs from 'node:fs'
import path from 'node:path'

import { BSON, type ClientSession, type Db, MongoClient } from 'mongodb'

import { type DatabaseSnapshot, MEDIA_TABLE } from './types'

const { EJSON } = BSON

/** One file of canonical Extended JSON documents per collection (one per line), one of its index definitions. */
export const documentsEntry = (collection: string): string => `${encodeURIComponent(collection)}.ejson`
export const indexesEntry = (collection: string): string => `${encodeURIComponent(collection)}.indexes.json`
export const COLLECTION_ENTRY = /^(.+)\.ejson$/

/** Every `filename` value in a media document: the original, its renditions (sizes.*) and its preview. */
function filenamesIn(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) for (const item of value) filenamesIn(item, found)
  else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if (key === 'filename' && typeof inner === 'string' && inner) found.push(inner)
      else filenamesIn(inner, found)
    }
  }
  return found
}

async function writeLines(file: string, lines: AsyncIterable<string>): Promise<void> {
  const out = fs.createWriteStream(file)
  for await (const line of lines)
    if (!out.write(`${line}\n`)) await new Promise<void>((resolve) => out.once('drain', () => resolve()))
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())))
}

/**
 * A snapshot session reads every collection at one instant (replica sets,
 * MongoDB ≥ 5.0). A standalone server has no such read: the export is then
 * taken collection by collection, and the person is told.
 */
async function openSnapshotSession(client: MongoClient, db: Db): Promise<ClientSession | undefined> {
  const session = client.startSession({ snapshot: true })
  try {
    await db.collection(MEDIA_TABLE).findOne({}, { session })
    return session
  } catch {
    await session.endSession()
    return undefined
  }
}

export async function snapshotMongodb(url: string, workDir: string): Promise<DatabaseSnapshot> {
  const client = new MongoClient(url, { serverSelectionTimeoutMS: 5000 })
  await client.connect()
  try {
    const db = client.db()
    const session = await openSnapshotSession(client, db)
    const warnings = session
      ? []
      : [
          'Máy chủ MongoDB không hỗ trợ đọc theo thời điểm (cần replica set, MongoDB ≥ 5.0): các bộ sưu tập được chép lần lượt; nếu CMS đang ghi, bản sao có thể lệch nhau vài giây.',
        ]
    // Once each: mongo-java-server was seen listing a collection twice (CI at 5bdba15: «globals»), which made
    // an archive with two copies of one entry that restore rightly refuses.
    const listed = (await db.listCollections({ type: 'collection' }, { nameOnly: true }).toArray()).map(
      (info) => info.name,
    )
    const collections = [...new Set(listed)].filter((name) => !name.startsWith('system.')).sort()
    const files: DatabaseSnapshot['files'] = []
    const counts: Record<string, number> = {}
    const mediaFilenames: string[] = []
    for (const name of collections) {
      const collection = db.collection(name)
      let count = 0
      const documents = async function* () {
        for await (const doc of collection.find({}, { session })) {
          count++
          if (name === MEDIA_TABLE) filenamesIn(doc, mediaFilenames)
          yield EJSON.stringify(doc, { relaxed: false })
        }
      }
      const documentsFile = path.join(workDir, documentsEntry(name))
      await writeLines(documentsFile, documents())
      counts[name] = count
      const indexesFile = path.join(workDir, indexesEntry(name))
      fs.writeFileSync(indexesFile, EJSON.stringify(await collection.indexes(), { relaxed: false }))
      files.push({ name: documentsEntry(name), path: documentsFile }, { name: indexesEntry(name), path: indexesFile })
    }
    await session?.endSession()
    return { kind: 'mongodb', files, counts, migrations: [], mediaFilenames, warnings }
  } finally {
    await client.close()
  }
}
