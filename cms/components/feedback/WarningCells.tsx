import type { DefaultServerCellComponentProps } from 'payload'
import React from 'react'

import { flagSummary, flagText, personalDataSummary } from '../../feedback/moderation/warnings'

/** The queue's personal-data column: what was masked, or «—». */
export function PersonalDataCell({ cellData }: DefaultServerCellComponentProps): React.ReactNode {
  const summary = personalDataSummary(cellData)
  return summary ? <strong>Đã ẩn {summary}</strong> : <span>—</span>
}

/** The queue's flags column: abuse words and links found, or «—». */
export function FlagsCell({ cellData }: DefaultServerCellComponentProps): React.ReactNode {
  const flags = flagSummary(cellData)
  return flags ? <strong>{flagText(flags)}</strong> : <span>—</span>
}
