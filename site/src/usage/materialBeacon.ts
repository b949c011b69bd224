/**
 * The usage beacon of a material page (issue 17), inlined as a module script by components/UsageBeacon.astro:
 * it runs after parsing, never blocks rendering, and sends only after the load event, in idle time: a view, a
 * QR scan when the address carries ?qr=1 (the material's QR codes, lib/qrPages.ts), and what beaconPage.ts
 * counts. Nothing under Do Not Track or Global Privacy Control; no cookie, no storage, no identifier.
 */
import { afterLoad, withoutQrParam } from './beaconCore'
import { startCounting } from './beaconPage'

// The QR marker leaves the address bar in any case, so a shared or bookmarked address never carries it.
const query = withoutQrParam(location.search)
if (query !== null) history.replaceState(null, '', location.pathname + query + location.hash)

const send = startCounting()
if (send)
  afterLoad(() => {
    send('view')
    if (query !== null) send('qr')
  })
