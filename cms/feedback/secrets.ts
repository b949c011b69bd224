import { createHmac } from 'node:crypto'

const derived = new Map<string, string>()

/**
 * A key for one purpose, derived from the CMS's secret (PAYLOAD_SECRET) with HMAC-SHA-256: the
 * challenge signature, the derived-key signature and the no-JS ticket each get their own, and none of
 * them reveals the secret or another.
 */
export function derivedKey(secret: string, purpose: string): string {
  const id = `${purpose}\u0000${secret}`
  let key = derived.get(id)
  if (!key) {
    key = createHmac('sha256', secret).update(`dvctt-feedback:${purpose}`).digest('hex')
    derived.set(id, key)
  }
  return key
}
