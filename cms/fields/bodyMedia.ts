import type { Field, FieldHook } from 'payload'

import { bodyMediaIds } from '../vocabulary'

const nobody = () => false

/**
 * The files a body embeds: always derived from the body being saved (rich text
 * cannot be queried), whatever the request sent. Lets collections/Materials/hooks/updateMediaVisibility.ts
 * ask "does a published material show this file?" in one query. Uploads whose
 * file was deleted are left out: a link to a missing row would fail the save.
 */
const deriveBodyMedia: FieldHook = async ({ req, siblingData }) => {
  const ids = bodyMediaIds((siblingData as { body?: unknown }).body)
  if (ids.length === 0) return []
  const { docs } = await req.payload.find({
    collection: 'media',
    where: { id: { in: ids } },
    depth: 0,
    pagination: false,
    select: { filename: true },
    overrideAccess: true,
    req,
  })
  const existing = new Set(docs.map((doc) => String(doc.id)))
  return ids.filter((id) => existing.has(String(id)))
}

export const bodyMediaField: Field = {
  name: 'bodyMedia',
  type: 'relationship',
  relationTo: 'media',
  hasMany: true,
  admin: { hidden: true },
  access: { create: nobody, update: nobody },
  hooks: { beforeChange: [deriveBodyMedia] },
}
