import type { Payload } from 'payload'
import React from 'react'

import { hasRole } from '../../access'
import { YEARLY_REPORT_VIEW_PATH } from './paths'

/** Sidebar link to the province view «Báo cáo năm» (editors, reviewers, admins). */
export function YearlyReportNavLink({ payload, user }: { payload: Payload; user?: unknown }): React.ReactNode {
  if (!hasRole(user, 'admin', 'editor', 'reviewer')) return null
  return (
    <a className="nav__link" href={`${payload.config.routes.admin.replace(/\/$/, '')}${YEARLY_REPORT_VIEW_PATH}`}>
      <span className="nav__link-label">Tình hình nộp báo cáo năm</span>
    </a>
  )
}
