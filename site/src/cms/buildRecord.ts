/**
 * Each release's bookkeeping about materials, kept by the publisher beside the
 * release (never served): the map of every material's page and listings, and,
 * for an incremental build, the scope it rendered. The next incremental build
 * reads the live release's map to know which listings a material leaves.
 */
import fs from 'node:fs'
import path from 'node:path'

import type { SiteBuildInput } from '../lib/buildScope'
import { collator } from '../lib/format'
import { listingPageRoute, materialListings, type MaterialPlacement, routes } from '../lib/routes'
import { siteConfig } from '../siteConfig'
import type { SiteData } from './types'

/** What each material contributes to the site, recorded per release (integrations/buildRecord.ts). */
export interface MaterialEntry {
  slug: string
  /** Sort keys of listings: newest update first, then title. */
  title?: string
  updatedAt?: string
  /** Page 1 of every listing the material appears on ("/loai/to-roi/"). */
  listings: string[]
}

export type MaterialMap = Record<string, MaterialEntry>

export interface IncrementalScope {
  /** Routes to render: exact, or prefixes ending in `*`. */
  routes: string[]
  /** The changed materials' pages now. */
  pageRoutes: string[]
  /** Addresses changed materials left (unpublished or renamed). */
  formerRoutes: string[]
  /** Every listing a changed material was or is on. */
  listings: string[]
  /** Listings rendered only up to this page (their length did not change). */
  partial: Record<string, number>
  /** Each changed material's slug before and now (null: not on the site). */
  slugs: Record<string, { before: string | null; now: string | null }>
}

export function entryOf(m: MaterialPlacement & { title: string; updatedAt: string }): MaterialEntry {
  return { slug: m.slug, title: m.title, updatedAt: m.updatedAt, listings: materialListings(m) }
}

/**
 * Listings sort newest update first, and an edited material moves to the top:
 * only the pages from the first to the one that held it change. For each
 * listing whose membership no changed material enters or leaves, the last page
 * to render (with one page of margin for ties in the sort); other listings
 * (a material published, unpublished, or moved between listings) render whole.
 */
function partialListings(
  previous: MaterialMap,
  current: MaterialMap,
  changed: string[],
  listings: Set<string>,
  pageSize: number,
): Record<string, number> {
  const result: Record<string, number> = {}
  for (const listing of listings) {
    const members = changed.filter(
      (id) => previous[id]?.listings.includes(listing) || current[id]?.listings.includes(listing),
    )
    const edits = members.every(
      (id) =>
        previous[id]?.listings.includes(listing) && current[id]?.listings.includes(listing) && previous[id]?.updatedAt,
    )
    if (!edits) continue
    const ordered = Object.entries(previous)
      .filter(([, entry]) => entry.listings.includes(listing))
      .sort(
        ([, a], [, b]) =>
          (b.updatedAt ?? '').localeCompare(a.updatedAt ?? '') || collator.compare(a.title ?? '', b.title ?? ''),
      )
      .map(([id]) => id)
    const lastPosition = Math.max(members.length - 1, ...members.map((id) => ordered.indexOf(id)))
    const totalPages = Math.max(1, Math.ceil(ordered.length / pageSize))
    result[listing] = Math.min(totalPages, Math.floor(lastPosition / pageSize) + 2)
  }
  return result
}

/** The scope of an incremental build over `previous` (the live release's map) for the `changed` materials, now in `current`. */
export function incrementalScope(
  previous: MaterialMap,
  current: MaterialMap,
  changed: string[],
  pageSize: number,
): IncrementalScope {
  const listings = new Set<string>()
  const slugs: IncrementalScope['slugs'] = {}
  for (const id of changed) {
    for (const listing of [...(previous[id]?.listings ?? []), ...(current[id]?.listings ?? [])]) listings.add(listing)
    slugs[id] = { before: previous[id]?.slug ?? null, now: current[id]?.slug ?? null }
  }
  const pageRoutes = changed.flatMap((id) => (current[id] ? [routes.material(current[id].slug)] : []))
  // A material that left the site may still have a page at its address: the expired notice.
  const formerRoutes = Object.values(slugs).flatMap(({ before, now }) =>
    before && before !== now ? [routes.material(before)] : [],
  )
  const partial = partialListings(previous, current, changed, listings, pageSize)
  const listingRoutes = [...listings].flatMap((listing) => {
    const upTo = partial[listing]
    if (upTo === undefined) return [listing, `${listing}trang/*`]
    return Array.from({ length: upTo }, (_, i) => listingPageRoute(listing, i + 1))
  })
  return {
    routes: [...pageRoutes, ...formerRoutes, ...listingRoutes],
    pageRoutes,
    formerRoutes,
    listings: [...listings],
    partial,
    slugs,
  }
}

export const MATERIALS_FILE = 'materials.json'
export const SCOPE_FILE = 'scope.json'
/** The published data a release was built from (sources/localApi.ts). */
export const SNAPSHOT_FILE = 'data.json'

export function materialMap(data: SiteData, only?: ReadonlySet<string>): MaterialMap {
  const map: MaterialMap = {}
  for (const m of data.materials) if (!only || only.has(String(m.id))) map[String(m.id)] = entryOf(m)
  return map
}

/** The scope of an incremental build: the changed materials against the live release's map. */
export function scopeOf(data: SiteData, incremental: NonNullable<SiteBuildInput['incremental']>): IncrementalScope {
  const file = path.join(incremental.previousMetaDir, MATERIALS_FILE)
  const previous = JSON.parse(fs.readFileSync(file, 'utf8')) as MaterialMap
  const current = materialMap(data, new Set(incremental.changed))
  return incrementalScope(previous, current, incremental.changed, siteConfig.pageSize)
}

/** Writes the map (and the scope, if any) into the build's bookkeeping folder. */
export function writeBuildRecord(metaDir: string, data: SiteData, scope: IncrementalScope | undefined): void {
  fs.mkdirSync(metaDir, { recursive: true })
  fs.writeFileSync(path.join(metaDir, MATERIALS_FILE), JSON.stringify(materialMap(data)))
  if (scope) fs.writeFileSync(path.join(metaDir, SCOPE_FILE), JSON.stringify(scope))
}
