/**
 * The offline page's list (pages/ngoai-tuyen/): every page the service worker keeps, by title, newest last, as
 * links. Inlined by that page only (integrations/serviceWorker.ts). Without a worker or cache the page's own text
 * stays: what to do without a connection.
 */
import { CACHE_NAME, OFFLINE_PATH, pageTitle } from './policy'

async function listCachedPages(list: HTMLElement, empty: HTMLElement): Promise<void> {
  if (!('caches' in window)) return
  const cache = await caches.open(CACHE_NAME)
  const items: HTMLLIElement[] = []
  for (const request of await cache.keys()) {
    const url = new URL(request.url)
    if (url.pathname.slice(-OFFLINE_PATH.length) === OFFLINE_PATH) continue
    const response = await cache.match(request)
    if (!response || (response.headers.get('Content-Type') || '').indexOf('text/html') < 0) continue
    const link = document.createElement('a')
    link.href = url.pathname + url.search
    link.textContent = pageTitle(await response.text(), url.pathname)
    const item = document.createElement('li')
    item.appendChild(link)
    items.push(item)
  }
  for (const item of items) list.appendChild(item)
  list.hidden = items.length === 0
  empty.hidden = items.length > 0
}

const list = document.getElementById('trang-da-luu')
const empty = document.getElementById('chua-luu-trang')
if (list && empty) listCachedPages(list, empty).catch(() => undefined)
