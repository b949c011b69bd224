'use client'

import { useEffect, useState } from 'react'

import type { Publication } from './workflowStore'

/** Seconds between two looks while a material is on its way to the public site. */
export const PUBLICATION_POLL_MS = 3000

const pending = (publication: Publication | null): boolean =>
  publication?.state === 'waiting' || publication?.state === 'building'

/**
 * Whether a published material is on the public site yet: asks the CMS every
 * few seconds while a build is waiting or running, and stops once it is live
 * (or failed, or unpublished). While building, `now` ticks each second for the elapsed time.
 */
export function usePublication(
  url: string,
  initial: Publication | null,
): { publication: Publication | null; now: number } {
  const [publication, setPublication] = useState<Publication | null>(initial)
  const [now, setNow] = useState(() => Date.now())

  useEffect(() => setPublication(initial), [initial])

  useEffect(() => {
    if (!pending(publication)) return
    const poll = setTimeout(async () => {
      try {
        const response = await fetch(url, { credentials: 'include' })
        if (response.ok) setPublication((await response.json()) as Publication)
      } catch {
        // A missed look is retried: the state stays as last read.
        setPublication((current) => (current ? { ...current } : current))
      }
    }, PUBLICATION_POLL_MS)
    return () => clearTimeout(poll)
  }, [publication, url])

  useEffect(() => {
    if (publication?.state !== 'building') return
    const tick = setInterval(() => setNow(Date.now()), 1000)
    return () => clearInterval(tick)
  }, [publication])

  return { publication, now }
}
