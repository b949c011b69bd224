import type { MaterialView } from '../cms/types'
import { EMBED_LIST_MAX, type EmbedItem, type EmbedList } from './embed'

/** A material as the widget lists it (see EmbedItem). */
export function embedItem(m: MaterialView): EmbedItem {
  const thumb = m.cover ? ([...m.cover.webp].sort((a, b) => a.width - b.width)[0] ?? m.cover.fallback) : null
  return {
    m: m.id,
    t: m.title,
    u: m.url,
    k: m.kind.label,
    kp: m.kind.path,
    d: m.updatedAt.slice(0, 10),
    l: m.language,
    c: m.topics.flatMap((t) => (t.slug ? [t.slug] : [])),
    ...(thumb ? { i: thumb.src } : {}),
  }
}

/**
 * A widget list: newest first (the snapshot's order), at most EMBED_LIST_MAX.
 * The snapshot holds published materials only, so neither does a list.
 */
export function embedList(name: string, url: string, materials: readonly MaterialView[]): EmbedList {
  return { name, url, total: materials.length, items: materials.slice(0, EMBED_LIST_MAX).map(embedItem) }
}

export function jsonResponse(body: unknown): Response {
  return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json; charset=utf-8' } })
}
