'use client'
import React from 'react'

import type { ImportReport } from '../../import/procedures/report'
import { ImportReportTables, ImportSummary } from './ImportReportTables'
import type { ProcedureImport } from './useProcedureImport'

interface Props {
  flow: ProcedureImport
  report: ImportReport
  fieldLabels: Record<string, string>
}

/** The preview of an import: nothing written yet; confirm, download the report, or start again. */
export function ImportPreview({ flow, report, fieldLabels }: Props): React.ReactNode {
  const { busy, hasWork } = flow
  return (
    <section aria-labelledby="import-preview">
      <h2 id="import-preview" ref={flow.step.kind === 'previewed' ? flow.resultHeading : undefined} tabIndex={-1}>
        Xem trước: tệp «{flow.file?.name}»
      </h2>
      <p>Chưa có gì được ghi. Kiểm tra các thay đổi dưới đây rồi bấm «Xác nhận nạp».</p>
      <ImportSummary report={report} />
      {!hasWork ? <p role="status">Danh mục trong hệ thống đã khớp với tệp này: không có gì để nạp.</p> : null}
      <ImportReportTables report={report} fieldLabels={fieldLabels} />
      <div className="actions">
        <button
          type="button"
          className="btn btn--style-primary btn--size-medium"
          disabled={busy || !hasWork}
          onClick={() => void flow.send('apply', report.fingerprint)}
        >
          {busy ? 'Đang nạp…' : 'Xác nhận nạp'}
        </button>
        <button
          type="button"
          className="btn btn--style-secondary btn--size-medium"
          disabled={busy}
          onClick={() => flow.download(report)}
        >
          Tải báo cáo (CSV)
        </button>
        <button
          type="button"
          className="btn btn--style-secondary btn--size-medium"
          disabled={busy}
          onClick={flow.reset}
        >
          Chọn tệp khác
        </button>
      </div>
    </section>
  )
}
