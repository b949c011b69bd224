import type { Payload } from 'payload'
import React from 'react'

import { USAGE_VIEW_PATH, adminPath } from './paths'

/** Sidebar link to «Thống kê sử dụng», for anyone signed in. */
export function UsageNavLink({ payload, user }: { payload: Payload; user?: unknown }): React.ReactNode {
  if (!user) return null
  return (
    <a
      className="nav__link"
      href={adminPath(payload.config.routes.admin, USAGE_VIEW_PATH)}
      style={{ marginTop: '0.25rem' }}
    >
      <span className="nav__link-label">Thống kê sử dụng</span>
    </a>
  )
}
