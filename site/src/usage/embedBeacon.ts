/**
 * The usage beacon of the embed (iframe) page `/nhung/<slug>/` (issue 17), inlined like materialBeacon.ts:
 * framed by another site, an embed load with that site's host name; opened on its own, a view; never
 * counted when the frame is on the library's own host (the embed preview of a material page).
 */
import { afterLoad, embeddingHost } from './beaconCore'
import { startCounting } from './beaconPage'

const send = startCounting()
if (send)
  afterLoad(() => {
    if (window.parent === window) return send('view')
    const origins = location.ancestorOrigins
    const host = embeddingHost(origins && origins[0], document.referrer, location.hostname)
    if (host !== null) send('embed-page', undefined, host)
  })
