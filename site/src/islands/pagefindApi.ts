/** The slice of Pagefind's browser API (pagefind.js, v1.6) that the search island uses. */
export interface PagefindResultData {
  url: string
  excerpt: string
  meta: Record<string, string | undefined>
  filters: Record<string, string[]>
}

export interface PagefindResult {
  id: string
  score: number
  data(): Promise<PagefindResultData>
}

export interface PagefindSearchResponse {
  results: PagefindResult[]
  unfilteredResultCount: number
}

export type PagefindFilters = Record<string, string | string[]>

export interface PagefindApi {
  options(options: { baseUrl?: string; excerptLength?: number }): Promise<void>
  init(): Promise<void>
  mergeIndex(indexPath: string, options?: { baseUrl?: string }): Promise<void>
  search(term: string | null, options?: { filters?: PagefindFilters }): Promise<PagefindSearchResponse>
  filters(): Promise<Record<string, Record<string, number>>>
}

/**
 * Written by incremental publishing (scripts/lib/site-incremental.ts) next to
 * a small index of the pages changed since the last full build: the base
 * index's entries for those pages (and for removed ones) are stale.
 */
interface DeltaManifest {
  index: boolean
  /** Base-index page IDs to drop from results. */
  exclude: string[]
}

async function readDelta(deltaUrl: string): Promise<DeltaManifest | null> {
  try {
    const response = await fetch(`${deltaUrl}exclude.json`, { cache: 'no-cache' })
    if (!response.ok) return null
    return (await response.json()) as DeltaManifest
  } catch {
    return null
  }
}

/** The delta folder beside the base index: /pagefind/pagefind.js → /pagefind-delta/. */
export const deltaUrlOf = (bundleUrl: string): string => bundleUrl.replace(/pagefind\/pagefind\.js(\?.*)?$/, 'pagefind-delta/')

/** Search with the base index's stale entries dropped: their fresh versions come from the merged delta index. */
export function withoutExcluded(api: PagefindApi, exclude: ReadonlySet<string>): PagefindApi {
  if (exclude.size === 0) return api
  return {
    ...api,
    async search(term, options) {
      const response = await api.search(term, options)
      return { ...response, results: response.results.filter((result) => !exclude.has(result.id)) }
    },
  }
}

let loading: Promise<PagefindApi> | undefined

/** Loads /pagefind/pagefind.js at runtime; it exists only in a built site, so it is never bundled. */
export function loadPagefind(bundleUrl: string, baseUrl: string): Promise<PagefindApi> {
  loading ??= (async () => {
    const api = (await import(/* @vite-ignore */ bundleUrl)) as PagefindApi
    await api.options({ baseUrl, excerptLength: 24 })
    const deltaUrl = deltaUrlOf(bundleUrl)
    const delta = await readDelta(deltaUrl)
    if (delta?.index) await api.mergeIndex(deltaUrl, { baseUrl })
    await api.init()
    return withoutExcluded(api, new Set(delta?.exclude ?? []))
  })()
  loading.catch(() => {
    loading = undefined
  })
  return loading
}
