import type { PayloadRequest } from 'payload'

import type { Material } from '../../../payload-types'

/** An error answer in the shape Payload's own REST errors have, so the admin shows its message. */
export const fail = (status: number, message: string): Response => Response.json({ errors: [{ message }] }, { status })

/** The latest version (what the contributor last saved), as the reviewer sees it in the admin. */
export async function findLatest(req: PayloadRequest, id: string): Promise<Material | null> {
  return (await req.payload.findByID({
    collection: 'materials',
    id,
    draft: true,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
  })) as Material | null
}
