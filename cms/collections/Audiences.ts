import type { CollectionConfig } from 'payload'

import { anyone, isEditorOrAdmin } from '../access'
import { slugField } from '../fields/slug'
import { requestSiteRebuildOnChange } from '../hooks/requestSiteRebuild'
import { label } from '../lib/label'

/** Who a material speaks to: citizens, businesses, civil servants, pupils, community digital teams… */
export const Audiences: CollectionConfig = {
  slug: 'audiences',
  labels: { singular: label('Đối tượng', 'Audience'), plural: label('Đối tượng', 'Audiences') },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'slug'], group: label('Phân loại', 'Taxonomy') },
  access: { read: anyone, create: isEditorOrAdmin, update: isEditorOrAdmin, delete: isEditorOrAdmin },
  hooks: requestSiteRebuildOnChange,
  fields: [
    { name: 'name', type: 'text', required: true, label: label('Tên nhóm đối tượng', 'Name') },
    slugField('name'),
    { name: 'description', type: 'textarea', label: label('Mô tả', 'Description') },
  ],
}
