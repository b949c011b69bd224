/** A document id as the adapters give it: a number on SQL databases, a string on MongoDB. */
export type DocId = number | string

/** The id a relationship value holds, populated or not, as stored (number or string); null when there is none. */
export function relationId(value: unknown): DocId | null {
  if (typeof value === 'number' || typeof value === 'string') return value
  if (value && typeof value === 'object' && 'id' in value) return relationId((value as { id: unknown }).id)
  return null
}

/** The same id as a string, to compare ids and key maps across adapters. */
export function idOf(value: unknown): string | null {
  const id = relationId(value)
  return id === null ? null : String(id)
}

/** The ids of a hasMany relationship as strings, empty values dropped. */
export function idsOf(values: readonly unknown[] | null | undefined): string[] {
  return (values ?? []).map(idOf).filter((id): id is string => id !== null)
}
