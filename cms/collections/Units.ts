import type { CollectionConfig } from 'payload'

import { anyone, isAdmin } from '../access'
import { slugField } from '../fields/slug'
import { requestSiteRebuildOnChange } from '../hooks/requestSiteRebuild'
import { label } from '../lib/label'
import { UNIT_TYPES } from '../vocabulary'
import { portalHostsField } from '../fields/portalHosts'

/**
 * The province's units as a tree. Since July 2025 local government has two
 * levels (province, commune/ward); districts stay as historical units because
 * plans and materials from before then still name them.
 */
export const Units: CollectionConfig = {
  slug: 'units',
  labels: { singular: label('Đơn vị', 'Unit'), plural: label('Đơn vị', 'Units') },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'type', 'parent', 'historical'],
    group: label('Danh mục', 'Catalogue'),
  },
  access: { read: anyone, create: isAdmin, update: isAdmin, delete: isAdmin },
  hooks: requestSiteRebuildOnChange,
  fields: [
    { name: 'name', type: 'text', required: true, label: label('Tên đơn vị', 'Name') },
    { name: 'shortName', type: 'text', label: label('Tên ngắn', 'Short name') },
    slugField('name'),
    {
      type: 'row',
      fields: [
        { name: 'type', type: 'select', required: true, options: [...UNIT_TYPES], label: label('Loại đơn vị', 'Type') },
        {
          name: 'parent',
          type: 'relationship',
          relationTo: 'units',
          label: label('Đơn vị cấp trên', 'Parent unit'),
          filterOptions: ({ id }) => (id ? { id: { not_equals: id } } : true),
        },
      ],
    },
    {
      name: 'historical',
      type: 'checkbox',
      label: label('Đơn vị lịch sử (không còn hoạt động)', 'Historical unit (no longer exists)'),
      admin: {
        position: 'sidebar',
        description: label('Ví dụ: cấp huyện sau ngày 01/7/2025.', 'E.g. districts after 1 July 2025.'),
      },
    },
    { name: 'portalUrl', type: 'text', label: label('Cổng/Trang thông tin điện tử', 'E-portal URL') },
    portalHostsField,
    {
      type: 'group',
      name: 'contact',
      label: label('Liên hệ', 'Contact'),
      fields: [
        { name: 'hotline', type: 'text', label: label('Đường dây nóng', 'Hotline') },
        { name: 'email', type: 'email', label: label('Thư điện tử', 'Email') },
        { name: 'oneStopAddress', type: 'textarea', label: label('Địa chỉ Bộ phận Một cửa', 'One-stop desk address') },
        { name: 'oneStopHours', type: 'text', label: label('Giờ làm việc Bộ phận Một cửa', 'One-stop desk hours') },
      ],
    },
  ],
}
