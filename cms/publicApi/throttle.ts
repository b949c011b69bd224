import { BurstyRateLimiter, RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible'

import { requestsPerMinute } from './limits'

// On globalThis for the same reason as the list cache: one count per address per process.
const KEY = Symbol.for('dvctt.publicApi.throttle')
type WithLimiter = typeof globalThis & { [KEY]?: BurstyRateLimiter | null }

function limiter(): BurstyRateLimiter | null {
  const holder = globalThis as WithLimiter
  if (holder[KEY] !== undefined) return holder[KEY]
  const perMinute = requestsPerMinute()
  holder[KEY] =
    perMinute === 0
      ? null
      : new BurstyRateLimiter(
          // Steady rate, counted per second so that a client spreading its requests is never refused.
          new RateLimiterMemory({
            keyPrefix: 'public-api',
            points: Math.max(1, Math.round(perMinute / 60)),
            duration: 1,
          }),
          new RateLimiterMemory({
            keyPrefix: 'public-api-burst',
            points: Math.max(1, Math.round(perMinute / 2)),
            duration: 60,
          }),
        )
  return holder[KEY]
}

/**
 * Counts one anonymous request from `address`. Returns undefined when it may
 * go on, or the seconds to wait when the address is over its rate and burst.
 */
export async function throttleAnonymous(address: string): Promise<number | undefined> {
  const active = limiter()
  if (!active) return undefined
  try {
    await active.consume(address)
    return undefined
  } catch (refusal) {
    if (refusal instanceof RateLimiterRes) return Math.max(1, Math.ceil(refusal.msBeforeNext / 1000))
    throw refusal
  }
}
