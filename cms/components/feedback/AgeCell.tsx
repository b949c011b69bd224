import type { DefaultServerCellComponentProps } from 'payload'
import React from 'react'

import { waitedFor } from '../../vocabulary'

/** The queue's age column: how long the item has been there («chờ 3 giờ»); «—» once it is closed. */
export function AgeCell({ rowData }: DefaultServerCellComponentProps): React.ReactNode {
  const created = typeof rowData?.createdAt === 'string' ? rowData.createdAt : null
  if (!created) return <span>—</span>
  if (rowData?.status && rowData.status !== 'new') return <span>—</span>
  return <span>{waitedFor(created)}</span>
}

/** The age column has nothing to show in the edit view. */
export function NoField(): React.ReactNode {
  return null
}
