'use client'
import React from 'react'

import { ImportSummary } from './ImportReportTables'
import type { ProcedureImport, Step } from './useProcedureImport'

interface Props {
  flow: ProcedureImport
  step: Extract<Step, { kind: 'applied' }>
  listHref: string
  coverageHref: string
}

/** What the import wrote, whether the public site will follow by itself, and where to go next. */
export function ImportDone({ flow, step, listHref, coverageHref }: Props): React.ReactNode {
  const { applied, rejected } = step.result
  return (
    <section aria-labelledby="import-done">
      <div className="done" role="status">
        <h2 id="import-done" ref={flow.resultHeading} tabIndex={-1}>
          Đã nạp danh mục từ tệp «{flow.file?.name}»
        </h2>
        <p>
          Thêm mới {applied.created}, cập nhật {applied.updated}, đánh dấu không còn trong danh mục {applied.withdrawn}{' '}
          thủ tục. {rejected.length > 0 ? `${rejected.length} dòng bị loại không được nạp.` : ''}
        </p>
        <p>
          {step.siteRebuild === 'queued'
            ? 'Đã xếp lịch dựng lại trang công khai; danh mục mới sẽ hiện trên trang khi dựng xong.'
            : 'Tự động dựng lại trang công khai đang tắt: hãy bấm «Dựng lại ngay» trên bảng điều khiển để trang công khai nhận danh mục mới.'}
        </p>
      </div>
      <ImportSummary report={step.result} />
      <div className="actions">
        <button
          type="button"
          className="btn btn--style-secondary btn--size-medium"
          onClick={() => flow.download(step.result)}
        >
          Tải báo cáo (CSV)
        </button>
        <a className="btn btn--style-secondary btn--size-medium" href={listHref}>
          Xem danh mục thủ tục
        </a>
        <a className="btn btn--style-secondary btn--size-medium" href={coverageHref}>
          Xem độ phủ hướng dẫn
        </a>
        <button type="button" className="btn btn--style-secondary btn--size-medium" onClick={flow.reset}>
          Nạp tệp khác
        </button>
      </div>
    </section>
  )
}
