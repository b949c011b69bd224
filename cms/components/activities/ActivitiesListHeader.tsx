import type { Payload } from 'payload'
import React from 'react'

import { hasRole } from '../../access'
import { adminHref } from '../procedures/paths'
import { ACTIVITY_TEMPLATE_API, IMPORT_ACTIVITIES_PATH } from './paths'

/** Above the activities list: bulk entry from a paper log (the template, then the import view). */
export function ActivitiesListHeader({ payload, user }: { payload: Payload; user?: unknown }): React.ReactNode {
  if (!hasRole(user, 'admin', 'editor', 'contributor')) return null
  const { admin, api } = payload.config.routes
  return (
    <div
      className="gutter--left gutter--right"
      style={{ display: 'flex', gap: 16, alignItems: 'center', marginBottom: 16 }}
    >
      <a className="btn btn--style-secondary btn--size-medium" href={adminHref(admin, IMPORT_ACTIVITIES_PATH)}>
        Nạp sổ hoạt động từ bảng tính
      </a>
      <a href={`${api}${ACTIVITY_TEMPLATE_API}`} download>
        Tải tệp mẫu (.xlsx)
      </a>
    </div>
  )
}
