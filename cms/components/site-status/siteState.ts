import type { Payload } from 'payload'

import { REBUILD_TASK } from '../../jobs/rebuildSite'
import type { SiteStatus } from '../../payload-types'
import { formatDateTime } from '../../vocabulary'

export interface SiteState {
  status: SiteStatus
  /** Changes recorded since the last successful build. */
  pendingChanges: number
  /** Rebuilds waiting to start, earliest first. */
  queued: { waitUntil: string | null; reason: string | null }[]
}

/** What the dashboard shows about the public site; read with the user's own access. */
export async function readSiteState(payload: Payload): Promise<SiteState> {
  const [status, changes, jobs] = await Promise.all([
    payload.findGlobal({ slug: 'site-status', depth: 0, overrideAccess: true }),
    payload.count({ collection: 'site-changes', overrideAccess: true }),
    payload.find({
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
      limit: 5,
      depth: 0,
      overrideAccess: true,
    }),
  ])
  return {
    status,
    pendingChanges: changes.totalDocs,
    queued: jobs.docs.map((job) => ({
      waitUntil: job.waitUntil ?? null,
      reason:
        typeof job.input === 'object' && job.input && 'reason' in job.input
          ? String((job.input as { reason?: unknown }).reason ?? '')
          : null,
    })),
  }
}

/** dd/mm/yyyy HH:mm in Vietnam time (Intl's vi-VN puts the time first). */
export function formatAt(iso: string | null | undefined): string {
  return iso ? formatDateTime(iso) : '—'
}

export const modeLabel = (mode: string | null | undefined): string =>
  mode === 'incremental' ? 'dựng phần thay đổi' : mode === 'full' ? 'dựng đầy đủ' : '—'
