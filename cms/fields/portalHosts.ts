import type { ArrayField } from 'payload'

import { label } from '../lib/label'
import { checkPortalHost, normaliseHost } from '../usage/hosts'

/**
 * The host names of a unit's e-portal(s): an embed of the library loaded from one of them is the
 * evidence that «this unit shows the library on its portal» (issue 17, cms/usage/query.ts).
 */
export const portalHostsField: ArrayField = {
  name: 'portalHosts',
  type: 'array',
  label: label('Tên miền cổng thông tin', 'Portal host names'),
  labels: { singular: label('Tên miền', 'Host name'), plural: label('Tên miền', 'Host names') },
  admin: {
    description: label(
      'Tên miền của cổng/trang thông tin điện tử của đơn vị, ví dụ sinho.laichau.gov.vn (không có https:// hay đường dẫn; «www.» được bỏ qua khi so khớp). Lượt nhúng thư viện từ các tên miền này được tính là đơn vị đã đăng tài liệu trên cổng.',
      'Host names of the unit’s e-portal, e.g. sinho.laichau.gov.vn (no scheme or path; «www.» is ignored when matching).',
    ),
    initCollapsed: false,
  },
  fields: [
    {
      name: 'host',
      type: 'text',
      required: true,
      label: label('Tên miền', 'Host name'),
      validate: (value: unknown) => checkPortalHost(value),
      hooks: { beforeValidate: [({ value }) => (typeof value === 'string' ? normaliseHost(value) : value)] },
    },
  ],
}
