import type { CollectionConfig } from 'payload'

import { anyone, isEditorOrAdmin } from '../access'
import { slugField } from '../fields/slug'
import { requestSiteRebuildOnChange } from '../hooks/requestSiteRebuild'
import { label } from '../lib/label'

/** A time-boxed push, e.g. "Ngày Chuyển đổi số quốc gia 10/10". */
export const Campaigns: CollectionConfig = {
  slug: 'campaigns',
  labels: { singular: label('Chiến dịch', 'Campaign'), plural: label('Chiến dịch', 'Campaigns') },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'startDate', 'endDate'],
    group: label('Phân loại', 'Taxonomy'),
  },
  access: { read: anyone, create: isEditorOrAdmin, update: isEditorOrAdmin, delete: isEditorOrAdmin },
  hooks: requestSiteRebuildOnChange,
  fields: [
    { name: 'name', type: 'text', required: true, label: label('Tên chiến dịch', 'Name') },
    slugField('name'),
    {
      type: 'row',
      fields: [
        {
          name: 'startDate',
          type: 'date',
          label: label('Bắt đầu', 'Starts'),
          admin: { date: { displayFormat: 'dd/MM/yyyy' } },
        },
        {
          name: 'endDate',
          type: 'date',
          label: label('Kết thúc', 'Ends'),
          admin: { date: { displayFormat: 'dd/MM/yyyy' } },
        },
      ],
    },
    { name: 'description', type: 'textarea', label: label('Mô tả', 'Description') },
  ],
}
