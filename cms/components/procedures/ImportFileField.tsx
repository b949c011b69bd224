'use client'
import React from 'react'

import { type ProcedureImport, megabytes } from './useProcedureImport'

const ACCEPT = '.xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv'

/** The catalogue file input, with what it accepts. */
export function ImportFileField({ flow, maxBytes }: { flow: ProcedureImport; maxBytes: number }): React.ReactNode {
  return (
    <div className="field-type">
      <label htmlFor="procedure-file" className="field-label">
        Tệp danh mục thủ tục (.xlsx hoặc .csv)
      </label>
      <input
        key={flow.inputKey}
        ref={flow.input}
        id="procedure-file"
        name="file"
        type="file"
        accept={ACCEPT}
        aria-describedby="procedure-file-help"
        disabled={flow.busy}
        onChange={(event) => flow.choose(event.target.files?.[0] ?? null)}
      />
      <p id="procedure-file-help" className="note">
        Tệp xuất từ Cơ sở dữ liệu quốc gia về thủ tục hành chính hoặc tệp kèm quyết định công bố của tỉnh, tối đa{' '}
        {megabytes(maxBytes)}. Có thể có dòng tiêu đề, nhiều trang tính (mỗi cấp một trang) và dòng lĩnh vực.
      </p>
    </div>
  )
}
