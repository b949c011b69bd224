import type { CollectionConfig, FieldHook } from 'payload'

import { label } from '../lib/label'
import { relationId } from '../vocabulary'

export const EXPIRED_MATERIALS = 'expired-materials'

/** How many replacements that expired in turn to follow (a chain, or a loop an editor made). */
const REPLACEMENT_HOPS = 5

/**
 * Anonymous readers get a published replacement or none: the id of a draft is
 * not theirs to learn. A replacement that expired in turn is followed to its
 * own replacement. Signed-in users (and trusted server code reading without a
 * user) see the stored value.
 */
const replacementForPublic: FieldHook = async ({ value, req, overrideAccess }) => {
  if (req.user || overrideAccess || value === null || value === undefined) return value
  let next = relationId(value)
  for (let hop = 0; next !== null && hop < REPLACEMENT_HOPS; hop++) {
    const material = await req.payload.findByID({
      collection: 'materials',
      id: next,
      depth: 0,
      draft: false,
      overrideAccess: true,
      disableErrors: true,
      req,
    })
    if (!material) return null
    if (material._status === 'published') return material.id
    next = relationId(material.replacedBy)
  }
  return null
}

/**
 * What stays public of a material after its valid-until date: a tombstone
 * (slug, title as it was published, when it expired, its replacement), so the
 * site can still answer at the old address with "this material has expired".
 * It holds only what was already public, so anyone may read it; only the
 * scheduler and the material hooks write it (overrideAccess), nobody through the API.
 */
export const ExpiredMaterials: CollectionConfig = {
  slug: EXPIRED_MATERIALS,
  labels: {
    singular: label('Tài liệu hết hiệu lực', 'Expired material'),
    plural: label('Tài liệu hết hiệu lực', 'Expired materials'),
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'slug', 'expiredAt', 'replacement'],
    group: label('Nội dung', 'Content'),
    description: label(
      'Trang "tài liệu đã hết hiệu lực" trên trang công khai. Hệ thống tự tạo khi một tài liệu quá ngày hết hiệu lực và tự xóa khi tài liệu được xuất bản lại. Muốn đổi tài liệu thay thế, sửa trường "Thay thế bằng tài liệu" của tài liệu gốc.',
      'Public "this material has expired" pages, written by the scheduler; change the replacement on the material itself.',
    ),
  },
  defaultSort: '-expiredAt',
  access: { read: () => true, create: () => false, update: () => false, delete: () => false },
  // No rebuild hooks here: tombstones are written with a material's own change (expiry,
  // publishing again), which already rebuilds that material's address; the one change made
  // alone (a replacement chosen later) queues its rebuild in Materials/hooks/keepTombstoneInStep.ts.
  fields: [
    { name: 'slug', type: 'text', required: true, index: true, label: label('Đường dẫn', 'Slug') },
    {
      name: 'title',
      type: 'text',
      required: true,
      label: label('Tiêu đề (như khi còn xuất bản)', 'Title (as published)'),
    },
    { name: 'expiredAt', type: 'date', required: true, label: label('Hết hiệu lực từ', 'Expired at') },
    {
      name: 'material',
      type: 'relationship',
      relationTo: 'materials',
      required: true,
      unique: true,
      label: label('Tài liệu gốc', 'Expired material'),
      // The expired material is a draft now: its id is not for the public.
      access: { read: ({ req }) => Boolean(req.user) },
    },
    {
      name: 'replacement',
      type: 'relationship',
      relationTo: 'materials',
      label: label('Thay thế bằng tài liệu', 'Replaced by'),
      hooks: { afterRead: [replacementForPublic] },
    },
  ],
}
