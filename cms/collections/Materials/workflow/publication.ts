import type { Payload } from 'payload'

import { REBUILD_TASK } from '../../../jobs/rebuildSite'
import type { Material } from '../../../payload-types'

/**
 * Whether a material's published version is on the public site yet. A publish
 * records a site change in the same transaction (hooks/requestSiteRebuild.ts);
 * the rebuild job deletes the changes it built only after the release holding
 * them was swapped in (jobs/rebuildSite.ts). So: published, and no change of
 * this material left waiting, means the page being served shows it.
 */
export type Publication =
  | { state: 'unpublished' }
  /** Automatic rebuilds are off (SITE_AUTO_REBUILD=0): the site changes when someone runs `npm run build:site`. */
  | { state: 'manual'; url: string }
  /** Recorded, no build of it running yet (`startsAt` when one is queued; `afterCurrent` if one runs without it). */
  | { state: 'waiting'; startsAt: string | null; afterCurrent: boolean; estimateSeconds: number | null }
  | { state: 'building'; since: string; estimateSeconds: number | null }
  /** The last build that should have carried it failed; the old page stays served. */
  | { state: 'failed'; at: string; message: string }
  | { state: 'live'; url: string; at: string | null }

/** The public site's address, as the preview and the build know it. */
export const publicSiteUrl = (): string => (process.env.SITE_URL?.trim() || 'http://localhost:4321').replace(/\/$/, '')

export const publicMaterialUrl = (slug: string | null | undefined): string =>
  `${publicSiteUrl()}/tai-lieu/${slug ?? ''}/`

async function queuedStart(payload: Payload): Promise<string | null> {
  const { docs } = await payload.find({
    collection: 'payload-jobs',
    where: {
      and: [
        { taskSlug: { equals: REBUILD_TASK } },
        { processing: { equals: false } },
        { completedAt: { exists: false } },
        { hasError: { not_equals: true } },
      ],
    },
    sort: 'waitUntil',
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  return docs[0]?.waitUntil ?? null
}

export async function publicationOf(payload: Payload, id: number | string): Promise<Publication> {
  const main = (await payload.findByID({
    collection: 'materials',
    id,
    draft: false,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })) as Material | null
  if (main?._status !== 'published') return { state: 'unpublished' }
  const url = publicMaterialUrl(main.slug)
  if (process.env.SITE_AUTO_REBUILD === '0') return { state: 'manual', url }

  const [{ docs: changes }, status] = await Promise.all([
    payload.find({
      collection: 'site-changes',
      where: { and: [{ scope: { equals: 'material' } }, { material: { equals: String(id) } }] },
      sort: 'createdAt',
      limit: 1,
      depth: 0,
      overrideAccess: true,
    }),
    payload.findGlobal({ slug: 'site-status', depth: 0, overrideAccess: true }),
  ])
  const change = changes[0]
  if (!change) return { state: 'live', url, at: status.lastSuccess?.at ?? null }

  const estimateSeconds = status.lastSuccess?.seconds ?? null
  const running = status.running?.since
  if (running && running >= change.createdAt) return { state: 'building', since: running, estimateSeconds }
  const failed = status.lastError?.at
  if (!running && failed && failed > change.createdAt && (!status.lastSuccess?.at || failed > status.lastSuccess.at))
    return { state: 'failed', at: failed, message: status.lastError?.message ?? '' }
  return { state: 'waiting', startsAt: await queuedStart(payload), afterCurrent: Boolean(running), estimateSeconds }
}
