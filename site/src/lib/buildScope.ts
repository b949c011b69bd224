/**
 * Which routes this build renders. SITE_ONLY_ROUTES (a JSON array of exact
 * site routes such as "/tai-lieu/abc/" or "/loai/to-roi/trang/2/", without
 * SITE_BASE) limits pages with getStaticPaths to those routes; absent, every
 * route builds. An entry ending in `*` is a prefix: "/loai/to-roi/trang/*" is
 * every later page of that listing, however many there are now. Incremental publishing (scripts/lib/site-incremental.ts) and
 * previews use it to render a handful of pages instead of the whole library.
 * Pages without getStaticPaths (home, search, 404, index pages) always build.
 */
type Scope = { exact: Set<string>; prefixes: string[] }

let cached: { raw: string | undefined; routes: Scope | null } | undefined

function scope(): Scope | null {
  const raw = process.env.SITE_ONLY_ROUTES?.trim() || undefined
  if (cached && cached.raw === raw) return cached.routes
  let routes: Scope | null = null
  if (raw) {
    let parsed: unknown
    try {
      parsed = JSON.parse(raw)
    } catch {
      throw new Error(`SITE_ONLY_ROUTES phải là một mảng JSON các đường dẫn, ví dụ ["/tai-lieu/abc/"]; nhận được: ${raw.slice(0, 200)}`)
    }
    if (!Array.isArray(parsed) || !parsed.every((r): r is string => typeof r === 'string')) {
      throw new Error('SITE_ONLY_ROUTES phải là một mảng JSON các chuỗi đường dẫn, ví dụ ["/tai-lieu/abc/", "/loai/to-roi/trang/2/"].')
    }
    routes = {
      exact: new Set(parsed.filter((r) => !r.endsWith('*')).map(normalizeRoute)),
      prefixes: parsed.filter((r) => r.endsWith('*')).map((r) => `/${r.slice(0, -1).trim().replace(/^\/+/, '')}`),
    }
  }
  cached = { raw, routes }
  return routes
}

/** "/tai-lieu/abc" and "tai-lieu/abc/" both become "/tai-lieu/abc/". */
export function normalizeRoute(route: string): string {
  const trimmed = route.trim().replace(/^\/+|\/+$/g, '')
  return trimmed ? `/${trimmed}/` : '/'
}

/** True when the route belongs to this build (always, without SITE_ONLY_ROUTES). */
export function inBuildScope(route: string): boolean {
  const routes = scope()
  if (routes === null) return true
  const normal = normalizeRoute(route)
  return routes.exact.has(normal) || routes.prefixes.some((prefix) => normal.startsWith(prefix))
}

/** True when SITE_ONLY_ROUTES limits this build. */
export function isScopedBuild(): boolean {
  return scope() !== null
}

/** The route of a listing page from `pagedPaths`: the list itself, or …/trang/N/. */
export function listingRoute(listPath: string, page: string | undefined): string {
  return normalizeRoute(page ? `${listPath}/${page}` : listPath)
}
