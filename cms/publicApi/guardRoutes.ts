import { getPayload, type Payload, type SanitizedConfig } from 'payload'

import { clientAddress } from '../auth/loginRateLimit'
import { requestsPerMinute } from './limits'
import { normaliseAnonymousQuery } from './normaliseQuery'
import { serveListFromCache } from './serveListFromCache'
import { badRequest, tooManyRequests } from './responses'
import { carriesCredentials, signedInUser } from './signedInUser'
import { throttleAnonymous } from './throttle'
import { withDefaultListSelect } from './publicListSelect'

type Config = Promise<SanitizedConfig> | SanitizedConfig
export type RestHandler = (request: Request, args: { params: Promise<{ slug: string[] }> }) => Promise<Response>
export type GraphQLHandler = (request: Request) => Promise<Response>

/**
 * Signed-in accounts pass straight through. Anonymous requests from a known
 * address are throttled first; undefined means "go on".
 */
async function admitAnonymous(payload: Payload, request: Request): Promise<Response | undefined | 'signed-in'> {
  if (await signedInUser(payload, request.headers)) return 'signed-in'
  const address = clientAddress(request.headers)
  // Server code (Local API, the site build) has no address and is never throttled.
  if (!address) return undefined
  const waitSeconds = await throttleAnonymous(address)
  return waitSeconds === undefined ? undefined : tooManyRequests(waitSeconds, requestsPerMinute())
}

const isMethodOverrideGet = (request: Request): boolean =>
  request.method === 'POST' &&
  (request.headers.get('x-payload-http-method-override') === 'GET' ||
    request.headers.get('x-http-method-override') === 'GET')

/**
 * Payload answers `POST` + `X-Payload-HTTP-Method-Override: GET` as a GET whose
 * query is the form body: turn it into that GET here, so its query meets the
 * same caps as any other.
 */
async function asGet(request: Request): Promise<Request> {
  const url = new URL(request.url)
  if (request.headers.get('content-type')?.startsWith('application/x-www-form-urlencoded')) {
    for (const [key, value] of new URLSearchParams(await request.text())) url.searchParams.append(key, value)
  }
  const headers = new Headers(request.headers)
  for (const name of ['x-payload-http-method-override', 'x-http-method-override', 'content-type', 'content-length'])
    headers.delete(name)
  return new Request(url, { method: 'GET', headers, signal: request.signal })
}

/** An anonymous read: caps applied, default fields for public lists, lists answered from the cache. */
async function anonymousRead(
  payload: Payload,
  request: Request,
  args: Parameters<RestHandler>[1],
  handler: RestHandler,
): Promise<Response> {
  const url = new URL(request.url)
  const normalised = normaliseAnonymousQuery(url.searchParams)
  if (!normalised.ok) return badRequest(normalised.message)
  const { slug } = await args.params
  const listOf = slug.length === 1 && slug[0] && slug[0] in payload.collections ? slug[0] : undefined
  // Built only when Payload has to answer: a cache hit needs neither.
  const capped = (): Request => {
    url.search = (listOf ? withDefaultListSelect(listOf, normalised.params) : normalised.params).toString()
    return new Request(url, { method: 'GET', headers: request.headers, signal: request.signal })
  }
  // Only a request with no credentials at all is cached: Payload cannot take it for anyone's, so
  // its answer is the public one even if our check and Payload's ever disagreed about a token.
  if (!listOf || carriesCredentials(request.headers, payload.config.cookiePrefix)) return handler(capped(), args)
  const key = `${listOf}?${normalised.cacheKey}#${request.headers.get('origin') ?? ''}`
  return serveListFromCache(key, () => handler(capped(), args))
}

/** Wraps one of Payload's REST route handlers (`/api/[...slug]`) with the anonymous limits. */
export function guardRestHandler(config: Config, handler: RestHandler): RestHandler {
  return async (incoming, args) => {
    const payload = await getPayload({ config })
    const admission = await admitAnonymous(payload, incoming)
    if (admission === 'signed-in') return handler(incoming, args)
    if (admission) return admission
    // Next.js answers HEAD with the GET handler: the same query runs, so the same caps apply.
    const read =
      incoming.method === 'GET' || incoming.method === 'HEAD'
        ? incoming
        : isMethodOverrideGet(incoming)
          ? await asGet(incoming)
          : undefined
    // Anonymous writes go on to Payload, whose access rules refuse them.
    return read ? anonymousRead(payload, read, args, handler) : handler(incoming, args)
  }
}

/** Wraps Payload's GraphQL handler: anonymous requests are throttled; list caps are validation rules (./graphqlLimits.ts). */
export function guardGraphQLHandler(config: Config, handler: GraphQLHandler): GraphQLHandler {
  return async (request) => {
    const payload = await getPayload({ config })
    const admission = await admitAnonymous(payload, request)
    return admission && admission !== 'signed-in' ? admission : handler(request)
  }
}
