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

type FieldProps = { data?: Record<string, unknown> }

/** In the edit view: the same summary in words instead of the raw JSON (the warnings above explain it). */
export function PersonalDataField({ data }: FieldProps): React.ReactNode {
  const summary = personalDataSummary(data?.personalData)
  return (
    <p style={{ marginBottom: 'var(--base)' }}>
      <strong>Thông tin cá nhân đã ẩn:</strong> {summary ?? 'không có'}
    </p>
  )
}

export function FlagsField({ data }: FieldProps): React.ReactNode {
  const flags = flagSummary(data?.flags)
  return (
    <p style={{ marginBottom: 'var(--base)' }}>
      <strong>Dấu hiệu cần xem xét:</strong> {flags ? flagText(flags) : 'không có'}
    </p>
  )
}
