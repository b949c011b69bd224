import { isPassiveMimeType } from './describeFormat'

/** Uploaded files are data, never a page: no scripts, no plugins, no forms, only their own images and media. */
export const UPLOAD_CSP = "default-src 'none'; img-src 'self'; media-src 'self'; style-src 'unsafe-inline'; sandbox"

/**
 * Headers for every stored file Payload serves (`/api/media/file/<name>`) and
 * the static site serves (`/tep/<name>`): the browser must not guess a type,
 * and anything it could run (office files, unknown types) is a download.
 */
export function uploadServingHeaders(contentType: string | null): Record<string, string> {
  const headers: Record<string, string> = {
    'X-Content-Type-Options': 'nosniff',
    'Content-Security-Policy': UPLOAD_CSP,
  }
  if (!contentType || !isPassiveMimeType(contentType)) headers['Content-Disposition'] = 'attachment'
  return headers
}

/** Payload's `upload.modifyResponseHeaders`. */
export function setUploadServingHeaders({ headers }: { headers: Headers }): Headers {
  for (const [name, value] of Object.entries(uploadServingHeaders(headers.get('Content-Type'))))
    headers.set(name, value)
  return headers
}

/** The site copies published files under this folder (site/src/lib/urls.ts `paths.file`). */
const SITE_FILES_PREFIX = '/tep/'
/** The embed widget's static lists. */
const EMBED_DATA_PREFIX = '/nhung/du-lieu/'
/** oEmbed answers (site/src/lib/oembed.ts), read by portals and chat apps on other origins. */
const OEMBED_PREFIX = '/oembed/'
/** Feeds (site/src/lib/feeds.ts): .xml is RSS there, not generic XML. */
const FEEDS_PREFIX = '/nguon/'

/**
 * Feed readers judge a feed by its type, and without a charset some read
 * RSS as Latin-1 or call it malformed; deploy/nginx/dvctt.conf sends the same.
 */
export const FEED_TYPES: Record<string, string> = {
  xml: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

const TYPES_BY_EXTENSION: Record<string, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  avif: 'image/avif',
  gif: 'image/gif',
  pdf: 'application/pdf',
  mp4: 'video/mp4',
  webm: 'video/webm',
  mp3: 'audio/mpeg',
  m4a: 'audio/mp4',
  wav: 'audio/wav',
  vtt: 'text/vtt',
}

/**
 * sirv's `setHeaders` for the static site (scripts/start.ts): files under
 * /tep/ get the same headers as from the CMS. Static hosts decide the type by
 * extension, so the rule does too; an unknown extension is a download.
 */
export function setSiteFileHeaders(res: { setHeader(name: string, value: string): unknown }, pathname: string): void {
  // The embed widget on a portal (another origin) reads these public, published-only lists (site/src/lib/embed.ts).
  if (pathname.startsWith(EMBED_DATA_PREFIX) || pathname.startsWith(OEMBED_PREFIX))
    res.setHeader('Access-Control-Allow-Origin', '*')
  const feedType = pathname.startsWith(FEEDS_PREFIX) && FEED_TYPES[pathname.slice(pathname.lastIndexOf('.') + 1)]
  if (feedType) res.setHeader('Content-Type', feedType)
  // Units' printable procedure lists: sirv's type table has no .xlsx, and without a type the browser may not offer Excel.
  if (pathname.endsWith('.xlsx')) res.setHeader('Content-Type', XLSX_TYPE)
  if (!pathname.startsWith(SITE_FILES_PREFIX)) return
  const extension = pathname.slice(pathname.lastIndexOf('.') + 1).toLowerCase()
  for (const [name, value] of Object.entries(uploadServingHeaders(TYPES_BY_EXTENSION[extension] ?? null)))
    res.setHeader(name, value)
}
