// Where a search's bytes go (issue 18): each request of a measured window sorted into one part of
// Pagefind's loading, or of the page, by its address. Read with scripts/bench/search-browser.ts.

/** Parts of the search window, in loading order; `other` is whatever matches none. */
export const SEARCH_PARTS = [
  'script',
  'entry',
  'wasm',
  'meta',
  'filters',
  'chunks',
  'fragments',
  'thumbnails',
  'other',
] as const
/** Parts of the page load before the box is touched. */
export const PAGE_PARTS = ['html', 'css', 'js', 'other'] as const

export type Part = { bytes: number; requests: number }
export type Breakdown = Record<string, Part>

const RULES: [string, RegExp][] = [
  // pagefind.js (and the default UI's scripts and styles, for the baseline)
  ['script', /\/pagefind(-delta)?\/pagefind[^/]*\.(js|css)$/],
  // pagefind-entry.json of both indexes, and the delta's exclude.json
  ['entry', /\/pagefind(-delta)?\/(pagefind-entry|exclude)\.json$/],
  ['wasm', /\/wasm\.[^/]+\.pagefind$/],
  ['meta', /\.pf_meta$/],
  ['filters', /\.pf_filter$/],
  ['chunks', /\.pf_index$/],
  ['fragments', /\.pf_fragment$/],
  ['thumbnails', /\.(avif|webp|jpe?g|png|gif)$/],
  ['html', /(\/|\.html)$/],
  ['css', /\.css$/],
  ['js', /\.m?js$/],
]

/** The part a URL belongs to, among `parts`. */
export function partOf(url: string, parts: readonly string[]): string {
  const pathname = new URL(url).pathname
  return RULES.find(([part, pattern]) => parts.includes(part) && pattern.test(pathname))?.[0] ?? 'other'
}

/** Bytes and requests per part (every part present, 0 when none). */
export function breakdown(requests: { url: string; bytes?: number }[], parts: readonly string[]): Breakdown {
  const result: Breakdown = Object.fromEntries(parts.map((part) => [part, { bytes: 0, requests: 0 }]))
  for (const request of requests) {
    const part = result[partOf(request.url, parts)] ?? { bytes: 0, requests: 0 }
    part.bytes += request.bytes ?? 0
    part.requests += 1
  }
  return result
}
