'use client'
import React from 'react'

import { ImportDone } from './ImportDone'
import { ImportFailureAlert } from './ImportFailureAlert'
import { ImportFileField } from './ImportFileField'
import { ImportPreview } from './ImportPreview'
import { useProcedureImport } from './useProcedureImport'

interface Props {
  apiRoute: string
  maxBytes: number
  fieldLabels: Record<string, string>
  listHref: string
  coverageHref: string
}

/** Upload → preview → confirm, for the procedure catalogue (POST /api/procedures/import). */
export function ImportProceduresForm({
  apiRoute,
  maxBytes,
  fieldLabels,
  listHref,
  coverageHref,
}: Props): React.ReactNode {
  const flow = useProcedureImport(apiRoute, maxBytes)
  const { step, busy, report } = flow
  return (
    <div>
      {step.kind !== 'applied' ? <ImportFileField flow={flow} maxBytes={maxBytes} /> : null}

      {flow.failure ? <ImportFailureAlert failure={flow.failure} file={flow.file} /> : null}

      {step.kind === 'choose' || (step.kind === 'busy' && step.action === 'preview') ? (
        <div className="actions">
          <button
            type="button"
            className="btn btn--style-primary btn--size-medium"
            disabled={!flow.file || busy}
            onClick={() => void flow.send('preview')}
          >
            {busy ? 'Đang đọc tệp…' : 'Xem trước'}
          </button>
        </div>
      ) : null}

      {report ? <ImportPreview flow={flow} report={report} fieldLabels={fieldLabels} /> : null}

      {step.kind === 'applied' ? (
        <ImportDone flow={flow} step={step} listHref={listHref} coverageHref={coverageHref} />
      ) : null}
    </div>
  )
}
