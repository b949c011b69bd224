import type { DefaultServerCellComponentProps } from 'payload'
import React from 'react'

import { formatDate } from '../../vocabulary'

/** The list column for the withdrawn flag, in words and with its date, not the checkbox's «sai»/«đúng». */
export function WithdrawnCell({ cellData, rowData }: DefaultServerCellComponentProps): React.ReactNode {
  if (!cellData) return <span aria-label="Còn trong danh mục">—</span>
  const since = typeof rowData?.withdrawnAt === 'string' ? ` từ ${formatDate(rowData.withdrawnAt)}` : ''
  return <strong>Có{since}</strong>
}
