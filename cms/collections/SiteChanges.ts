import type { CollectionConfig } from 'payload'

import { isSignedIn } from '../access'
import { label } from '../lib/label'

export const SITE_CHANGES = 'site-changes'

/**
 * What changed on the public site since the last successful build, written by
 * requestSiteRebuild and consumed by the rebuildSite job. Job input alone
 * cannot carry it: a newer rebuild supersedes (deletes) one still waiting.
 * `material` rows allow an incremental build of that material; a `full` row
 * (a unit, topic, procedure or media edit, a manual rebuild) needs everything.
 */
export const SiteChanges: CollectionConfig = {
  slug: SITE_CHANGES,
  labels: {
    singular: label('Thay đổi chờ dựng', 'Pending site change'),
    plural: label('Thay đổi chờ dựng', 'Pending site changes'),
  },
  admin: { hidden: true },
  // Only the CMS itself writes these (Local API, overrideAccess).
  access: { read: isSignedIn, create: () => false, update: () => false, delete: () => false },
  fields: [
    {
      name: 'scope',
      type: 'select',
      required: true,
      options: [
        { value: 'material', label: label('Một tài liệu', 'One material') },
        { value: 'full', label: label('Toàn trang', 'Whole site') },
      ],
    },
    { name: 'material', type: 'text', index: true, label: label('Mã tài liệu', 'Material ID') },
    { name: 'reason', type: 'text', label: label('Lý do', 'Reason') },
  ],
}
