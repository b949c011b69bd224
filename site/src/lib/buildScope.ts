/**
 * Which routes this build renders: the publisher's incremental scope (computed
 * in src/cms when the data is read, see lib/incrementalScope.ts) or a preview's
 * routes (lib/buildInput.ts); absent both, every route builds. An entry ending
 * in `*` is a prefix: "/loai/to-roi/trang/*" is every later page of that
 * listing, however many there are now. Pages without getStaticPaths (home,
 * search, 404, index pages) always build; pages with one call `inBuildScope`
 * after `getSiteData()`, so the scope is known by then.
 */
import { cmsBuildState } from '../cms/state'
import { siteBuildInput } from './buildInput'

type Scope = { exact: Set<string>; prefixes: string[] }

let cached: { from: readonly string[] | undefined; scope: Scope | null } | undefined

/** "/tai-lieu/abc" and "tai-lieu/abc/" both become "/tai-lieu/abc/". */
export function normalizeRoute(route: string): string {
  const trimmed = route.trim().replace(/^\/+|\/+$/g, '')
  return trimmed ? `/${trimmed}/` : '/'
}

function scopeRoutes(): readonly string[] | undefined {
  const input = siteBuildInput()
  if (input.onlyRoutes) return input.onlyRoutes
  if (!input.incremental) return undefined
  const scope = cmsBuildState().scope
  if (!scope) throw new Error('Dựng phần thay đổi: phạm vi chưa được tính (trang gọi inBuildScope trước getSiteData).')
  return scope.routes
}

function scope(): Scope | null {
  const from = scopeRoutes()
  if (cached && cached.from === from) return cached.scope
  const routes = from
    ? {
        exact: new Set(from.filter((r) => !r.endsWith('*')).map(normalizeRoute)),
        prefixes: from.filter((r) => r.endsWith('*')).map((r) => `/${r.slice(0, -1).trim().replace(/^\/+/, '')}`),
      }
    : null
  cached = { from, scope: routes }
  return routes
}

/** True when the route belongs to this build (always, in a full build). */
export function inBuildScope(route: string): boolean {
  const routes = scope()
  if (routes === null) return true
  const normal = normalizeRoute(route)
  return routes.exact.has(normal) || routes.prefixes.some((prefix) => normal.startsWith(prefix))
}

/** True when this build renders only some routes. */
export function isScopedBuild(): boolean {
  const input = siteBuildInput()
  return Boolean(input.onlyRoutes || input.incremental)
}

/** The route of a listing page from `pagedPaths` (lib/routes.ts gives the listing): the list itself, or …/trang/N/. */
export function listingRoute(listing: string, page: string | undefined): string {
  return normalizeRoute(page ? `${listing.replace(/\/+$/, '')}/${page}` : listing)
}
