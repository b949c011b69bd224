/**
 * The way back from the thank-you page (/gop-y/da-gui/?ve=<path>, where the CMS's no-JS path lands): only a
 * path on this site, under its base, never another host («//evil.example», «/\evil.example», «https://…»)
 * nor a script address. Null: the page keeps its links to the home page and the lists.
 */
export function safeBackPath(ve: string | null, base: string): string | null {
  if (!ve || !/^\/(?![/\\])/.test(ve) || /[\s\\]/.test(ve)) return null
  let url: URL
  try {
    url = new URL(ve, 'http://site.invalid')
  } catch {
    return null
  }
  if (url.origin !== 'http://site.invalid') return null
  const root = base.endsWith('/') ? base : `${base}/`
  return url.pathname.startsWith(root) ? url.pathname : null
}
