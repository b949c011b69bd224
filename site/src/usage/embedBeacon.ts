/**
 * The usage beacon of the embed (iframe) page `/nhung/<slug>/` (issue 17), inlined like materialBeacon.ts:
 * framed by another site, an embed load with that site's host name; opened on its own, a view; not counted
 * when the frame is on the library's own host (the embed preview of a material page) or the host is unknown.
 */
import { afterLoad, embeddingHost } from './beaconCore'
import { startCounting } from './beaconPage'

const send = startCounting()
if (send)
  afterLoad(() => {
    if (window.parent === window) return send('view')
    const origins = location.ancestorOrigins
    const host = embeddingHost(origins?.[0], document.referrer, location.hostname)
    // Unknown (a no-referrer portal in a browser without ancestorOrigins): the endpoint needs the host, so no count.
    if (host) send('embed-page', undefined, host)
  })
