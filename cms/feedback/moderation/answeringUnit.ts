import type { PayloadRequest } from 'payload'

import { unitNameOf } from '../../lib/unitName'
import type { User } from '../../payload-types'

/** When neither the writer nor the province has a unit record to name. */
export const FALLBACK_ANSWERER = 'Ban biên tập Thư viện tuyên truyền DVCTT'

/**
 * Who answers, as the public page names it: the writer's unit; for the province's staff without a
 * unit, the province's own unit (type «Tỉnh»). Read with the server's rights: a contributor may not
 * list units they do not belong to, but the name is shown publicly anyway.
 */
export async function answeringUnitName(req: PayloadRequest): Promise<string> {
  const own = await unitNameOf(req, (req.user as User | null)?.unit)
  if (own) return own
  const { docs } = await req.payload.find({
    collection: 'units',
    where: { type: { equals: 'province' } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return docs[0]?.name ?? FALLBACK_ANSWERER
}
