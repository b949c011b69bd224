import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'

import { setSiteFileHeaders } from '@dvctt/cms/uploads/servingHeaders'
import sirv from 'sirv'

type Handler = ReturnType<typeof sirv>

/**
 * Serves the live site, `liveDir` being a symlink to the current release
 * (scripts/lib/site-releases.ts). The link is resolved once per request and
 * the whole request is answered from that release folder, which never changes
 * once made: a swap between two requests switches cleanly, and a request in
 * flight during a swap finishes from the old release (kept after the swap).
 */
export function createSiteHandler(liveDir: string): http.RequestListener {
  const handlers = new Map<string, Handler>()
  const handlerFor = (release: string): Handler => {
    let handler = handlers.get(release)
    if (!handler) {
      // dev: look files up per request (a release is immutable, but a scan of 10,000 pages would delay the first request).
      handler = sirv(release, { dev: true, etag: true, extensions: ['html'], setHeaders: setSiteFileHeaders })
      handlers.set(release, handler)
      // Old releases are deleted after a few swaps; forget their handlers too.
      if (handlers.size > 8) handlers.delete(handlers.keys().next().value as string)
    }
    return handler
  }
  return (req, res) => {
    res.setHeader('X-Content-Type-Options', 'nosniff')
    res.setHeader('Referrer-Policy', 'strict-origin-when-cross-origin')
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
    handlerFor(release)(req, res, () => {
      res.statusCode = 404
      res.setHeader('Content-Type', 'text/html; charset=utf-8')
      const notFound = path.join(release, '404.html')
      res.end(fs.existsSync(notFound) ? fs.readFileSync(notFound) : 'Không tìm thấy trang.')
    })
  }
}

/** Starts the static server on `port` (0: any free port); resolves once listening. */
export function serveSite(liveDir: string, port: number): Promise<http.Server> {
  const server = http.createServer(createSiteHandler(liveDir))
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, () => resolve(server))
  })
}
