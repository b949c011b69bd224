/**
 * Registers the service worker (sw.ts) once the page has loaded, in idle time, and its first contentful paint is
 * recorded: nothing on the critical path, no effect on first paint. Then hands it the page and the files it
 * loaded before the worker ran (the first visit), so a reload without a connection shows this page with its
 * look. Inlined by components/OfflineSupport.astro.
 */
import { afterLoad } from '../usage/beaconCore'

/** The site's base ('/' or '/thu-vien/'), written in at bundle time. */
declare const __DVCTT_BASE__: string

const FCP = 'first-contentful-paint'

/** Once the page's first contentful paint is recorded (at most 3 s after load): the worker never competes with it. */
function afterFirstPaint(work: () => void): void {
  let done = false
  const run = () => {
    if (done) return
    done = true
    work()
  }
  if (performance.getEntriesByName(FCP).length) return run()
  try {
    new PerformanceObserver((list) => list.getEntriesByName(FCP).length && run()).observe({
      type: 'paint',
      buffered: true,
    })
  } catch {
    run()
  }
  setTimeout(run, 3000)
}

if ('serviceWorker' in navigator)
  afterLoad(() =>
    afterFirstPaint(() => {
      const sw = navigator.serviceWorker
      sw.register(`${__DVCTT_BASE__}sw.js`, { scope: __DVCTT_BASE__ })
        .then(() => sw.ready)
        .then((registration) => {
          const files = performance.getEntriesByType('resource').map((entry) => entry.name)
          if (registration.active) registration.active.postMessage({ page: location.href, files })
        })
        .catch(() => undefined)
    }),
  )
