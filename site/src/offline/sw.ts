/**
 * The site's service worker (issue 20 §3), written to <out>/sw.js by integrations/serviceWorker.ts and registered
 * after the load event (register.ts). A second visit works without a connection: pages are network-first (never
 * a stale page when online), hashed assets and published files cache-first, and only what the reader opened is
 * kept (policy.ts: bound and version). A page neither online nor cached gets the offline page, which lists the
 * cached ones. Hand-written: Workbox's runtime alone is larger than the 3 kB budget.
 */
import { CACHE_NAME, CACHE_PREFIX, keepable, MAX_ENTRIES, OFFLINE_PATH, type Strategy, strategyFor } from './policy'

interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void
}
interface FetchEvent extends ExtendableEvent {
  request: Request
  respondWith(response: Promise<Response>): void
}
interface WorkerScope {
  registration: { scope: string }
  skipWaiting(): Promise<void>
  clients: { claim(): Promise<void> }
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void
  addEventListener(type: 'message', listener: (event: MessageEventLike) => void): void
}
interface MessageEventLike extends ExtendableEvent {
  data: { page?: unknown; files?: unknown } | null
}
declare const self: WorkerScope

const scope = self.registration.scope
const offlineUrl = scope + OFFLINE_PATH

/**
 * Keeps a copy when it may be kept, then drops the oldest entries beyond the bound. The body is read whole
 * first, so the put writes only bytes already here: a put replaces the kept copy as it starts, and a
 * connection lost while it still read from the network would lose the page the reader kept.
 */
async function keep(request: Request, response: Response): Promise<void> {
  if (!keepable(response.status, response.type, response.headers.get('Content-Length'))) return
  await response.clone().arrayBuffer()
  const cache = await caches.open(CACHE_NAME)
  await cache.put(request, response)
  const keys = await cache.keys()
  for (let i = 0; i < keys.length - MAX_ENTRIES; i++) {
    const old = keys[i] as Request
    if (old.url !== offlineUrl) await cache.delete(old)
  }
}

/** Fetches and, in the background, keeps a copy. */
async function fetchAndKeep(event: FetchEvent): Promise<Response> {
  const response = await fetch(event.request)
  event.waitUntil(keep(event.request, response.clone()).catch(() => undefined))
  return response
}

async function networkFirst(event: FetchEvent): Promise<Response> {
  try {
    return await fetchAndKeep(event)
  } catch (error) {
    const cached = (await caches.match(event.request)) || (await caches.match(offlineUrl))
    if (cached) return cached
    throw error
  }
}

async function cacheFirst(event: FetchEvent): Promise<Response> {
  return (await caches.match(event.request)) || fetchAndKeep(event)
}

/** The offline page and its stylesheets, so it shows with the site's look. */
async function precacheOfflinePage(): Promise<void> {
  const cache = await caches.open(CACHE_NAME)
  const response = await fetch(offlineUrl, { cache: 'no-cache' })
  if (!response.ok) return
  const html = await response.clone().text()
  await cache.put(offlineUrl, response)
  const styles = html.match(/<link[^>]+rel="stylesheet"[^>]*>/g) || []
  const hrefs = styles.map((tag) => (/href="([^"]+)"/.exec(tag) || [])[1]).filter((href): href is string => !!href)
  await cache.addAll(hrefs.map((href) => new URL(href, offlineUrl).href))
}

self.addEventListener('install', (event) => {
  event.waitUntil(precacheOfflinePage().then(() => self.skipWaiting()))
})

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(
          names.filter((n) => n.indexOf(CACHE_PREFIX) === 0 && n !== CACHE_NAME).map((n) => caches.delete(n)),
        ),
      )
      .then(() => self.clients.claim()),
  )
})

self.addEventListener('fetch', (event) => {
  const request = event.request
  if (request.method !== 'GET' || request.headers.has('Range')) return
  const strategy: Strategy = strategyFor(request.url, scope, request.mode === 'navigate')
  if (strategy === 'network-first') event.respondWith(networkFirst(event))
  else if (strategy === 'cache-first') event.respondWith(cacheFirst(event))
})

/** From register.ts: the page the reader is on and the files it loaded before this worker controlled it. */
self.addEventListener('message', (event) => {
  const data = event.data || {}
  const wanted: string[] = []
  if (typeof data.page === 'string' && strategyFor(data.page, scope, true) === 'network-first') wanted.push(data.page)
  if (Array.isArray(data.files))
    for (const file of data.files) if (typeof file === 'string' && strategyFor(file, scope, false)) wanted.push(file)
  event.waitUntil(
    Promise.all(
      wanted.map(async (url) => {
        if (url !== data.page && (await caches.match(url))) return
        await keep(new Request(url), await fetch(url))
      }),
    ).catch(() => undefined),
  )
})
