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

/**
 * What the publisher (site/publish/astro.ts) asks of one Astro run, handed over
 * in-process on globalThis (Astro loads pages from its bundle and integrations
 * from the config: two module instances, one process). A CMS preview, which
 * runs Astro as a child process (cms/preview/render.ts), passes its two fields
 * as SITE_ONLY_ROUTES and SITE_PREVIEW_DATA instead.
 */
export interface SiteBuildInput {
  /** Where this run writes its bookkeeping (data snapshot, material map, scope); outside the served folder. */
  metaDir?: string
  /** Render only what these materials change, against the live release's bookkeeping in `previousMetaDir`. */
  incremental?: { changed: string[]; previousMetaDir: string }
  /** Exact routes (or prefixes ending in `*`) to render; everything else is skipped. */
  onlyRoutes?: string[]
}

const KEY = Symbol.for('dvctt.site.buildInput')
type WithInput = typeof globalThis & { [KEY]?: SiteBuildInput }

export function setSiteBuildInput(input: SiteBuildInput | undefined): void {
  ;(globalThis as WithInput)[KEY] = input
}

function routesFromEnv(): string[] | undefined {
  const raw = process.env.SITE_ONLY_ROUTES?.trim()
  if (!raw) return undefined
  let parsed: unknown
  try {
    parsed = JSON.parse(raw)
  } catch {
    throw new Error(
      `SITE_ONLY_ROUTES phải là một mảng JSON các đường dẫn, ví dụ ["/tai-lieu/abc/"]; nhận được: ${raw.slice(0, 200)}`,
    )
  }
  if (!Array.isArray(parsed) || !parsed.every((r): r is string => typeof r === 'string')) {
    throw new Error(
      'SITE_ONLY_ROUTES phải là một mảng JSON các chuỗi đường dẫn, ví dụ ["/tai-lieu/abc/", "/loai/to-roi/trang/2/"].',
    )
  }
  return parsed
}

/** The publisher's input for this run, or a preview's routes, or nothing (a plain full build). */
export function siteBuildInput(): SiteBuildInput {
  const given = (globalThis as WithInput)[KEY]
  if (given) return given
  const onlyRoutes = routesFromEnv()
  return onlyRoutes ? { onlyRoutes } : {}
}

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

/** The route of a listing page from `pagedPaths` (lib/routes.ts gives the listing): the list itself, or …/trang/N/. */
export function listingRoute(listing: string, page: string | undefined): string {
  return normalizeRoute(page ? `${listing.replace(/\/+$/, '')}/${page}` : listing)
}
