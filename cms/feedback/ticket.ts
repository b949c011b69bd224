import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto'

import { now } from '../lib/clock'
import type { Submission } from './form'
import { TICKET_MAX_AGE_SECONDS, TICKET_MIN_AGE_SECONDS } from './limits'
import { derivedKey } from './secrets'
import { spendOnce } from './spent'

/*
 * The no-JS path's proof of time (issue 19). Without JavaScript the browser cannot solve a proof-of-work
 * challenge, so the first POST gets a confirmation page (./pages.ts) carrying a ticket:
 *
 *   base64url(JSON { i: issued at (ms), n: random nonce, h: SHA-256 of what is sent }) "." HMAC-SHA-256
 *
 * signed with a key derived from PAYLOAD_SECRET. The second POST («Gửi góp ý») is stored only if the
 * ticket is ours (HMAC), between TICKET_MIN_AGE_SECONDS and TICKET_MAX_AGE_SECONDS old (by the CMS clock),
 * for exactly the same target, kind, text, name and contact (the hash), and not used before (its nonce
 * is spent, ./spent.ts). Why that is safe enough:
 * - a script pays in time instead of work: every item costs two requests and a wait of several seconds,
 *   and both requests count against the per-address and global limits (./throttle.ts), so one address
 *   stores at most POSTS_PER_ADDRESS_PER_MINUTE / 2 items a minute whichever path it takes;
 * - a ticket cannot be reused for another text or replayed, and cannot be made without the secret;
 * - nothing a citizen sends is published before a moderator answers it, and abuse words are flagged.
 * No cookie is set: the ticket travels in the form itself.
 */

const PURPOSE = 'no-js-ticket'

interface TicketBody {
  i: number
  n: string
  h: string
}

/** What the ticket vouches for: the target and everything typed, so the second POST cannot change it. */
export function submissionHash(submission: Submission): string {
  const { target, kind, text, name, contact } = submission
  return createHash('sha256')
    .update(JSON.stringify([target.collection, target.id, kind, text, name, contact]))
    .digest('base64url')
}

const sign = (secret: string, body: string): string =>
  createHmac('sha256', derivedKey(secret, PURPOSE)).update(body).digest('base64url')

export function issueTicket(secret: string, submission: Submission): string {
  const body: TicketBody = {
    i: now().getTime(),
    n: randomBytes(12).toString('base64url'),
    h: submissionHash(submission),
  }
  const encoded = Buffer.from(JSON.stringify(body)).toString('base64url')
  return `${encoded}.${sign(secret, encoded)}`
}

export type TicketCheck =
  | { ok: true }
  | { ok: false; reason: 'invalid' | 'changed' | 'expired' | 'replayed' }
  | { ok: false; reason: 'early'; waitSeconds: number }

function readTicket(secret: string, ticket: string): TicketBody | undefined {
  const [encoded, signature, extra] = ticket.split('.')
  if (!encoded || !signature || extra !== undefined || ticket.length > 512) return undefined
  const expected = Buffer.from(sign(secret, encoded))
  const given = Buffer.from(signature)
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return undefined
  try {
    const body = JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8')) as TicketBody
    return typeof body.i === 'number' && typeof body.n === 'string' && typeof body.h === 'string' ? body : undefined
  } catch {
    return undefined
  }
}

/** Checks a ticket against what the second POST sends; spends it only when it is accepted. */
export function checkTicket(secret: string, ticket: string, submission: Submission): TicketCheck {
  const body = readTicket(secret, ticket)
  if (!body) return { ok: false, reason: 'invalid' }
  if (body.h !== submissionHash(submission)) return { ok: false, reason: 'changed' }
  const ageSeconds = (now().getTime() - body.i) / 1000
  if (ageSeconds < TICKET_MIN_AGE_SECONDS)
    return { ok: false, reason: 'early', waitSeconds: Math.max(1, Math.ceil(TICKET_MIN_AGE_SECONDS - ageSeconds)) }
  if (ageSeconds > TICKET_MAX_AGE_SECONDS) return { ok: false, reason: 'expired' }
  return spendOnce(`ticket:${body.n}`) ? { ok: true } : { ok: false, reason: 'replayed' }
}
