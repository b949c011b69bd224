import { type CachedAnswer, cacheGeneration, cachedAnswer, storeAnswer } from './listCache'

/** Requests for the same list made while it is being computed share that computation. */
const KEY = Symbol.for('dvctt.publicApi.inflight')
type WithInflight = typeof globalThis & { [KEY]?: Map<string, Promise<CachedAnswer>> }
const inflight = (): Map<string, Promise<CachedAnswer>> => ((globalThis as WithInflight)[KEY] ??= new Map())

const toResponse = (answer: CachedAnswer, cache: 'hit' | 'miss'): Response => {
  const headers = new Headers(answer.headers)
  headers.set('X-Public-Cache', cache)
  return new Response(answer.body, { status: answer.status, headers })
}

async function compute(key: string, generation: number, run: () => Promise<Response>): Promise<CachedAnswer> {
  const response = await run()
  const headers = [...response.headers].filter(([name]) => name.toLowerCase() !== 'set-cookie')
  const answer: CachedAnswer = { status: response.status, headers, body: new Uint8Array(await response.arrayBuffer()) }
  // Only whole, successful answers are kept; refusals and errors are computed each time.
  if (response.status === 200) storeAnswer(key, generation, answer)
  return answer
}

/**
 * An anonymous list answer from memory, or computed once and kept until the
 * next change (listCache.ts). Keyed with the cache generation as well, so a
 * request made after a change never joins a computation started before it.
 */
export async function serveListFromCache(key: string, run: () => Promise<Response>): Promise<Response> {
  const cached = cachedAnswer(key)
  if (cached) return toResponse(cached, 'hit')
  const generation = cacheGeneration()
  const flightKey = `${generation}:${key}`
  let flight = inflight().get(flightKey)
  if (!flight) {
    flight = compute(key, generation, run).finally(() => inflight().delete(flightKey))
    inflight().set(flightKey, flight)
  }
  return toResponse(await flight, 'miss')
}
