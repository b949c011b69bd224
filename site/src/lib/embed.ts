/**
 * Embeds for unit portals (issue 6): the routes of the iframe page and of the
 * widget's static JSON lists, and the list format the widget reads. Shared by
 * the pages and `materialListings` (lib/routes.ts), which incremental
 * publishing follows, so both name the same files.
 */

/** The widget's lists are grouped like the site's listings. */
export const EMBED_GROUPS = ['don-vi', 'chu-de', 'loai'] as const
export type EmbedGroup = (typeof EMBED_GROUPS)[number]

/** At most this many items per list, newest first: a portal shows a handful, and the files stay small at 10,000 materials. */
export const EMBED_LIST_MAX = 60

/** Site routes (without SITE_BASE). */
export const embedRoutes = {
  page: (slug: string) => `/nhung/${slug}/`,
  widget: '/nhung/widget.js',
  all: '/nhung/du-lieu/tat-ca.json',
  list: (group: EmbedGroup, slug: string) => `/nhung/du-lieu/${group}/${slug}.json`,
} as const

/** One material as the widget shows it; short keys because every portal visitor downloads them. */
export interface EmbedItem {
  /** The material's ID, which the widget's usage beacon counts an embed load under. */
  m: number | string
  /** Title. */
  t: string
  /** Page path, root-relative with SITE_BASE (the widget resolves it against its own script's address). */
  u: string
  /** Kind label and path. */
  k: string
  kp: string
  /** Last update, YYYY-MM-DD. */
  d: string
  /** Language code (vi, hmn, tai, dao). */
  l: string
  /** Topic slugs, for data-topic on a unit's list. */
  c: string[]
  /** Smallest cover rendition (WebP or fallback), root-relative, if any. */
  i?: string
}

export interface EmbedList {
  /** What the list is about, shown in the widget's heading and link. */
  name: string
  /** The full listing on the library's site. */
  url: string
  /** Materials in the whole list (the file holds at most EMBED_LIST_MAX). */
  total: number
  items: EmbedItem[]
}

/** The embed routes that change when a material does (beside its page): its own embed page and every list it is on. */
export function embedListingRoutes(m: {
  slug: string
  kindPath: string
  topicSlugs: string[]
  unitSlugs: string[]
}): string[] {
  return [
    embedRoutes.page(m.slug),
    embedRoutes.list('loai', m.kindPath),
    ...m.topicSlugs.map((slug) => embedRoutes.list('chu-de', slug)),
    ...m.unitSlugs.map((slug) => embedRoutes.list('don-vi', slug)),
  ]
}
