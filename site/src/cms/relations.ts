import { idOf, idsOf } from '@dvctt/cms/vocabulary'

import type { DocId } from './types'

type Related<T> = DocId | T | null | undefined

/** Looks relationship values up in a map of published/public documents, dropping any it does not hold. */
export function resolveMany<T>(values: Related<{ id: DocId }>[] | null | undefined, map: Map<string, T>): T[] {
  return idsOf(values).flatMap((id) => {
    const doc = map.get(id)
    return doc === undefined ? [] : [doc]
  })
}

export function resolveOne<T>(value: Related<{ id: DocId }>, map: Map<string, T>): T | null {
  const id = idOf(value)
  return (id !== null && map.get(id)) || null
}

export function mapById<T extends { id: DocId }>(docs: T[]): Map<string, T> {
  return new Map(docs.map((doc) => [String(doc.id), doc]))
}
