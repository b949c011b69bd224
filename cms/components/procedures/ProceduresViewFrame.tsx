import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter, SetStepNav } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'
import React from 'react'

import './procedures.css'

/** The admin chrome of the catalogue's own views: nav, breadcrumb back to the procedures list, title. */
export function ProceduresViewFrame({
  initPageResult,
  params,
  searchParams,
  title,
  children,
  parent,
}: Pick<AdminViewServerProps, 'initPageResult' | 'params' | 'searchParams'> & {
  title: string
  children: React.ReactNode
  /** The breadcrumb's first step: the procedures list unless told otherwise (another collection's view). */
  parent?: { label: string; collection: string }
}): React.ReactNode {
  const { req, permissions, visibleEntities, locale } = initPageResult
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      searchParams={searchParams}
      user={req.user ?? undefined}
      visibleEntities={visibleEntities}
    >
      <SetStepNav
        nav={[
          {
            label: parent?.label ?? 'Thủ tục hành chính',
            url: `${req.payload.config.routes.admin}/collections/${parent?.collection ?? 'procedures'}`,
          },
          { label: title },
        ]}
      />
      <Gutter className="dvctt-procedures">
        <h1>{title}</h1>
        {children}
      </Gutter>
    </DefaultTemplate>
  )
}
