import type { DocId } from './types'

type Related<T> = DocId | T | null | undefined

/** The ID of a relationship value, populated or not. */
export function idOf<T extends { id: DocId }>(value: Related<T>): string | null {
  if (value == null) return null
  return typeof value === 'object' ? String(value.id) : String(value)
}

export function idsOf<T extends { id: DocId }>(values: Related<T>[] | null | undefined): string[] {
  return (values ?? []).map(idOf).filter((id): id is string => id !== null)
}

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
