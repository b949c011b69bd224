import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible'

import {
  CHALLENGES_PER_ADDRESS_PER_MINUTE,
  POSTS_PER_ADDRESS_PER_HOUR,
  POSTS_PER_ADDRESS_PER_MINUTE,
  POSTS_PER_MINUTE_GLOBAL,
} from './limits'

interface Limiters {
  challenge: RateLimiterMemory
  minute: RateLimiterMemory
  hour: RateLimiterMemory
  global: RateLimiterMemory
}

// In memory only (the address is never stored); on globalThis, one count per process.
const KEY = Symbol.for('dvctt.feedback.throttle')
const holder = globalThis as typeof globalThis & { [KEY]?: Limiters }

const limiters = (): Limiters =>
  (holder[KEY] ??= {
    challenge: new RateLimiterMemory({
      keyPrefix: 'fb-challenge',
      points: CHALLENGES_PER_ADDRESS_PER_MINUTE,
      duration: 60,
    }),
    minute: new RateLimiterMemory({ keyPrefix: 'fb-minute', points: POSTS_PER_ADDRESS_PER_MINUTE, duration: 60 }),
    hour: new RateLimiterMemory({ keyPrefix: 'fb-hour', points: POSTS_PER_ADDRESS_PER_HOUR, duration: 3600 }),
    global: new RateLimiterMemory({ keyPrefix: 'fb-global', points: POSTS_PER_MINUTE_GLOBAL, duration: 60 }),
  })

async function consume(limiter: RateLimiterMemory, key: string): Promise<number | undefined> {
  try {
    await limiter.consume(key)
    return undefined
  } catch (refusal) {
    if (refusal instanceof RateLimiterRes) return Math.max(1, Math.ceil(refusal.msBeforeNext / 1000))
    throw refusal
  }
}

/** Counts one challenge fetched from `address`: undefined when it may go on, else the seconds to wait. */
export const throttleChallenge = (address: string): Promise<number | undefined> =>
  consume(limiters().challenge, address)

/**
 * Counts one submission (solved or not, either path) from `address`, then against the global cap:
 * undefined when it may go on, else the seconds to wait.
 */
export async function throttlePost(address: string): Promise<number | undefined> {
  const { minute, hour, global } = limiters()
  return (await consume(minute, address)) ?? (await consume(hour, address)) ?? (await consume(global, 'all'))
}

/** Tests: start every count again. */
export function resetFeedbackThrottle(): void {
  holder[KEY] = undefined
}
