'use client'
import { useState } from 'react'

import type { ActivityImportReport } from '../../import/activities/types'
import type { Failure } from '../procedures/useProcedureImport'

export type ImportStep =
  | { kind: 'choose' }
  | { kind: 'busy'; report?: ActivityImportReport }
  | { kind: 'previewed'; report: ActivityImportReport }
  | { kind: 'applied'; report: ActivityImportReport }

const NOTHING_WRITTEN = 'Chưa có gì được ghi.'

/** The import's steps (choose → preview → confirm → done) and its requests; the chosen file stays for a retry. */
export function useActivityImport(importUrl: string, maxBytes: number) {
  const [file, setFile] = useState<File | null>(null)
  const [step, setStep] = useState<ImportStep>({ kind: 'choose' })
  const [failure, setFailure] = useState<Failure | null>(null)

  const send = async (action: 'preview' | 'apply'): Promise<void> => {
    if (!file) return
    const previous = step.kind === 'previewed' ? step.report : undefined
    setFailure(null)
    if (file.size > maxBytes) {
      setFailure({ error: `Tệp «${file.name}» quá lớn.`, kept: NOTHING_WRITTEN })
      return
    }
    setStep({ kind: 'busy', report: previous })
    const form = new FormData()
    form.append('file', file, file.name)
    form.append('action', action)
    try {
      const response = await fetch(importUrl, { method: 'POST', body: form, credentials: 'include' })
      const body = (await response.json().catch(() => null)) as {
        report?: ActivityImportReport
        error?: string
        kept?: string
      } | null
      if (!response.ok || !body?.report) {
        setFailure({
          error: body?.error ?? `CMS trả lời lỗi HTTP ${response.status}. Hãy thử lại sau ít phút.`,
          kept: body?.kept ?? NOTHING_WRITTEN,
        })
        setStep(body?.report ? { kind: 'previewed', report: body.report } : { kind: 'choose' })
        return
      }
      setStep(
        action === 'preview' ? { kind: 'previewed', report: body.report } : { kind: 'applied', report: body.report },
      )
    } catch {
      setFailure({ error: 'Không gửi được tệp tới CMS. Kiểm tra kết nối mạng rồi thử lại.', kept: NOTHING_WRITTEN })
      setStep(previous ? { kind: 'previewed', report: previous } : { kind: 'choose' })
    }
  }

  const choose = (chosen: File | null): void => {
    setFile(chosen)
    setFailure(null)
    setStep({ kind: 'choose' })
  }

  return { file, step, failure, send, choose, busy: step.kind === 'busy' }
}
