import { FEEDBACK_SENT_ANCHOR } from '../vocabulary/feedback'
import { confirmPage, htmlResponse, refusalPage } from './pages'

/** How the request wants its answer: JSON (the page's script) or HTML pages (a plain form post). */
export function wantsJson(headers: Headers): boolean {
  const type = headers.get('content-type') ?? ''
  const accept = headers.get('accept') ?? ''
  return type.includes('application/json') || (accept.includes('application/json') && !accept.includes('text/html'))
}

/**
 * The page's script may live on another origin than the CMS (`npm start`: the site on :4321, the CMS on
 * :3000). No credential is ever read here, so any origin may post (the proof of work is what admits a
 * submission, not where it comes from).
 */
export const CORS_HEADERS: Record<string, string> = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
  'Access-Control-Allow-Headers': 'Content-Type, Accept',
  'Access-Control-Max-Age': '86400',
}

/** The CORS preflight of `POST /api/feedback` and `GET /api/feedback/challenge`. */
export const preflight = (): Response => new Response(null, { status: 204, headers: CORS_HEADERS })

export interface Reply {
  json: boolean
  fields: Record<string, string>
}

const retryHeaders = (retryAfter?: number): Record<string, string> =>
  retryAfter === undefined ? {} : { 'Retry-After': String(retryAfter) }

export function refuse(reply: Reply, status: number, message: string, retryAfter?: number): Response {
  const headers = { 'Cache-Control': 'no-store', ...retryHeaders(retryAfter) }
  if (reply.json) return Response.json({ errors: [{ message }] }, { status, headers: { ...CORS_HEADERS, ...headers } })
  return htmlResponse(refusalPage(message, reply.fields), status, headers)
}

export const confirm = (reply: Reply, ticket: string, note?: string): Response =>
  htmlResponse(confirmPage(reply.fields, ticket, note))

/**
 * Where a stored no-JS post lands: back on the material's or procedure's own page, at its thank-you note
 * (FEEDBACK_SENT_ANCHOR). The path is the target's page as the CMS knows it, under the site's path prefix
 * (SITE_BASE) the form's `back` shows before it; never another page or host. The host is SITE_URL's when set,
 * else the request's own (the site and /api/ share a host behind nginx).
 */
export function thanksLocation(back: string, pagePath: string): string {
  const prefix = back.endsWith(pagePath) ? back.slice(0, back.length - pagePath.length) : ''
  const base = /^(\/[\w.~-]+)*$/.test(prefix) ? prefix : ''
  let origin = ''
  try {
    if (process.env.SITE_URL?.trim()) origin = new URL(process.env.SITE_URL.trim()).origin
  } catch {
    origin = ''
  }
  return `${origin}${base}${pagePath}#${FEEDBACK_SENT_ANCHOR}`
}
