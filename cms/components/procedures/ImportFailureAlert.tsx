'use client'
import React from 'react'

import type { Failure } from './useProcedureImport'

/** What went wrong, what was kept, and that the chosen file is still there to retry. */
export function ImportFailureAlert({ failure, file }: { failure: Failure; file: File | null }): React.ReactNode {
  return (
    <div role="alert" className="error">
      <p>
        <strong>{failure.error}</strong>
      </p>
      <p>
        {failure.kept}{' '}
        {file ? `Tệp «${file.name}» vẫn được chọn: sửa tệp rồi chọn lại, hoặc bấm «Xem trước» để thử lại.` : ''}
      </p>
    </div>
  )
}
