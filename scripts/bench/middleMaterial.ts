import type { Payload, Where } from 'payload'

import type { Material } from '@dvctt/cms/payload-types'

/** Published materials from the middle of the update order: not the newest (whose listing pages barely move). */
export async function middleMaterials(payload: Payload, where: Where, count: number): Promise<Material[]> {
  const published: Where = { and: [{ _status: { equals: 'published' } }, where] }
  const { totalDocs } = await payload.count({ collection: 'materials', where: published })
  const page = Math.max(1, Math.ceil(totalDocs / 2 / count))
  return (
    await payload.find({ collection: 'materials', where: published, sort: '-updatedAt', page, limit: count, depth: 0 })
  ).docs as Material[]
}
