import type { Payload } from 'payload'
import React from 'react'

import { hasRole } from '../../access'
import { COVERAGE_VIEW_PATH, IMPORT_VIEW_PATH, adminHref } from './paths'

/** Sidebar links to the catalogue's two views (the import only for editors and admins). */
export function ProceduresNavLinks({ payload, user }: { payload: Payload; user?: unknown }): React.ReactNode {
  const adminRoute = payload.config.routes.admin
  return (
    <div style={{ marginTop: '1rem', display: 'flex', flexDirection: 'column', gap: '0.25rem' }}>
      {hasRole(user, 'admin', 'editor') ? (
        <a className="nav__link" href={adminHref(adminRoute, IMPORT_VIEW_PATH)}>
          <span className="nav__link-label">Nạp danh mục thủ tục</span>
        </a>
      ) : null}
      {user ? (
        <a className="nav__link" href={adminHref(adminRoute, COVERAGE_VIEW_PATH)}>
          <span className="nav__link-label">Độ phủ hướng dẫn</span>
        </a>
      ) : null}
    </div>
  )
}
