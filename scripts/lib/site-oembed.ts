import fs from 'node:fs'
import type http from 'node:http'
import path from 'node:path'

import { setSiteFileHeaders } from '@dvctt/cms/uploads/servingHeaders'
import { resizeOembed, sizeLimit } from '@dvctt/site/oembed-sizes'

const OEMBED_FILE = /^\/oembed\/[a-z0-9-]+\.json$/

/**
 * A material's oEmbed answer at the size the consumer's `maxwidth`/`maxheight`
 * allow (the build writes the largest). Answers GET and HEAD for
 * /oembed/<slug>.json from `release`; returns false for anything else, or a
 * file that is not there (the static handler then answers it, or its 404).
 */
export function answerOembed(req: http.IncomingMessage, res: http.ServerResponse, release: string): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false
  const url = new URL(req.url ?? '/', 'http://site')
  if (!OEMBED_FILE.test(url.pathname)) return false
  let built: { type: string }
  try {
    built = JSON.parse(fs.readFileSync(path.join(release, url.pathname), 'utf8')) as { type: string }
  } catch {
    // Missing (404 page) or unreadable: the static handler answers as for any file.
    return false
  }
  const answer = resizeOembed(
    built,
    sizeLimit(url.searchParams.get('maxwidth')),
    sizeLimit(url.searchParams.get('maxheight')),
  )
  const body = Buffer.from(JSON.stringify(answer))
  res.statusCode = 200
  res.setHeader('Content-Type', 'application/json')
  res.setHeader('Content-Length', body.length)
  setSiteFileHeaders(res, url.pathname)
  res.end(req.method === 'HEAD' ? undefined : body)
  return true
}
