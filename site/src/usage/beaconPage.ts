/**
 * What both beacons (material pages: materialBeacon.ts; embed pages: embedBeacon.ts) share: their settings,
 * read from the page, and the counts of downloads and plays. Loaded inline by components/UsageBeacon.astro.
 */
import type { UsageEvent } from '@dvctt/cms/vocabulary'

import { beaconBody, countingAllowed, docId, type PrivacySignals, sendBeacon } from './beaconCore'

/** The page's settings, written by UsageBeacon.astro into `<script type="application/json" id="dvctt-usage">`. */
export interface PageUsage {
  /** Where to post (absolute, or root-relative to the site). */
  u: string
  /** The material's ID. */
  m: number | string
}

export type Send = (event: UsageEvent, file?: number | string, host?: string) => void

/**
 * Starts counting on this page: a download per file link clicked (`a[data-usage-f]`), a play started and a
 * play reaching 75 % of the page's player. Listening costs nothing, and a click may come before the load
 * event. Returns how to send more, or null when the page has no settings or the visitor asks not to be counted.
 */
export function startCounting(): Send | null {
  const holder = document.getElementById('dvctt-usage')
  if (!holder || !countingAllowed(navigator as PrivacySignals, window as PrivacySignals)) return null
  const settings = JSON.parse(holder.textContent as string) as PageUsage
  const url = new URL(settings.u, location.href).href
  const send: Send = (event, file, host) => sendBeacon(url, beaconBody(settings.m, event, file, host))

  document.addEventListener(
    'click',
    (event) => {
      const link = event.target instanceof Element && event.target.closest('a[data-usage-f]')
      if (link) send('download', docId(link.getAttribute('data-usage-f') as string))
    },
    true,
  )
  const media = document.querySelector<HTMLMediaElement>('.player video, .player audio')
  if (media) {
    media.addEventListener('play', () => send('play'), { once: true })
    // A duration not known yet (NaN) or endless (Infinity) never compares as reached.
    const reached = () => {
      if (media.currentTime < media.duration * 0.75) return
      media.removeEventListener('timeupdate', reached)
      send('play75')
    }
    media.addEventListener('timeupdate', reached)
  }
  return send
}
