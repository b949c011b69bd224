'use client'
import { useEffect, useState } from 'react'

import type { Media } from '../../payload-types'

const toHex = (buffer: ArrayBuffer): string =>
  [...new Uint8Array(buffer)].map((byte) => byte.toString(16).padStart(2, '0')).join('')

/**
 * The media document that already holds the chosen file, if any: the file's
 * SHA-256 is computed in the browser and looked up as stored (`sha256`) or as
 * uploaded before re-encoding (`sourceSha256`). Without Web Crypto (a page not
 * served over HTTPS or from localhost) nothing is shown here, and the server
 * still refuses the copy on save with the same words.
 */
export function useDuplicateCheck(file: unknown, apiRoute: string): Media | null {
  const [existing, setExisting] = useState<Media | null>(null)
  useEffect(() => {
    setExisting(null)
    if (!(file instanceof File) || !globalThis.crypto?.subtle) return
    const abort = new AbortController()
    void (async () => {
      const sha256 = toHex(await crypto.subtle.digest('SHA-256', await file.arrayBuffer()))
      const query = new URLSearchParams({
        'where[or][0][sha256][equals]': sha256,
        'where[or][1][sourceSha256][equals]': sha256,
        limit: '1',
        depth: '0',
      })
      const response = await fetch(`${apiRoute}/media?${query}`, { credentials: 'include', signal: abort.signal })
      if (!response.ok) return
      const body = (await response.json()) as { docs?: Media[] }
      if (!abort.signal.aborted) setExisting(body.docs?.[0] ?? null)
    })().catch(() => undefined)
    return () => abort.abort()
  }, [file, apiRoute])
  return existing
}
