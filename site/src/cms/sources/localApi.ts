import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

import type { Payload, Where } from 'payload'

import { siteBuildInput } from '../../lib/buildScope'
import { SNAPSHOT_FILE } from '../buildRecord'
import { FEEDBACK_COLLECTION, FEEDBACK_SELECT } from '../feedback'
import { mediaIdsOf } from '../media'
import type { CmsSource, Material, Media, MediaOrigin, RawCmsData } from '../types'

type CmsModule = typeof import('@dvctt/cms/lib/getCmsPayload')
type ReportingModule = typeof import('@dvctt/cms/reporting/figures')

const PUBLISHED: Where = { _status: { equals: 'published' } }
/** IDs per `in` query: well under SQLite's bound-parameter limit. */
const ID_CHUNK = 500

/**
 * Loads the CMS package through tsx at run time instead of letting Vite
 * bundle it: Payload's config pulls in database drivers with native parts
 * (libsql, pg) that must be loaded by Node from the CMS's own node_modules.
 */
/**
 * Loaded once per process and kept on globalThis: each build gets a fresh copy
 * of this chunk, and tsImport evaluates a fresh module graph per call, so a
 * warm publisher (site/publish/worker.ts) would otherwise load the CMS and
 * connect Payload again for every build.
 */
const CMS_MODULE = Symbol.for('dvctt.site.cmsModule')
type WithCms = typeof globalThis & { [CMS_MODULE]?: Promise<CmsModule> }

function importCms(): Promise<CmsModule> {
  const g = globalThis as WithCms
  if (g[CMS_MODULE]) return g[CMS_MODULE]
  // Resolved from the site folder, not from this chunk: the build may run it from
  // an output folder anywhere on disk, with no node_modules above it.
  // Node's own require also keeps Vite's dev module runner out of the way.
  const fromSite = pathToFileURL(path.join(process.env.DVCTT_SITE_ROOT || process.cwd(), 'package.json')).href
  const { tsImport } = createRequire(fromSite)('tsx/esm/api') as typeof import('tsx/esm/api')
  const loading = tsImport('@dvctt/cms/lib/getCmsPayload', fromSite) as Promise<CmsModule>
  g[CMS_MODULE] = loading
  // A failed load is not kept: the next build tries again.
  loading.catch(() => {
    if (g[CMS_MODULE] === loading) delete g[CMS_MODULE]
  })
  return loading
}

/**
 * The plan's targets at province level (cms/reporting/figures.ts), for /bao-cao/: computed from
 * the database with the server's rights, but only province totals leave it (publicFigures), no unit
 * row and no name. Full builds only: an incremental one leaves the page as the last full build made it.
 */
async function loadReporting(payload: Payload): Promise<RawCmsData['reporting']> {
  const fromSite = pathToFileURL(path.join(process.env.DVCTT_SITE_ROOT || process.cwd(), 'package.json')).href
  const { tsImport } = createRequire(fromSite)('tsx/esm/api') as typeof import('tsx/esm/api')
  const reporting = (await tsImport('@dvctt/cms/reporting/figures', fromSite)) as ReportingModule
  return reporting.publicYearsFigures(payload)
}

/** The folder Payload stores uploads in, or the public URL of its S3 copies, read from the CMS's own config. */
function mediaOriginOf(payload: Payload): MediaOrigin {
  const { custom, upload } = payload.collections.media.config
  // Set by cms/storage/plugin.ts when media live in S3.
  if (typeof custom?.publicFilesUrl === 'string') return { type: 'public', baseUrl: custom.publicFilesUrl }
  if (!upload?.staticDir) throw new Error('Bộ sưu tập "media" của CMS không có thư mục lưu tệp (upload.staticDir).')
  return { type: 'directory', dir: path.resolve(upload.staticDir) }
}

/**
 * Reads the CMS in-process through Payload's Local API, as the public would:
 * `overrideAccess: false` applies the collections' read rules (published only
 * for materials) and the explicit `where` keeps that true even if a rule changes.
 * Depth 0 everywhere: relations are resolved in memory from these few queries,
 * instead of one nested query per page.
 */
/**
 * Incremental publishing (site/publish/) reads 10,000 unchanged materials from
 * the live release's snapshot instead of the database, and only the changed
 * ones again (published only; one no longer published leaves). The snapshot
 * holds only what an earlier build read as published, and every change to a
 * material since is in the changed list, so it stays published-only. Every
 * publisher build writes its own snapshot into its bookkeeping folder.
 */
interface Snapshot {
  raw: Pick<RawCmsData, 'materials' | 'media'>
  changed: string[]
}

/**
 * The last snapshot written or read, kept in memory by a warm publisher
 * (site/publish/worker.ts): the next incremental build reads the file it names
 * without parsing 10,000 materials again. Treated as read-only.
 */
