import { listingPageRoute, routes } from './routes'

/**
 * Every URL the site prints comes from here, already prefixed with the
 * configured base (SITE_BASE=/thu-vien/), so pages never build paths by hand.
 */
// `?.`: scripts (the offline pack's bench) load this module with tsx, where there is no import.meta.env.
const base = (import.meta.env?.BASE_URL ?? '/').replace(/\/+$/, '')

/** Prefixes a root-relative path with the configured base. */
export function href(path: string): string {
  return `${base}${path.startsWith('/') ? path : `/${path}`}`
}

/** Absolute URL for canonical links, Open Graph and the JSON index. */
export function absoluteUrl(url: string, site: URL | string | undefined): string {
  return site ? new URL(url, site).toString() : url
}

/** Listing page N: the list itself for page 1, then …/trang/N/. */
export function pageUrl(listUrl: string, page: number): string {
  return listingPageRoute(listUrl, page)
}

export const paths = {
  home: href(routes.home),
  materials: href(routes.materials),
  material: (slug: string) => href(routes.material(slug)),
  kinds: href(routes.kinds),
  kind: (kindPath: string) => href(routes.kind(kindPath)),
  topics: href(routes.topics),
  topic: (slug: string) => href(routes.topic(slug)),
  audiences: href(routes.audiences),
  audience: (slug: string) => href(routes.audience(slug)),
  units: href(routes.units),
  unit: (slug: string) => href(routes.unit(slug)),
  campaigns: href(routes.campaigns),
  campaign: (slug: string) => href(routes.campaign(slug)),
  procedures: href(routes.procedures),
  procedure: (code: string) => href(routes.procedure(code)),
  search: href(routes.search),
  offline: href(routes.offline),
  language: (languagePath: string) => href(routes.language(languagePath)),
  languageListing: (languagePath: string, group: string, slug: string) =>
    href(routes.languageListing(languagePath, group, slug)),
  reports: href(routes.reports),
  report: (year: number) => href(routes.report(year)),
  /** Published media are copied into the output under /tep/. */
  file: (filename: string) => href(`/tep/${encodeURIComponent(filename)}`),
  jsonIndex: href(routes.jsonIndex),
  pagefindDir: href(routes.pagefindDir),
} as const
