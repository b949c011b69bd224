import type { PayloadRequest } from 'payload'

import type { Unit } from '../payload-types'
import { relationId } from '../vocabulary'

/**
 * The name of a unit a record points at (an id or a populated unit), read with the server's rights:
 * a contributor may not list other units, but unit names are shown publicly anyway. Null when the
 * record has no unit or the unit is gone.
 */
export async function unitNameOf(req: PayloadRequest, unit: unknown): Promise<string | null> {
  const id = relationId(unit)
  if (id === null) return null
  const found = (await req.payload.findByID({
    collection: 'units',
    id,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    select: { name: true },
    req,
  })) as Pick<Unit, 'name'> | null
  return found?.name ?? null
}
