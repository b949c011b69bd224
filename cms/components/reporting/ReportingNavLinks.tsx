import type { Payload } from 'payload'
import React from 'react'

import { adminHref } from '../procedures/paths'
import { TARGETS_VIEW_PATH } from './paths'

/** Sidebar link to the targets dashboard, for anyone signed in. */
export function ReportingNavLinks({ payload, user }: { payload: Payload; user?: unknown }): React.ReactNode {
  if (!user) return null
  return (
    <div style={{ marginTop: '0.25rem', display: 'flex', flexDirection: 'column', gap: '0.25rem' }}>
      <a className="nav__link" href={adminHref(payload.config.routes.admin, TARGETS_VIEW_PATH)}>
        <span className="nav__link-label">Chỉ tiêu kế hoạch</span>
      </a>
    </div>
  )
}
