/**
 * What an incremental build renders, decided inside the Astro run from the
 * data it has just read: each changed material's page, its former address if
 * it moved or left, and the listings it was on (the live release's material
 * map) or is on now (`materialListings`). The publisher (site/publish/)
 * assembles the release from the outcome, written beside the build.
 */
import { collator } from './format'
import { listingPageRoute, materialListings, type MaterialPlacement, routes } from './routes'

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
function partialListings(previous: MaterialMap, current: MaterialMap, changed: string[], listings: Set<string>, pageSize: number): Record<string, number> {
  const result: Record<string, number> = {}
  for (const listing of listings) {
    const members = changed.filter((id) => previous[id]?.listings.includes(listing) || current[id]?.listings.includes(listing))
    const edits = members.every((id) => previous[id]?.listings.includes(listing) && current[id]?.listings.includes(listing) && previous[id]?.updatedAt)
    if (!edits) continue
    const ordered = Object.entries(previous)
      .filter(([, entry]) => entry.listings.includes(listing))
      .sort(([, a], [, b]) => (b.updatedAt ?? '').localeCompare(a.updatedAt ?? '') || collator.compare(a.title ?? '', b.title ?? ''))
      .map(([id]) => id)
    const lastPosition = Math.max(members.length - 1, ...members.map((id) => ordered.indexOf(id)))
    const totalPages = Math.max(1, Math.ceil(ordered.length / pageSize))
    result[listing] = Math.min(totalPages, Math.floor(lastPosition / pageSize) + 2)
  }
  return result
}

/** The scope of an incremental build over `previous` (the live release's map) for the `changed` materials, now in `current`. */
export function incrementalScope(previous: MaterialMap, current: MaterialMap, changed: string[], pageSize: number): IncrementalScope {
  const listings = new Set<string>()
  const slugs: IncrementalScope['slugs'] = {}
  for (const id of changed) {
    for (const listing of [...(previous[id]?.listings ?? []), ...(current[id]?.listings ?? [])]) listings.add(listing)
    slugs[id] = { before: previous[id]?.slug ?? null, now: current[id]?.slug ?? null }
  }
  const pageRoutes = changed.flatMap((id) => (current[id] ? [routes.material(current[id].slug)] : []))
  // A material that left the site may still have a page at its address: the expired notice.
  const formerRoutes = Object.values(slugs).flatMap(({ before, now }) => (before && before !== now ? [routes.material(before)] : []))
  const partial = partialListings(previous, current, changed, listings, pageSize)
  const listingRoutes = [...listings].flatMap((listing) => {
    const upTo = partial[listing]
    if (upTo === undefined) return [listing, `${listing}trang/*`]
    return Array.from({ length: upTo }, (_, i) => listingPageRoute(listing, i + 1))
  })
  return { routes: [...pageRoutes, ...formerRoutes, ...listingRoutes], pageRoutes, formerRoutes, listings: [...listings], partial, slugs }
}
