import type { CollectionConfig } from 'payload'

import { anyone, isEditorOrAdmin } from '../access'
import { slugField } from '../fields/slug'
import { requestSiteRebuildOnChange } from '../hooks/requestSiteRebuild'
import { label } from '../lib/label'

/** The seven content lines of the plan (nội dung tuyên truyền). */
export const Topics: CollectionConfig = {
  slug: 'topics',
  labels: { singular: label('Chủ đề', 'Topic'), plural: label('Chủ đề', 'Topics') },
  admin: { useAsTitle: 'name', defaultColumns: ['order', 'name', 'slug'], group: label('Phân loại', 'Taxonomy') },
  defaultSort: 'order',
  access: { read: anyone, create: isEditorOrAdmin, update: isEditorOrAdmin, delete: isEditorOrAdmin },
  hooks: requestSiteRebuildOnChange,
  fields: [
    { name: 'name', type: 'text', required: true, label: label('Tên chủ đề', 'Name') },
    slugField('name'),
    { name: 'order', type: 'number', label: label('Thứ tự', 'Order'), admin: { position: 'sidebar' } },
    { name: 'description', type: 'textarea', label: label('Mô tả', 'Description') },
  ],
}
