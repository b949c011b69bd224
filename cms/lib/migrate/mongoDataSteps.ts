/**
 * MongoDB has no schema to migrate, but data an earlier release wrote in an
 * older shape still has to move, as the SQL migrations move it. Each step here
 * is idempotent: it finds only documents still in the old shape, so running it
 * at every `npm run migrate`, `npm start` or `npm run serve` is harmless.
 */
import type { Payload } from 'payload'

type Row = { id?: string; file?: unknown }
type Doc = { _id: unknown; files?: Row[] }
type Model = {
  find(filter: object, projection?: object): { lean(): Promise<Record<string, unknown>[]> }
  updateOne(filter: object, update: object): Promise<unknown>
}
type MongoDb = { collections: { materials: Model; media: Model }; versions: { materials: Model } }

const PLAYING_KINDS = ['video', 'audio']

/**
 * Captions used to be a WebVTT row among a video's or recording's downloads
 * (before 20261206_174558_material_captions_media_checksums on SQL): the first
 * such row moves to «Phụ đề / lời thoại», in documents and in saved versions.
 */
async function moveCaptionsOutOfDownloads(db: MongoDb): Promise<number> {
  const vtt = await db.collections.media.find({ mimeType: 'text/vtt' }, { _id: 1 }).lean()
  if (vtt.length === 0) return 0
  const vttIds = vtt.map((doc) => doc._id)
  const isVtt = (row: Row) => vttIds.some((id) => String(id) === String(row.file))
  const move = async (model: Model, prefix: string): Promise<number> => {
    const docs = await model
      .find({
        [`${prefix}kind`]: { $in: PLAYING_KINDS },
        [`${prefix}captions`]: { $in: [null] },
        [`${prefix}files.file`]: { $in: vttIds },
      })
      .lean()
    for (const raw of docs) {
      const doc = (prefix ? raw.version : raw) as Doc
      const files = doc.files ?? []
      const first = files.find(isVtt)
      if (!first) continue
      await model.updateOne(
        { _id: raw._id },
        { $set: { [`${prefix}captions`]: first.file, [`${prefix}files`]: files.filter((row) => row !== first) } },
      )
    }
    return docs.length
  }
  const moved = await move(db.collections.materials, '')
  await move(db.versions.materials, 'version.')
  return moved
}

export async function applyMongoDataSteps(payload: Payload, log: (line: string) => void): Promise<void> {
  const db = payload.db as unknown as MongoDb
  const moved = await moveCaptionsOutOfDownloads(db)
  if (moved > 0) log(`Đã chuyển tệp WebVTT của ${moved} tài liệu video/ghi âm sang trường «Phụ đề / lời thoại».`)
}
