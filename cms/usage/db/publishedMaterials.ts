import type { Payload } from 'payload'

import { sqlOn } from '../../lib/migrate/sqlClient'

/** Published material id → the ids of the media a reader can download from its page, as strings. */
export type PublishedFiles = Map<string, Set<string>>

type Doc = Record<string, unknown>
interface MaterialModel {
  find(filter: Doc, projection: Doc): { lean(): Promise<Doc[]> }
}

const text = (value: unknown): string => (value === null || value === undefined ? '' : String(value))

function collect(rows: { material: unknown; file: unknown }[], into: PublishedFiles): PublishedFiles {
  for (const { material, file } of rows) {
    const files = into.get(text(material))
    if (files && text(file)) files.add(text(file))
  }
  return into
}

/**
 * The published materials and their downloadable media (files, captions, cover), read straight from
 * the tables: the beacon endpoint reads it every minute, and Payload's `find` of 10,000 materials with
 * their files array takes seconds where these queries take milliseconds.
 */
export async function readPublishedFiles(payload: Payload): Promise<PublishedFiles> {
  if (payload.db.name === 'mongoose') {
    const model = (payload.db as unknown as { collections: Record<string, MaterialModel> }).collections.materials
    if (!model) throw new Error('No MongoDB model for materials')
    const docs = await model.find({ _status: 'published' }, { coverImage: 1, captions: 1, 'files.file': 1 }).lean()
    const index: PublishedFiles = new Map(docs.map((doc) => [text(doc._id), new Set<string>()]))
    return collect(
      docs.flatMap((doc) => [
        { material: doc._id, file: doc.coverImage },
        { material: doc._id, file: doc.captions },
        ...((doc.files as { file?: unknown }[] | undefined) ?? []).map((row) => ({
          material: doc._id,
          file: row.file,
        })),
      ]),
      index,
    )
  }
  const sql = sqlOn(payload, payload.db.name === 'postgres' ? 'postgres' : 'sqlite')
  const materials = await sql(`SELECT id, cover_image_id, captions_id FROM materials WHERE _status = 'published'`)
  const index: PublishedFiles = new Map(materials.map((row) => [text(row.id), new Set<string>()]))
  collect(
    materials.flatMap((row) => [
      { material: row.id, file: row.cover_image_id },
      { material: row.id, file: row.captions_id },
    ]),
    index,
  )
  const files = await sql('SELECT _parent_id, file_id FROM materials_files')
  return collect(
    files.map((row) => ({ material: row._parent_id, file: row.file_id })),
    index,
  )
}