const LAST_SNAPSHOT = Symbol.for('dvctt.site.lastSnapshot')
type WithSnapshot = typeof globalThis & { [LAST_SNAPSHOT]?: { key: string; raw: Snapshot['raw'] } }
/** The file's identity, which survives the publisher renaming its folder. */
const fileKey = (file: string): string => {
  const stat = fs.statSync(file)
  return `${stat.dev}:${stat.ino}:${stat.size}:${stat.mtimeMs}`
}

function readSnapshot(): Snapshot | null {
  const { incremental } = siteBuildInput()
  const file = incremental && path.join(incremental.previousMetaDir, SNAPSHOT_FILE)
  if (!incremental || !file || !fs.existsSync(file)) return null
  const kept = (globalThis as WithSnapshot)[LAST_SNAPSHOT]
  const raw = kept?.key === fileKey(file) ? kept.raw : (JSON.parse(fs.readFileSync(file, 'utf8')) as Snapshot['raw'])
  return { raw, changed: incremental.changed }
}

function mergeChanged(snapshot: Snapshot, fresh: Material[]): Material[] {
  const changed = new Set(snapshot.changed)
  const kept = snapshot.raw.materials.filter((m) => !changed.has(String(m.id)))
  return [...fresh, ...kept].sort(
    (a, b) => b.updatedAt.localeCompare(a.updatedAt) || b.createdAt.localeCompare(a.createdAt),
  )
}

function writeSnapshot(raw: RawCmsData): void {
  const { metaDir } = siteBuildInput()
  if (!metaDir) return
  fs.mkdirSync(metaDir, { recursive: true })
  const snapshot = { materials: raw.materials, media: raw.media }
  const file = path.join(metaDir, SNAPSHOT_FILE)
  fs.writeFileSync(file, JSON.stringify(snapshot))
  ;(globalThis as WithSnapshot)[LAST_SNAPSHOT] = { key: fileKey(file), raw: snapshot }
}

export function localApiSource(): CmsSource {
  let payload: Payload | undefined
  return {
    name: 'Payload Local API',
    async load() {
      payload ??= await (await importCms()).getCmsPayload()
      const p = payload
      const read = { overrideAccess: false, depth: 0, pagination: false, draft: false } as const
      const snapshot = readSnapshot()
      const [materials, units, topics, audiences, campaigns, procedures, expiredMaterials, feedback] =
        await Promise.all([
          snapshot
            ? p.find({
                collection: 'materials',
                where: { and: [PUBLISHED, { id: { in: snapshot.changed } }] },
                ...read,
              })
            : p.find({ collection: 'materials', where: PUBLISHED, sort: '-updatedAt', ...read }),
          p.find({ collection: 'units', ...read }),
          p.find({ collection: 'topics', ...read }),
          p.find({ collection: 'audiences', ...read }),
          p.find({ collection: 'campaigns', ...read }),
          p.find({ collection: 'procedures', ...read }),
          // Tombstones hold only what was public; their replacement comes back only if published.
          p.find({ collection: 'expired-materials', ...read }),
          // Questions answered in public, as anonymous readers get them: read whole at every build (src/cms/feedback.ts).
          p.find({ collection: FEEDBACK_COLLECTION, select: FEEDBACK_SELECT, ...read }),
        ])
      const materialDocs = snapshot ? mergeChanged(snapshot, materials.docs) : materials.docs
      const mediaIds = [...new Set(materialDocs.flatMap(mediaIdsOf))]
      const media: Media[] = []
      const fromSnapshot = new Map((snapshot?.raw.media ?? []).map((m) => [String(m.id), m]))
      // Media of unchanged materials are kept from the snapshot; the changed ones' are read again.
      const changedMedia = new Set(materials.docs.flatMap(mediaIdsOf))
      const toRead = mediaIds.filter((id) => {
        const kept = !changedMedia.has(id) && fromSnapshot.get(id)
        if (kept) media.push(kept)
        return !kept
      })
      for (let i = 0; i < toRead.length; i += ID_CHUNK) {
        const chunk = await p.find({
          collection: 'media',
          where: { id: { in: toRead.slice(i, i + ID_CHUNK) } },
          ...read,
        })
        media.push(...chunk.docs)
      }
      const raw: RawCmsData = {
        materials: materialDocs,
        media,
        units: units.docs,
        topics: topics.docs,
        audiences: audiences.docs,
        campaigns: campaigns.docs,
        procedures: procedures.docs,
        expiredMaterials: expiredMaterials.docs,
        feedback: feedback.docs,
        ...(snapshot ? {} : { reporting: await loadReporting(p) }),
      }
      writeSnapshot(raw)
      return { raw, mediaOrigin: mediaOriginOf(p) }
    },
    async close() {
      // Payload caches one instance per process (getPayload), which the process
      // that started this build may share (scripts, benchmarks): closing its
      // database here would break them. Only drop our reference.
      payload = undefined
    },
  }
}
