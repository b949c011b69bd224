import type { Payload } from 'payload'

import { type PublishedFiles, readPublishedFiles } from './db/publishedMaterials'
import { PUBLISHED_INDEX_MISS_REFRESH_MS, PUBLISHED_INDEX_TTL_MS } from './limits'

type Index = PublishedFiles

interface Holder {
  index?: Index
  readAt: number
  reading?: Promise<Index>
}

// On globalThis: Next may load this module more than once in one process; one index per process.
const KEY = Symbol.for('dvctt.usage.publishedIndex')
const holder: Holder = ((globalThis as typeof globalThis & { [KEY]?: Holder })[KEY] ??= { readAt: 0 })

const readIndex = readPublishedFiles

/** One read at a time; a failed read keeps the previous index (and is retried on the next call). */
function refresh(payload: Payload): Promise<Index> {
  holder.reading ??= readIndex(payload)
    .then((index) => {
      holder.index = index
      holder.readAt = Date.now()
      return index
    })
    .finally(() => {
      holder.reading = undefined
    })
  return holder.reading
}

/**
 * The files of a published material, or undefined when no published material has that id. Answered
 * from memory: after PUBLISHED_INDEX_TTL_MS the set is read again in the background (beacons meanwhile
 * use the old one), and a beacon naming a material the set lacks (just published) reads it again at
 * once, at most every PUBLISHED_INDEX_MISS_REFRESH_MS, so unknown ids cannot make every beacon a query.
 */
export async function publishedMaterialFiles(payload: Payload, material: string): Promise<Set<string> | undefined> {
  let index = holder.index ?? (await refresh(payload))
  if (Date.now() - holder.readAt >= PUBLISHED_INDEX_TTL_MS) {
    refresh(payload).catch((error: unknown) =>
      payload.logger.error({ err: error }, 'usage: reading published materials'),
    )
  }
  if (!index.has(material) && Date.now() - holder.readAt >= PUBLISHED_INDEX_MISS_REFRESH_MS) {
    index = await refresh(payload)
  }
  return index.get(material)
}

/** Tests: forget the index, so the next beacon reads the published materials again. */
export function forgetPublishedIndex(): void {
  holder.index = undefined
  holder.readAt = 0
}
