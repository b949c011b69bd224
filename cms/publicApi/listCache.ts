import { LRUCache } from 'lru-cache'

import { LIST_CACHE_MAX_BYTES, LIST_CACHE_TTL_MS } from './limits'

export interface CachedAnswer {
  status: number
  headers: [string, string][]
  body: Uint8Array<ArrayBuffer>
}

interface ListCache {
  entries: LRUCache<string, CachedAnswer>
  /** Bumped by every invalidation: an answer computed across one is not stored. */
  generation: number
}

// One cache per process, on globalThis: Next.js may load this module once per
// route bundle, and the hooks that empty it run in whichever copy loaded the
// Payload config. The same pattern Payload uses for its own instance.
const KEY = Symbol.for('dvctt.publicApi.listCache')
type WithCache = typeof globalThis & { [KEY]?: ListCache }

function listCache(): ListCache {
  const holder = globalThis as WithCache
  holder[KEY] ??= {
    entries: new LRUCache<string, CachedAnswer>({
      maxSize: LIST_CACHE_MAX_BYTES,
      sizeCalculation: (answer) => Math.max(1, answer.body.byteLength),
      ttl: LIST_CACHE_TTL_MS,
    }),
    generation: 0,
  }
  return holder[KEY]
}

export const cacheGeneration = (): number => listCache().generation

export const cachedAnswer = (key: string): CachedAnswer | undefined => listCache().entries.get(key)

/**
 * Stores an answer unless the cache was emptied since the request began
 * (`generation` then differs): such an answer may hold what was just changed.
 */
export function storeAnswer(key: string, generation: number, answer: CachedAnswer): void {
  const cache = listCache()
  if (cache.generation !== generation) return
  if (answer.body.byteLength > LIST_CACHE_MAX_BYTES / 4) return
  cache.entries.set(key, answer)
}

/** Forgets every cached answer: something a public list may show has changed. */
export function invalidatePublicApiCache(): void {
  const cache = listCache()
  cache.generation += 1
  cache.entries.clear()
}
