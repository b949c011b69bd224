import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
  PayloadRequest,
  Where,
} from 'payload'

import type { Material } from '../../../payload-types'
import { syncPublicCopies } from '../../../storage/publicCopies'
import { type DocId as MediaId, referencedMediaIds } from '../../../vocabulary'

/*
 * A file is public while at least one PUBLISHED material shows it (its main
 * record, the one the public reads: cover, downloads or an upload inside the
 * body). Media's read access lets anonymous callers see `publiclyVisible`
 * files only (cms/access/publiclyVisibleMedia.ts); these hooks keep that flag true
 * to the materials. cms/uploads/backfillMediaVisibility.ts sets it for data saved before.
 */

const PUBLISHED: Where = { _status: { equals: 'published' } }

/** Materials whose main record shows this file. `bodyMedia` makes body uploads queryable. */
export const referencesMedia = (id: MediaId): Where => ({
  or: [
    { coverImage: { equals: id } },
    { captions: { equals: id } },
    { 'files.file': { equals: id } },
    { bodyMedia: { in: [id] } },
  ],
})

interface MainRecord {
  state: string
  published: boolean
  media: MediaId[]
}

/** What the public sees of a material: its main record (draft saves only write versions). */
async function readMainRecord(req: PayloadRequest, id: Material['id']): Promise<MainRecord | null> {
  const main = await req.payload.findByID({
    collection: 'materials',
    id,
    depth: 0,
    draft: false,
    overrideAccess: true,
    disableErrors: true,
    select: { _status: true, updatedAt: true, coverImage: true, captions: true, files: true, body: true },
    req,
  })
  if (!main) return null
  return {
    state: `${main._status ?? 'published'}@${main.updatedAt}`,
    published: main._status === 'published',
    media: referencedMediaIds(main),
  }
}

const beforeKey = (id: Material['id']): string => `mediaVisibility:mainBefore:${id}`

// One request may save many materials at once (bulk publish); their media
// writes go one after another on its transaction, as requestSiteRebuild does.
const queueForRequest = new WeakMap<PayloadRequest, Promise<void>>()
function serialized(req: PayloadRequest, work: () => Promise<void>): Promise<void> {
  const next = (queueForRequest.get(req) ?? Promise.resolve()).then(work)
  queueForRequest.set(
    req,
    next.catch(() => undefined),
  )
  return next
}

/** Flags files; writes only the rows whose value changes, straight to the database (no media hooks, no rebuild). */
async function setVisible(req: PayloadRequest, ids: MediaId[], visible: boolean): Promise<void> {
  if (ids.length === 0) return
  const stale: Where = visible
    ? { or: [{ publiclyVisible: { equals: false } }, { publiclyVisible: { exists: false } }] }
    : { publiclyVisible: { equals: true } }
  await req.payload.db.updateMany({
    collection: 'media',
    where: { and: [{ id: { in: ids } }, stale] },
    data: { publiclyVisible: visible },
    req,
    returning: false,
  })
}

/** Whether some published material (other than those already gone) still shows the file. */
export async function isShownByPublishedMaterial(req: PayloadRequest, id: MediaId): Promise<boolean> {
  const { docs } = await req.payload.find({
    collection: 'materials',
    where: { and: [PUBLISHED, referencesMedia(id)] },
    draft: false,
    depth: 0,
    limit: 1,
    pagination: false,
    select: { _status: true },
    overrideAccess: true,
    req,
  })
  return docs.length > 0
}

/** An outreach activity's evidence (personal data) never becomes public, whatever material shows it. */
async function evidenceAmong(req: PayloadRequest, ids: MediaId[]): Promise<MediaId[]> {
  if (ids.length === 0) return []
  const { docs } = await req.payload.find({
    collection: 'media',
    where: { and: [{ id: { in: ids } }, { evidenceUnit: { exists: true } }] },
    depth: 0,
    pagination: false,
    select: { filename: true },
    overrideAccess: true,
    req,
  })
  return docs.map((doc) => doc.id)
}

async function withoutEvidence(req: PayloadRequest, ids: MediaId[]): Promise<MediaId[]> {
  const evidence = new Set((await evidenceAmong(req, ids)).map(String))
  return evidence.size === 0 ? ids : ids.filter((id) => !evidence.has(String(id)))
}

/**
 * `shown`: files the saved material's published main record shows (public now,
 * no query needed). `dropped`: files it showed before and no longer does; each
 * stays public only if another published material shows it.
 */
export async function updateVisibility(req: PayloadRequest, shownFiles: MediaId[], dropped: MediaId[]): Promise<void> {
  const shown = await withoutEvidence(req, shownFiles)
  const shownKeys = new Set(shown.map(String))
  const candidates = dropped.filter((id) => !shownKeys.has(String(id)))
  await serialized(req, async () => {
    await setVisible(req, shown, true)
    const hidden: MediaId[] = []
    const stillShown: MediaId[] = []
    const evidence = new Set((await evidenceAmong(req, candidates)).map(String))
    for (const id of candidates)
      (!evidence.has(String(id)) && (await isShownByPublishedMaterial(req, id)) ? stillShown : hidden).push(id)
    await setVisible(req, stillShown, true)
    await setVisible(req, hidden, false)
    // With S3, the bucket's public part follows the flag (cms/storage/publicCopies.ts).
    await syncPublicCopies(req, [...shown, ...stillShown], true)
    await syncPublicCopies(req, hidden, false)
  })
}

/** Before a save: what the public saw of the material, to compare with what it sees after. */
export const rememberShownMedia: CollectionBeforeChangeHook<Material> = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation === 'update' && originalDoc?.id !== undefined) {
    const main = await readMainRecord(req, originalDoc.id)
    // Written after the read: a nested Local API call may give req a new context object.
    req.context[beforeKey(originalDoc.id)] = main
  }
  return data
}

/** After a save that changed what the public sees: files now shown become public, files no longer shown may not. */
export const updateMediaVisibilityOnChange: CollectionAfterChangeHook<Material> = async ({
  doc,
  operation,
  previousDoc,
  req,
}) => {
  const after = await readMainRecord(req, doc.id)
  const remembered = req.context[beforeKey(doc.id)] as MainRecord | null | undefined
  delete req.context[beforeKey(doc.id)]
  // Without the record from before (a hook skipped), the latest version is the best guess of what was shown.
  const before: MainRecord | null =
    operation === 'create'
      ? null
      : remembered !== undefined
        ? remembered
        : { state: '', published: true, media: referencedMediaIds(previousDoc ?? {}) }
  // A draft save leaves the main record as it was: nothing the public sees changed.
  if (before && after && before.state === after.state) return doc
  await updateVisibility(req, after?.published ? after.media : [], before?.published ? before.media : [])
  return doc
}

// Recomputed whatever the status: cheap (deletes are rare), and right even for a record read without its status.
export const updateMediaVisibilityOnDelete: CollectionAfterDeleteHook<Material> = async ({ doc, req }) => {
  await updateVisibility(req, [], referencedMediaIds(doc))
  return doc
}
