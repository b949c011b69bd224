import type { Payload } from 'payload'

// Ids seen to exist, on globalThis (one set per process): a procedure page's helpfulness beacons cost
// one lookup per procedure, not one per click. Bounded: beyond MAX_KNOWN the set starts again.
const KEY = Symbol.for('dvctt.usage.knownProcedures')
const holder = globalThis as typeof globalThis & { [KEY]?: Set<string> }
const MAX_KNOWN = 20_000

/** Whether a procedure with this id exists (procedures are public catalogue entries, shown withdrawn or not). */
export async function procedureExists(payload: Payload, id: string): Promise<boolean> {
  const known = (holder[KEY] ??= new Set())
  if (known.has(id)) return true
  const found = await payload
    .count({ collection: 'procedures', where: { id: { equals: id } }, overrideAccess: true })
    .catch(() => ({ totalDocs: 0 }))
  if (found.totalDocs === 0) return false
  if (known.size >= MAX_KNOWN) known.clear()
  known.add(id)
  return true
}
