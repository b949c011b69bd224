import { type DeltaManifest, type StaleFilters, withoutExcluded } from './pagefindDelta'

/** The slice of Pagefind's browser API (pagefind.js, v1.6) that the search island uses. */
export interface PagefindResultData {
  url: string
  excerpt: string
  meta: Record<string, string | undefined>
  filters: Record<string, string[]>
  /** The indexed text of the page. */
  content?: string
  /** Every element with an id inside the indexed body, e.g. transcript lines (id "t-83"). */
  anchors?: { element: string; id: string; text?: string; location: number }[]
}

export interface PagefindResult {
  id: string
  score: number
  /** Positions of the matched words in the page's indexed text. */
  words: number[]
  data(): Promise<PagefindResultData>
}

/** Result counts per filter value: { kind: { Video: 3 } }. */
export type PagefindFilterCounts = Record<string, Record<string, number>>

export interface PagefindSearchResponse {
  results: PagefindResult[]
  unfilteredResultCount: number
  /** Counts within these results, for the filter indexes loaded so far. */
  filters?: PagefindFilterCounts
  totalFilters?: PagefindFilterCounts
}

export type PagefindFilters = Record<string, string | string[] | { any: string[] } | { all: string[] }>

export interface PagefindSearchOptions {
  filters?: PagefindFilters
  sort?: Record<string, 'asc' | 'desc'>
}

export interface PagefindApi {
  options(options: { baseUrl?: string; excerptLength?: number; noWorker?: boolean }): Promise<void>
  init(): Promise<void>
  mergeIndex(indexPath: string, options?: { baseUrl?: string }): Promise<void>
  search(term: string | null, options?: PagefindSearchOptions): Promise<PagefindSearchResponse>
  /** Fetches the index chunks a search for `term` needs, without searching or loading results. */
  preload(term: string, options?: PagefindSearchOptions): Promise<void>
  /** Loads every filter index; afterwards each search reports counts for every filter. */
  filters(): Promise<PagefindFilterCounts>
}

function parseJson<T>(text: string): T | null {
  try {
    return text ? (JSON.parse(text) as T) : null
  } catch {
    return null
  }
}

const parseDelta = (text: string): DeltaManifest | null => parseJson<DeltaManifest>(text)

/** The delta folder beside the base index: /pagefind/pagefind.js → /pagefind-delta/. */
export const deltaUrlOf = (bundleUrl: string): string =>
  bundleUrl.replace(/pagefind\/pagefind\.js(\?.*)?$/, 'pagefind-delta/')

let loading: Promise<PagefindApi> | undefined
let reloads = 0
let loadedFingerprint: Promise<Fingerprint> | undefined

async function fetchText(url: string): Promise<string> {
  try {
    const response = await fetch(url, { cache: 'no-cache' })
    return response.ok ? await response.text() : ''
  } catch {
    return ''
  }
}

interface Fingerprint {
  text: string
  delta: DeltaManifest | null
}

/**
 * The live index's small entry files; they change whenever a rebuild (full or
 * partial) is swapped in. Every build writes pagefind-delta/exclude.json; the
 * delta's own entry file exists only when it has pages.
 */
async function fingerprint(bundleUrl: string): Promise<Fingerprint> {
  const base = bundleUrl.replace(/pagefind\.js(\?.*)?$/, '')
  const deltaUrl = deltaUrlOf(bundleUrl)
  const [entry, exclude] = await Promise.all([
    fetchText(`${base}pagefind-entry.json`),
    fetchText(`${deltaUrl}exclude.json`),
  ])
  const delta = parseDelta(exclude)
  const deltaEntry = delta?.index ? await fetchText(`${deltaUrl}pagefind-entry.json`) : ''
  return { text: [entry, exclude, deltaEntry].join('\n'), delta }
}

/**
 * False when the site was rebuilt since this page loaded its index: Pagefind would
 * then ask for chunks that are gone and quietly answer nothing.
 */
export async function isPagefindCurrent(bundleUrl: string): Promise<boolean> {
  if (!loadedFingerprint) return true
  const [loaded, live] = await Promise.all([loadedFingerprint, fingerprint(bundleUrl)])
  return loaded.text === live.text
}

/**
 * Notes which index version the loaded instance reads. Called once the first
 * results are on screen rather than at load, so on a slow link they do not
 * wait for it; a rebuild swapped in during those first seconds goes unseen.
 */
export function rememberIndexVersion(bundleUrl: string): void {
  loadedFingerprint ??= fingerprint(bundleUrl)
}

/**
 * Loads /pagefind/pagefind.js at runtime; it exists only in a built site, so it is never bundled.
 * `fresh` loads a new instance from the live index: a rebuild swapped in while the page was open
 * replaces the content-hashed chunks the old instance would ask for.
 */
export function loadPagefind(
  bundleUrl: string,
  baseUrl: string,
  { fresh = false }: { fresh?: boolean } = {},
): Promise<PagefindApi> {
  if (fresh) {
    loading = undefined
    loadedFingerprint = undefined
    reloads += 1
  }
  loading ??= (async () => {
    const deltaUrl = deltaUrlOf(bundleUrl)
    const deltaManifest = fetchText(`${deltaUrl}exclude.json`).then(parseDelta)
    // Another URL is another module instance, which reads the entry file again.
    const url = reloads > 0 ? `${bundleUrl}${bundleUrl.includes('?') ? '&' : '?'}lan=${reloads}` : bundleUrl
    const api = (await import(/* @vite-ignore */ url)) as PagefindApi
    // In the page, not a worker: one request and 13 kB less before the first results, and the
    // searches themselves take milliseconds. Must be set before init.
    await api.options({ baseUrl, excerptLength: 30, noWorker: true })
    const delta = await deltaManifest
    if (delta?.index) await api.mergeIndex(deltaUrl, { baseUrl })
    await api.init()
    const staleFilters = () =>
      fetchText(`${deltaUrl}stale-filters.json`).then((text) => parseJson<StaleFilters>(text) ?? undefined)
    return withoutExcluded(api, delta, staleFilters)
  })()
  loading.catch(() => {
    loading = undefined
  })
  return loading
}
