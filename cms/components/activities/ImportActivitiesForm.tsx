'use client'
import { Button } from '@payloadcms/ui'
import React from 'react'

import type { ActivityImportReport } from '../../import/activities/types'
import { activityKindLabel, formatDate } from '../../vocabulary'
import { ImportFailureAlert } from '../procedures/ImportFailureAlert'
import { useActivityImport } from './useActivityImport'

const shownDay = (day: string | null): string => (day ? formatDate(`${day}T12:00:00+07:00`) : '')

/** The rows that would be saved, and every refused row with its reasons. */
function ImportRows({ report }: { report: ActivityImportReport }): React.ReactNode {
  return (
    <>
      {report.rejected.length > 0 ? (
        <section data-testid="activity-import-rejected">
          <h3>Dòng bị loại ({report.rejected.length}): sửa tệp rồi xem trước lại</h3>
          <ul>
            {report.rejected.map(({ sheet, row, reasons }) => (
              <li key={`${sheet}-${row}`}>
                Dòng {row}: {reasons.join(' ')}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <h3>Các dòng đọc được ({report.rows.length})</h3>
      <table className="table" data-testid="activity-import-rows">
        <thead>
          <tr>
            <th>Dòng</th>
            <th>Loại hoạt động</th>
            <th>Ngày</th>
            <th>Đơn vị</th>
            <th>Địa điểm</th>
            <th>Kết quả</th>
          </tr>
        </thead>
        <tbody>
          {report.rows.map((row) => (
            <tr key={row.row}>
              <td>{row.row}</td>
              <td>{activityKindLabel(row.kind)}</td>
              <td>
                {shownDay(row.startDay)}
                {row.endDay ? ` – ${shownDay(row.endDay)}` : ''}
              </td>
              <td>{row.unitName}</td>
              <td>{row.place}</td>
              <td>
                {Object.entries(row.reach)
                  .map(
                    ([key, value]) =>
                      `${key === 'people' ? 'người' : key === 'copies' ? 'bản' : key === 'minutes' ? 'phút' : 'lần'}: ${value}`,
                  )
                  .join(', ')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  )
}

export function ImportActivitiesForm({
  importUrl,
  maxBytes,
  listHref,
}: {
  importUrl: string
  maxBytes: number
  listHref: string
}): React.ReactNode {
  const flow = useActivityImport(importUrl, maxBytes)
  const { step } = flow
  const report = step.kind === 'previewed' || step.kind === 'busy' ? step.report : undefined
  return (
    <div>
      <div className="field-type">
        <label htmlFor="activity-file" className="field-label">
          Tệp sổ hoạt động (.xlsx)
        </label>
        <input
          id="activity-file"
          type="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          disabled={flow.busy}
          onChange={(event) => flow.choose(event.target.files?.[0] ?? null)}
        />
      </div>
      <Button buttonStyle="secondary" disabled={!flow.file || flow.busy} onClick={() => void flow.send('preview')}>
        Xem trước
      </Button>{' '}
      {step.kind === 'previewed' ? (
        <Button
          buttonStyle="primary"
          disabled={flow.busy || step.report.rejected.length > 0 || step.report.rows.length === 0}
          onClick={() => void flow.send('apply')}
        >
          Xác nhận nạp {step.report.rows.length} hoạt động
        </Button>
      ) : null}
      {flow.failure ? <ImportFailureAlert failure={flow.failure} file={flow.file} /> : null}
      {report ? <ImportRows report={report} /> : null}
      {step.kind === 'applied' ? (
        <p role="status">
          Đã lưu {step.report.created} hoạt động ở trạng thái «Nháp». <a href={listHref}>Mở danh sách hoạt động</a> để
          kiểm tra và gửi duyệt.
        </p>
      ) : null}
    </div>
  )
}
