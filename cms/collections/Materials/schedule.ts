import type { Field } from 'payload'

import { hasRole } from '../../access'
import { label } from '../../lib/label'

/**
 * Valid-from / valid-until: the scheduler (cms/jobs/applySchedule.ts) publishes
 * and unpublishes on those dates and keeps the expired-material tombstones;
 * hooks/refusePublishOutsideValidity.ts and hooks/keepTombstoneInStep.ts keep
 * editors' direct saves consistent with it.
 */

/** Set by the scheduler on its own saves, which the materials' hooks must not refuse. */
export const SCHEDULER_CONTEXT = 'applySchedule'

export const scheduleFields: Field[] = [
  {
    name: 'replacedBy',
    type: 'relationship',
    relationTo: 'materials',
    label: label('Thay thế bằng tài liệu', 'Replaced by'),
    admin: {
      position: 'sidebar',
      description: label(
        'Khi tài liệu này hết hiệu lực, trang của nó trên trang công khai dẫn tới tài liệu thay thế (nếu tài liệu đó đang được xuất bản).',
        'When this material expires, its public page links to the replacement (if that one is published).',
      ),
    },
    filterOptions: ({ id }) => (id ? { id: { not_equals: id } } : true),
    access: {
      // The public meets the replacement on the expired page (its tombstone), where it shows only if
      // published; here it could name a draft.
      read: ({ req }) => Boolean(req.user),
      create: ({ req }) => hasRole(req.user, 'admin', 'editor', 'reviewer'),
      update: ({ req }) => hasRole(req.user, 'admin', 'editor', 'reviewer'),
    },
  },
]
