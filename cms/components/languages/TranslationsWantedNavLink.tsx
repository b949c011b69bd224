import type { Payload } from 'payload'
import React from 'react'

import { adminPath, TRANSLATIONS_WANTED_PATH } from './paths'

/** Sidebar link to «Cần bản dịch», for anyone signed in. */
export function TranslationsWantedNavLink({ payload, user }: { payload: Payload; user?: unknown }): React.ReactNode {
  if (!user) return null
  return (
    <a
      className="nav__link"
      href={adminPath(payload.config.routes.admin, TRANSLATIONS_WANTED_PATH)}
      style={{ marginTop: '0.25rem' }}
    >
      <span className="nav__link-label">Cần bản dịch</span>
    </a>
  )
}
