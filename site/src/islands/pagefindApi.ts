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
  search(term: string | null, options?: { filters?: PagefindFilters }): Promise<PagefindSearchResponse>
  filters(): Promise<Record<string, Record<string, number>>>
}

let loading: Promise<PagefindApi> | undefined

/** Loads /pagefind/pagefind.js at runtime; it exists only in a built site, so it is never bundled. */
export function loadPagefind(bundleUrl: string, baseUrl: string): Promise<PagefindApi> {
  loading ??= (async () => {
    const api = (await import(/* @vite-ignore */ bundleUrl)) as PagefindApi
    await api.options({ baseUrl, excerptLength: 24 })
    await api.init()
    return api
  })()
  loading.catch(() => {
    loading = undefined
  })
  return loading
}
