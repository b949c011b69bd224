import { createRequire } from 'node:module'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

import type { Payload, Where } from 'payload'

import { mediaIdsOf } from '../media'
import type { CmsSource, Media, MediaOrigin, RawCmsData } from '../types'

type CmsModule = typeof import('@dvctt/cms/lib/getCmsPayload')

const PUBLISHED: Where = { _status: { equals: 'published' } }
/** IDs per `in` query: well under SQLite's bound-parameter limit. */
const ID_CHUNK = 500

/**
 * Loads the CMS package through tsx at run time instead of letting Vite
 * bundle it: Payload's config pulls in database drivers with native parts
 * (libsql, pg) that must be loaded by Node from the CMS's own node_modules.
 */
async function importCms(): Promise<CmsModule> {
  // Resolved from the site folder, not from this chunk: the build may run it from
  // an output folder anywhere on disk, with no node_modules above it.
  // Node's own require also keeps Vite's dev module runner out of the way.
  const fromSite = pathToFileURL(path.join(process.env.DVCTT_SITE_ROOT || process.cwd(), 'package.json')).href
  const { tsImport } = createRequire(fromSite)('tsx/esm/api') as typeof import('tsx/esm/api')
  return (await tsImport('@dvctt/cms/lib/getCmsPayload', fromSite)) as CmsModule
}

/** The folder Payload stores uploads in, read from the CMS's own config. */
function mediaOriginOf(payload: Payload): MediaOrigin {
  const upload = payload.collections.media.config.upload
  if (!upload || !upload.staticDir) throw new Error('Bộ sưu tập "media" của CMS không có thư mục lưu tệp (upload.staticDir).')
  return { type: 'directory', dir: path.resolve(upload.staticDir) }
}

/**
 * Reads the CMS in-process through Payload's Local API, as the public would:
 * `overrideAccess: false` applies the collections' read rules (published only
 * for materials) and the explicit `where` keeps that true even if a rule changes.
 * Depth 0 everywhere: relations are resolved in memory from these few queries,
 * instead of one nested query per page.
 */
export function localApiSource(): CmsSource {
  let payload: Payload | undefined
  return {
    name: 'Payload Local API',
    async load() {
      payload ??= await (await importCms()).getCmsPayload()
      const p = payload
      const read = { overrideAccess: false, depth: 0, pagination: false, draft: false } as const
      const [materials, units, topics, audiences, campaigns, procedures, expiredMaterials] = await Promise.all([
        p.find({ collection: 'materials', where: PUBLISHED, sort: '-updatedAt', ...read }),
        p.find({ collection: 'units', ...read }),
        p.find({ collection: 'topics', ...read }),
        p.find({ collection: 'audiences', ...read }),
        p.find({ collection: 'campaigns', ...read }),
        p.find({ collection: 'procedures', ...read }),
        // Tombstones hold only what was public; their replacement comes back only if published.
        p.find({ collection: 'expired-materials', ...read }),
      ])
      const mediaIds = [...new Set(materials.docs.flatMap(mediaIdsOf))]
      const media: Media[] = []
      for (let i = 0; i < mediaIds.length; i += ID_CHUNK) {
        const chunk = await p.find({ collection: 'media', where: { id: { in: mediaIds.slice(i, i + ID_CHUNK) } }, ...read })
        media.push(...chunk.docs)
      }
      const raw: RawCmsData = {
        materials: materials.docs,
        media,
        units: units.docs,
        topics: topics.docs,
        audiences: audiences.docs,
        campaigns: campaigns.docs,
        procedures: procedures.docs,
        expiredMaterials: expiredMaterials.docs,
      }
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
