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
let reloads = 0
let loadedFingerprint: Promise<string> | undefined

/** The live index's small entry files; they change whenever a rebuild (full or partial) is swapped in. */
async function fingerprint(bundleUrl: string): Promise<string> {
  const base = bundleUrl.replace(/pagefind\.js(\?.*)?$/, '')
  const delta = deltaUrlOf(bundleUrl)
  const texts = await Promise.all(
    [`${base}pagefind-entry.json`, `${delta}exclude.json`, `${delta}pagefind-entry.json`].map(async (url) => {
      try {
        const response = await fetch(url, { cache: 'no-cache' })
        return response.ok ? await response.text() : ''
      } catch {
        return ''
      }
    }),
  )
  return texts.join('\n')
}

/**
 * False when the site was rebuilt since this page loaded its index: Pagefind would
 * then ask for chunks that are gone and quietly answer nothing.
 */
export async function isPagefindCurrent(bundleUrl: string): Promise<boolean> {
  if (!loadedFingerprint) return true
  const [loaded, live] = await Promise.all([loadedFingerprint, fingerprint(bundleUrl)])
  return loaded === live
}

/**
 * Loads /pagefind/pagefind.js at runtime; it exists only in a built site, so it is never bundled.
 * `fresh` loads a new instance from the live index: a rebuild swapped in while the page was open
 * replaces the content-hashed chunks the old instance would ask for.
 */
export function loadPagefind(bundleUrl: string, baseUrl: string, { fresh = false }: { fresh?: boolean } = {}): Promise<PagefindApi> {
  if (fresh) {
    loading = undefined
    reloads += 1
  }
  if (!loading) loadedFingerprint = fingerprint(bundleUrl)
  loading ??= (async () => {
    // Another URL is another module instance, which reads the entry file again.
    const url = reloads > 0 ? `${bundleUrl}${bundleUrl.includes('?') ? '&' : '?'}lan=${reloads}` : bundleUrl
    const api = (await import(/* @vite-ignore */ url)) as PagefindApi
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
