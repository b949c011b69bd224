'use client'
import { type RefObject, useEffect, useRef, useState } from 'react'

import { type ImportReport, reportToCsv } from '../../import/procedures/report'

export type Applied = ImportReport & { applied: { created: number; updated: number; withdrawn: number } }

export type Step =
  | { kind: 'choose' }
  | { kind: 'busy'; action: 'preview' | 'apply'; report?: ImportReport }
  | { kind: 'previewed'; report: ImportReport }
  | { kind: 'applied'; result: Applied; siteRebuild: 'queued' | 'off' }

export interface Failure {
  error: string
  kept: string
}

export interface ProcedureImport {
  file: File | null
  step: Step
  failure: Failure | null
  /** Changes when the file input must start empty again. */
  inputKey: number
  input: RefObject<HTMLInputElement | null>
  resultHeading: RefObject<HTMLHeadingElement | null>
  busy: boolean
  /** The preview on screen (kept while the confirmed import runs). */
  report: ImportReport | undefined
  /** Whether the preview has anything to add, change or withdraw. */
  hasWork: boolean
  choose: (file: File | null) => void
  send: (action: 'preview' | 'apply', fingerprint?: string) => Promise<void>
  reset: () => void
  download: (report: ImportReport) => void
}

const NOTHING_WRITTEN = 'Chưa có gì được ghi.'

export function megabytes(bytes: number): string {
  return `${new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 }).format(bytes / (1024 * 1024))} MB`
}

/** The import's steps (choose → preview → confirm → done), its requests and its report download. */
export function useProcedureImport(apiRoute: string, maxBytes: number): ProcedureImport {
  const [file, setFile] = useState<File | null>(null)
  const [step, setStep] = useState<Step>({ kind: 'choose' })
  const [failure, setFailure] = useState<Failure | null>(null)
  const [inputKey, setInputKey] = useState(0)
  const resultHeading = useRef<HTMLHeadingElement>(null)
  const input = useRef<HTMLInputElement>(null)

  useEffect(() => {
    if (step.kind === 'previewed' || step.kind === 'applied') resultHeading.current?.focus()
  }, [step.kind])

  // On a slow link the editor can pick the file before the page's script is ready; React does not replay
  // that change event, so take the choice the input already holds (and the same after «Nạp tệp khác»).
  useEffect(() => {
    const chosen = input.current?.files?.[0]
    if (chosen) setFile(chosen)
  }, [inputKey])

  const send = async (action: 'preview' | 'apply', fingerprint?: string): Promise<void> => {
    if (!file) return
    const previous = step.kind === 'previewed' ? step.report : undefined
    setFailure(null)
    if (file.size > maxBytes) {
      setFailure({
        error: `Tệp «${file.name}» quá lớn (${megabytes(file.size)}); giới hạn là ${megabytes(maxBytes)}. Hãy xóa các trang tính không phải danh mục, hoặc lưu thành CSV, rồi chọn lại.`,
        kept: NOTHING_WRITTEN,
      })
      return
    }
    setStep({ kind: 'busy', action, report: previous })
    const form = new FormData()
    form.append('file', file, file.name)
    form.append('action', action)
    if (fingerprint) form.append('fingerprint', fingerprint)
    try {
      const response = await fetch(`${apiRoute}/procedures/import`, {
        method: 'POST',
        body: form,
        credentials: 'include',
      })
      const body = (await response.json().catch(() => null)) as {
        report?: ImportReport | Applied
        siteRebuild?: 'queued' | 'off'
        error?: string
        kept?: string
      } | null
      if (!response.ok || !body?.report) {
        setFailure({
          error: body?.error ?? `CMS trả lời lỗi HTTP ${response.status}. Hãy thử lại sau ít phút.`,
          kept: body?.kept ?? NOTHING_WRITTEN,
        })
        setStep(previous && response.status !== 409 ? { kind: 'previewed', report: previous } : { kind: 'choose' })
        return
      }
      if (action === 'preview') setStep({ kind: 'previewed', report: body.report })
      else setStep({ kind: 'applied', result: body.report as Applied, siteRebuild: body.siteRebuild ?? 'off' })
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

  const reset = (): void => {
    setFile(null)
    setFailure(null)
    setStep({ kind: 'choose' })
    setInputKey((key) => key + 1)
    // The new input renders on the next frame; put the editor back on it.
    requestAnimationFrame(() => input.current?.focus())
  }

  const download = (report: ImportReport): void => {
    const csv = reportToCsv(report)
    const blob = new Blob([csv], { type: 'text/csv;charset=utf-8' })
    const url = URL.createObjectURL(blob)
    const link = document.createElement('a')
    link.href = url
    link.download = `bao-cao-nap-danh-muc-${(file?.name ?? 'tep').replace(/\.[^.]+$/, '')}.csv`
    document.body.append(link)
    link.click()
    link.remove()
    setTimeout(() => URL.revokeObjectURL(url), 1000)
  }

  const busy = step.kind === 'busy'
  const report = step.kind === 'previewed' ? step.report : step.kind === 'busy' ? step.report : undefined
  const hasWork = report ? report.added.length + report.changed.length + report.withdrawn.length > 0 : false

  return { file, step, failure, inputKey, input, resultHeading, busy, report, hasWork, choose, send, reset, download }
}
