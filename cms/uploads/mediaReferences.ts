import type { Material, Media } from '../payload-types'

/** A media id as stored: a number on SQL databases, a string on MongoDB. */
export type MediaId = Media['id'] | string

type Reference = MediaId | { id: MediaId } | null | undefined

const idOf = (value: unknown): MediaId | null => {
  if (typeof value === 'number' || typeof value === 'string') return value
  if (value && typeof value === 'object' && 'id' in value) return idOf((value as { id: unknown }).id)
  return null
}

/** Media placed inside a rich-text body (Lexical upload nodes), in order, without repeats. */
export function bodyMediaIds(body: Material['body'] | unknown): MediaId[] {
  const ids = new Map<string, MediaId>()
  const root = body && typeof body === 'object' && 'root' in body ? (body as { root: unknown }).root : null
  const stack: unknown[] = [root]
  while (stack.length) {
    const node = stack.pop()
    if (!node || typeof node !== 'object') continue
    const n = node as { type?: unknown; relationTo?: unknown; value?: unknown; children?: unknown }
    if (n.type === 'upload' && n.relationTo === 'media') {
      const id = idOf(n.value)
      if (id !== null) ids.set(String(id), id)
    }
    if (Array.isArray(n.children)) stack.push(...[...n.children].reverse())
  }
  return [...ids.values()]
}

export interface MediaReferences {
  coverImage?: Reference
  files?: { file?: Reference }[] | null
  body?: Material['body'] | unknown
}

/** Every media a material shows: cover, downloads and uploads inside the body (as site/src/cms/media.ts mediaIdsOf). */
export function referencedMediaIds(material: MediaReferences): MediaId[] {
  const ids = new Map<string, MediaId>()
  const add = (value: unknown): void => {
    const id = idOf(value)
    if (id !== null) ids.set(String(id), id)
  }
  add(material.coverImage)
  for (const row of material.files ?? []) add(row?.file)
  for (const id of bodyMediaIds(material.body)) add(id)
  return [...ids.values()]
}
