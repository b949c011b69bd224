import type { Field } from 'payload'

import { label } from '../../lib/label'

/**
 * «Lượt sử dụng» in the edit view's sidebar: the material's counts for the last 30 days and this year,
 * with a daily chart (components/usage/, data from GET /api/materials/:id/usage). A `ui` field: no column.
 */
export const usageField: Field = {
  name: 'usagePanel',
  type: 'ui',
  label: label('Lượt sử dụng', 'Usage'),
  admin: {
    position: 'sidebar',
    components: { Field: '/components/usage/MaterialUsagePanel#MaterialUsagePanel' },
  },
}
