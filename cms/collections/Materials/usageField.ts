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
    // Nothing to show in the materials list: the counts are read per material, when its edit view opens.
    disableListColumn: true,
    components: { Field: '/components/usage/MaterialUsagePanel#MaterialUsagePanel' },
  },
}

/**
 * «Cần cập nhật» at the top of the sidebar while citizens' reports that the material is wrong or out
 * of date are open (feedback/moderation/needsUpdate.ts: computed, nothing stored on the material).
 */
export const needsUpdateField: Field = {
  name: 'needsUpdateNotice',
  type: 'ui',
  label: label('Cần cập nhật', 'Needs update'),
  admin: {
    position: 'sidebar',
    disableListColumn: true,
    components: { Field: '/components/feedback/NeedsUpdateNotice#NeedsUpdateNotice' },
  },
}
