/**
 * Every URL the site prints comes from here, already prefixed with the
 * configured base (SITE_BASE=/thu-vien/), so pages never build paths by hand.
 */
const base = (import.meta.env.BASE_URL ?? '/').replace(/\/+$/, '')

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
  return page <= 1 ? listUrl : `${listUrl}trang/${page}/`
}

export const paths = {
  home: href('/'),
  materials: href('/tai-lieu/'),
  material: (slug: string) => href(`/tai-lieu/${slug}/`),
  kinds: href('/loai/'),
  kind: (kindPath: string) => href(`/loai/${kindPath}/`),
  topics: href('/chu-de/'),
  topic: (slug: string) => href(`/chu-de/${slug}/`),
  audiences: href('/doi-tuong/'),
  audience: (slug: string) => href(`/doi-tuong/${slug}/`),
  units: href('/don-vi/'),
  unit: (slug: string) => href(`/don-vi/${slug}/`),
  campaigns: href('/chien-dich/'),
  campaign: (slug: string) => href(`/chien-dich/${slug}/`),
  procedures: href('/thu-tuc/'),
  /** A procedure's own page; codes are digits and one dot ("1.001193"), safe in a path as they are. */
  procedure: (code: string) => href(`/thu-tuc/${code}/`),
  search: href('/tim-kiem/'),
  /** Published media are copied into the output under /tep/. */
  file: (filename: string) => href(`/tep/${encodeURIComponent(filename)}`),
  jsonIndex: href('/du-lieu/tai-lieu.json'),
  pagefindDir: href('/pagefind/'),
} as const
