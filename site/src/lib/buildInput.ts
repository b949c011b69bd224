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
    throw new Error(`SITE_ONLY_ROUTES phải là một mảng JSON các đường dẫn, ví dụ ["/tai-lieu/abc/"]; nhận được: ${raw.slice(0, 200)}`)
  }
  if (!Array.isArray(parsed) || !parsed.every((r): r is string => typeof r === 'string')) {
    throw new Error('SITE_ONLY_ROUTES phải là một mảng JSON các chuỗi đường dẫn, ví dụ ["/tai-lieu/abc/", "/loai/to-roi/trang/2/"].')
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
