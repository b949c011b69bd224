/**
 * Cache lifetimes of the static site, the same as deploy/nginx/dvctt.conf's
 * `$dvctt_cache_control` map (tests/e2e/nginx.test.ts compares both servers).
 * Content-hashed files never change under their name: a year, immutable.
 * Everything else (pages, pagefind.js, its wasm, the entry files) is
 * revalidated on every use: a publish shows at once, and a 304 costs a few bytes.
 */
const IMMUTABLE_PATHS = [
  /^\/_astro\//,
  /^\/pagefind(-delta)?\/(fragment|index|filter)\//,
  /^\/pagefind(-delta)?\/[^/]+\.pf_meta$/,
]

export const IMMUTABLE = 'public, max-age=31536000, immutable'
export const REVALIDATE = 'no-cache'

export function siteCacheControl(pathname: string): string {
  return IMMUTABLE_PATHS.some((pattern) => pattern.test(pathname)) ? IMMUTABLE : REVALIDATE
}
