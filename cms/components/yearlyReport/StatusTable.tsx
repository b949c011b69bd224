import React from 'react'

import { formatDate } from '../../vocabulary'
import { STANDING_LABELS } from '../../yearlyReport/deadline'
import type { ReportStatus } from '../../yearlyReport/status'
import { DownloadLinks } from './DownloadLinks'

const COLORS: Record<string, string> = {
  submitted: 'var(--theme-success-600)',
  'submitted-late': 'var(--theme-warning-600)',
  'not-yet': 'var(--theme-elevation-600)',
  late: 'var(--theme-error-600)',
}

/** One row per reporting unit: its standing (with the date it was submitted), a link to the report, its downloads. */
export function StatusTable({
  status,
  apiRoute,
  adminRoute,
}: {
  status: ReportStatus
  apiRoute: string
  adminRoute: string
}): React.ReactNode {
  return (
    <table
      aria-labelledby="report-units"
      data-testid="report-status"
      style={{ width: '100%', borderCollapse: 'collapse' }}
    >
      <thead>
        <tr>
          <th style={{ textAlign: 'left' }}>Đơn vị</th>
          <th style={{ textAlign: 'left' }}>Tình trạng</th>
          <th style={{ textAlign: 'left' }}>Tải về</th>
        </tr>
      </thead>
      <tbody>
        {status.units.map((unit) => (
          <tr key={String(unit.id)} data-unit={unit.name} style={{ borderTop: '1px solid var(--theme-elevation-100)' }}>
            <td>
              {unit.reportId ? (
                <a href={`${adminRoute}/collections/report-submissions/${unit.reportId}`}>{unit.name}</a>
              ) : (
                unit.name
              )}
            </td>
            <td style={{ color: COLORS[unit.standing] }} data-standing={unit.standing}>
              {STANDING_LABELS[unit.standing]}
              {unit.submittedAt ? ` ngày ${formatDate(unit.submittedAt)}` : ''}
            </td>
            <td>
              <DownloadLinks
                apiRoute={apiRoute}
                year={status.year}
                target={unit.id}
                label={`báo cáo của ${unit.name}`}
              />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
