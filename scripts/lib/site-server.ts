import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'

import { setSiteFileHeaders } from '@dvctt/cms/uploads/servingHeaders'
import compression from 'compression'
import sirv from 'sirv'

import { siteCacheControl } from './site-cache'
import { answerOembed } from './site-oembed'

type Handler = ReturnType<typeof sirv>
type Middleware = (req: http.IncomingMessage, res: http.ServerResponse, next: () => void) => void

/**
 * Text worth gzipping: HTML, CSS, JavaScript, JSON, SVG, XML, WebVTT, plain text.
 * Pagefind's index chunks (`pf_*`) and wasm (`.pagefind`) are gzip already and
 * get no type from sirv, so they never match and go out byte for byte.
 */
export function isCompressibleText(contentType: string): boolean {
  const type = contentType.split(';')[0]?.trim().toLowerCase() ?? ''
  return type.startsWith('text/') || /^application\/(javascript|json|xml)$/.test(type) || /\+(json|xml)$/.test(type)
}

// compression is written for Express but only uses Node's own req/res (its README shows plain http), hence the cast.
// A range request gets the bytes it asked for, never a gzip of them.
const compressText = compression({
  filter: (req, res) => !req.headers.range && isCompressibleText(String(res.getHeader('Content-Type') ?? '')),
}) as unknown as Middleware

/**
 * Serves the live site, `liveDir` being a symlink to the current release
 * (site/publish/releases.ts). The link is resolved once per request and
 * the whole request is answered from that release folder, which never changes
 * once made: a swap between two requests switches cleanly, and a request in
 * flight during a swap finishes from the old release (kept after the swap).
 * Pre-compressed siblings are sent when the browser accepts their encoding;
 * other text responses are compressed on the fly, as real hosts do. Hashed
 * files are cached for a year, everything else revalidated (site-cache.ts).
 * oEmbed answers are sized to the consumer's maxwidth/maxheight (site-oembed.ts).
 */
export function createSiteHandler(liveDir: string): http.RequestListener {
  const handlers = new Map<string, Handler>()
  const handlerFor = (release: string): Handler => {
    let handler = handlers.get(release)
    if (!handler) {
      // dev: look files up per request (a release is immutable, but a scan of 10,000 pages would delay the first request).
      // brotli/gzip: a file's pre-compressed sibling (x.br, x.gz, site/publish/precompress.ts) when the browser takes it.
      handler = sirv(release, {
        dev: true,
        etag: true,
        extensions: ['html'],
        brotli: true,
        gzip: true,
        setHeaders: setSiteFileHeaders,
      })
      handlers.set(release, handler)
      // Old releases are deleted after a few swaps; forget their handlers too.
      if (handlers.size > 8) handlers.delete(handlers.keys().next().value as string)
    }
    return handler
  }
  const serve = (req: http.IncomingMessage, res: http.ServerResponse): void => {
    res.setHeader('X-Content-Type-Options', 'nosniff')
    res.setHeader('Referrer-Policy', 'strict-origin-when-cross-origin')
    // On every answer (files, oEmbed, 404), as nginx's `add_header … always`; sirv keeps a header already set.
    res.setHeader('Cache-Control', siteCacheControl(new URL(req.url ?? '/', 'http://site').pathname))
    let release: string
    try {
      release = fs.realpathSync(liveDir)
    } catch {
      res.statusCode = 503
      res.setHeader('Content-Type', 'text/plain; charset=utf-8')
      res.setHeader('Retry-After', '10')
      res.end('Trang công khai chưa được dựng. Hãy thử lại sau ít phút.')
      return
    }
    if (answerOembed(req, res, release)) return
    handlerFor(release)(req, res, () => {
      res.statusCode = 404
      res.setHeader('Content-Type', 'text/html; charset=utf-8')
      const notFound = path.join(release, '404.html')
      res.end(fs.existsSync(notFound) ? fs.readFileSync(notFound) : 'Không tìm thấy trang.')
    })
  }
  return (req, res) => compressText(req, res, () => serve(req, res))
}

/** Starts the static server on `port` (0: any free port); resolves once listening. */
export function serveSite(liveDir: string, port: number): Promise<http.Server> {
  const server = http.createServer(createSiteHandler(liveDir))
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, () => resolve(server))
  })
}
