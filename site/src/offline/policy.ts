/**
 * The service worker's rules (issue 20 §3), pure so unit tests read them: which requests it answers and how,
 * and what it keeps. Bundled into sw.js (src/offline/sw.ts): nothing newer than ES2017.
 */

/** Bump when what is cached changes shape: the new worker deletes every other `dvctt-` cache on activation. */
export const CACHE_VERSION = 1
export const CACHE_PREFIX = 'dvctt-'
export const CACHE_NAME = `${CACHE_PREFIX}v${CACHE_VERSION}`
/** The offline page, under the scope (site/src/pages/ngoai-tuyen/). */
export const OFFLINE_PATH = 'ngoai-tuyen/'
/** At most this many responses (pages and files); the oldest go first. */
export const MAX_ENTRIES = 60
/** A file larger than this (a long video, a large print file) is never kept: the bound on bytes. */
export const MAX_FILE_BYTES = 8 * 1024 * 1024

export type Strategy = 'network-first' | 'cache-first' | null

/**
 * Paths under the scope the worker leaves alone: the embed pages and their data (inside portals' iframes,
 * never the reader's own visit), the CMS behind the same host (admin, API, previews, Next.js), Pagefind's
 * unhashed entry files and the site's feeds and JSON (always fresh from the network).
 */
const PASS_THROUGH = /^(nhung\/|admin|api\/|xem-truoc\/|_next\/|nguon\/|oembed\/|du-lieu\/|sw\.js)/
/** Never change under their name: Astro's bundles, Pagefind's hashed chunks, published files (stored renditions). */
const IMMUTABLE = /^(_astro\/|tep\/|pagefind(-delta)?\/(fragment|index|filter)\/)/

/** How a GET request for `url` is answered, `scope` being the registration's scope (ending in /). */
export function strategyFor(url: string, scope: string, navigate: boolean): Strategy {
  if (url.indexOf(scope) !== 0) return null
  const rest = url.slice(scope.length).split('#')[0] as string
  if (PASS_THROUGH.test(rest)) return null
  if (IMMUTABLE.test(rest) && rest.indexOf('?') < 0) return 'cache-first'
  return navigate ? 'network-first' : null
}

/** Whether a response may be kept: whole (not a range), from our origin, and within the byte bound. */
export function keepable(status: number, type: string, contentLength: string | null): boolean {
  if (status !== 200 || (type !== 'basic' && type !== 'default')) return false
  return !contentLength || Number(contentLength) <= MAX_FILE_BYTES
}

/** The `<title>` of a cached page, without the site name after «·»; the address when it has none. */
export function pageTitle(html: string, fallback: string): string {
  const match = /<title>([^<]*)<\/title>/i.exec(html)
  const title = match
    ? decodeEntities(match[1] as string)
        .split(' · ')[0]
        ?.trim()
    : ''
  return title || fallback
}

function decodeEntities(text: string): string {
  return text
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_, code: string) => String.fromCharCode(Number.parseInt(code, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
}
