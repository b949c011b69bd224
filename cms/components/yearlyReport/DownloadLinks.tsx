import React from 'react'

import { reportDocumentUrl } from './paths'

/** «Tải văn bản (.docx) · Tải số liệu (.xlsx) · Xem trước (.pdf)» for one report (a unit's, or `tinh` for the roll-up). */
export function DownloadLinks({
  apiRoute,
  year,
  target,
  label,
}: {
  apiRoute: string
  year: number
  target: string | number
  label: string
}): React.ReactNode {
  const url = (format: string) => reportDocumentUrl(apiRoute, year, target, format)
  return (
    <span style={{ display: 'inline-flex', gap: '0.75rem', flexWrap: 'wrap' }}>
      <a href={url('docx')} download aria-label={`Tải ${label} (.docx)`}>
        Tải văn bản (.docx)
      </a>
      <a href={url('xlsx')} download aria-label={`Tải số liệu ${label} (.xlsx)`}>
        Tải số liệu (.xlsx)
      </a>
      <a href={url('pdf')} target="_blank" rel="noopener" aria-label={`Xem trước ${label} (.pdf)`}>
        Xem trước (.pdf)
      </a>
    </span>
  )
}
