import { BurstyRateLimiter, RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible'

import { BEACON_BURST_PER_MINUTE, BEACONS_PER_SECOND } from './limits'

// In memory only (the address is never stored); on globalThis, one count per address per process.
const KEY = Symbol.for('dvctt.usage.throttle')
const holder = globalThis as typeof globalThis & { [KEY]?: BurstyRateLimiter }

const limiter = (): BurstyRateLimiter =>
  (holder[KEY] ??= new BurstyRateLimiter(
    new RateLimiterMemory({ keyPrefix: 'usage-beacon', points: BEACONS_PER_SECOND, duration: 1 }),
    new RateLimiterMemory({ keyPrefix: 'usage-beacon-burst', points: BEACON_BURST_PER_MINUTE, duration: 60 }),
  ))

/** Counts one beacon from `address`: undefined when it may go on, else the seconds to wait. */
export async function throttleBeacon(address: string): Promise<number | undefined> {
  try {
    await limiter().consume(address)
    return undefined
  } catch (refusal) {
    if (refusal instanceof RateLimiterRes) return Math.max(1, Math.ceil(refusal.msBeforeNext / 1000))
    throw refusal
  }
}
