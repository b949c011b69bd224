import { type DocId, relationId } from './ids'

/**
 * Which media a material uses. This decides what becomes public: a medium is
 * served to anonymous readers only while a published material uses it, and
 * the site copies exactly these files with the material's pages.
 */

/** Media placed inside a rich-text body (Lexical upload nodes), in document order, without repeats. */
export function bodyMediaIds(body: unknown): DocId[] {
  const ids = new Map<string, DocId>()
  const root = body && typeof body === 'object' && 'root' in body ? (body as { root: unknown }).root : null
  const stack: unknown[] = [root]
  while (stack.length) {
    const node = stack.pop()
    if (!node || typeof node !== 'object') continue
    const n = node as { type?: unknown; relationTo?: unknown; value?: unknown; children?: unknown }
    if (n.type === 'upload' && n.relationTo === 'media') {
      const id = relationId(n.value)
      if (id !== null) ids.set(String(id), id)
    }
    if (Array.isArray(n.children)) stack.push(...[...n.children].reverse())
  }
  return [...ids.values()]
}

/** The captions field's name, in the admin and next to the download on the public page. */
export const CAPTIONS_LABEL = 'Phụ đề / lời thoại (WebVTT)'

/** The parts of a material that point at media; populated or not. */
export interface MediaReferences {
  coverImage?: unknown
  /** A video's or recording's WebVTT file: a transcript on the page and a download. */
  captions?: unknown
  files?: readonly ({ file?: unknown } | null | undefined)[] | null
  body?: unknown
}

/** Every medium a material shows: cover, captions, downloads and uploads inside the body, without repeats. */
export function referencedMediaIds(material: MediaReferences): DocId[] {
  const ids = new Map<string, DocId>()
  const add = (value: unknown): void => {
    const id = relationId(value)
    if (id !== null && !ids.has(String(id))) ids.set(String(id), id)
  }
  add(material.coverImage)
  add(material.captions)
  for (const row of material.files ?? []) add(row?.file)
  for (const id of bodyMediaIds(material.body)) add(id)
  return [...ids.values()]
}
