/**
 * The usage beacon's pure rules (issue 17), shared by the pages' beacon (pageBeacon.ts) and the embed
 * widget (src/embed/widget.ts): whether the visitor may be counted, which host embeds us, the body sent.
 *
 * Bundled into the widget, which runs on hostile portal pages: no Array helpers, spread or for…of here
 * (old libraries patch Array.prototype), nothing newer than ES2017.
 */
import type { UsageBeacon, UsageEvent } from '@dvctt/cms/vocabulary'

/** The query parameter the material QR codes carry (`/tai-lieu/<slug>/?qr=1`), counted as a scan, then removed. */
export const QR_PARAM = 'qr'

/** What a browser says about being counted (`navigator`, and the legacy `window.doNotTrack`). */
export interface PrivacySignals {
  doNotTrack?: string | null
  /** Global Privacy Control. */
  globalPrivacyControl?: boolean
}

/** False when Do Not Track or Global Privacy Control is on: then nothing at all is sent. */
export function countingAllowed(nav: PrivacySignals, win: PrivacySignals): boolean {
  return !(nav.doNotTrack === '1' || win.doNotTrack === '1' || nav.globalPrivacyControl === true)
}

/** The host name of an origin or address, lower case without port; '' when it has none (file:, "null", nothing). */
export function hostOf(address: string | null | undefined): string {
  try {
    return new URL(address as string).hostname
  } catch {
    return ''
  }
}

/**
 * The host of the page that embeds the library: the parent's origin (`location.ancestorOrigins[0]`, which no
 * referrer policy hides) or else `document.referrer`. '' when neither tells; null when it is the library's own
 * host (the embed preview on a material page), which is not a portal and is never counted.
 */
export function embeddingHost(ancestorOrigin: string | undefined, referrer: string, ownHost: string): string | null {
  const host = hostOf(ancestorOrigin) || hostOf(referrer)
  return host && host === ownHost ? null : host
}

/** A document ID as the CMS has it: SQL databases number them, MongoDB's are strings. */
export function docId(value: string): number | string {
  return /^\d+$/.test(value) ? +value : value
}

/** The beacon's body (UsageBeacon), as the JSON text sendBeacon posts as text/plain; JSON leaves out what is undefined. */
export function beaconBody(
  material: number | string,
  event: UsageEvent,
  file?: number | string,
  host?: string,
): string {
  const body: UsageBeacon = { m: material, e: event, f: file, h: host || undefined }
  return JSON.stringify(body)
}

/** The query string without the QR marker (with its "?", or ''), or null when the address has no marker. */
export function withoutQrParam(search: string): string | null {
  const query = new URLSearchParams(search)
  if (!query.has(QR_PARAM)) return null
  query.delete(QR_PARAM)
  const rest = query.toString()
  return rest ? '?' + rest : ''
}

/** Posts one body (text/plain: no CORS preflight); a browser without sendBeacon simply sends nothing. */
export function sendBeacon(url: string, body: string): void {
  if (navigator.sendBeacon) navigator.sendBeacon(url, body)
}

/** Runs `work` after the load event, when the browser is idle: nothing on the critical path. */
export function afterLoad(work: () => void): void {
  const idle = () => {
    if (window.requestIdleCallback) window.requestIdleCallback(work, { timeout: 3000 })
    else setTimeout(work, 1)
  }
  if (document.readyState === 'complete') idle()
  else window.addEventListener('load', idle)
}
