import { type Challenge, createChallenge, type Payload as AltchaPayload, randomInt, verifySolution } from 'altcha-lib'
import { deriveKey } from 'altcha-lib/algorithms/sha'

import { now } from '../lib/clock'
import { CHALLENGE_TTL_SECONDS, POW_COUNTER_MAX, POW_COUNTER_MIN } from './limits'
import { derivedKey } from './secrets'
import { spendOnce } from './spent'

const keys = (secret: string) => ({
  hmacSignatureSecret: derivedKey(secret, 'altcha-challenge'),
  hmacKeySignatureSecret: derivedKey(secret, 'altcha-key'),
})

/**
 * A new ALTCHA challenge (altcha-lib v2, self-hosted: no third party): SHA-256 over a random nonce and a
 * counter the browser must find, signed with a key derived from PAYLOAD_SECRET, expiring after
 * CHALLENGE_TTL_SECONDS by the CMS clock. Deterministic mode: the server knows the answer's key and signs
 * it, so checking a solution is two HMACs, not a search.
 */
export function newChallenge(secret: string): Promise<Challenge> {
  return createChallenge({
    algorithm: 'SHA-256',
    cost: 1,
    counter: randomInt(POW_COUNTER_MAX, POW_COUNTER_MIN), // altcha-lib: randomInt(max, min)
    deriveKey,
    expiresAt: Math.floor(now().getTime() / 1000) + CHALLENGE_TTL_SECONDS,
    ...keys(secret),
  })
}

export type SolutionCheck = { ok: true } | { ok: false; reason: 'missing' | 'invalid' | 'expired' | 'replayed' }

function decode(text: string): AltchaPayload | undefined {
  try {
    const data = JSON.parse(Buffer.from(text, 'base64').toString('utf8')) as AltchaPayload
    return data && typeof data === 'object' && data.challenge?.parameters && data.solution ? data : undefined
  } catch {
    return undefined
  }
}

/**
 * Checks the widget's payload (base64 JSON of the challenge and its solution): signed by us, not expired
 * (by the CMS clock, which tests move; altcha-lib also checks the wall clock), solved, and never used
 * before (./spent.ts). A solution is spent only once it is verified, so junk cannot fill the record.
 */
export async function checkSolution(secret: string, text: string | undefined): Promise<SolutionCheck> {
  if (!text) return { ok: false, reason: 'missing' }
  if (text.length > 4096) return { ok: false, reason: 'invalid' }
  const payload = decode(text)
  if (!payload) return { ok: false, reason: 'invalid' }
  // An expired challenge (by the CMS clock, which tests move; altcha-lib checks the wall clock too) asks
  // for a new one; whether it was ever ours does not matter then.
  const expiresAt = Number(payload.challenge.parameters.expiresAt)
  if (!Number.isFinite(expiresAt) || expiresAt * 1000 < now().getTime()) return { ok: false, reason: 'expired' }
  let result: Awaited<ReturnType<typeof verifySolution>>
  try {
    result = await verifySolution({
      challenge: payload.challenge,
      solution: payload.solution,
      deriveKey,
      ...keys(secret),
    })
  } catch {
    return { ok: false, reason: 'invalid' }
  }
  if (result.expired) return { ok: false, reason: 'expired' }
  if (!result.verified) return { ok: false, reason: 'invalid' }
  return spendOnce(`altcha:${payload.challenge.parameters.nonce}`) ? { ok: true } : { ok: false, reason: 'replayed' }
}
