'use client'
import React, { useEffect, useRef, useState } from 'react'

import { type ImportReport, reportToCsv } from '../../import/procedures/report'
import { ImportReportTables, ImportSummary } from './ImportReportTables'

type Applied = ImportReport & { applied: { created: number; updated: number; withdrawn: number } }

type Step =
  | { kind: 'choose' }
  | { kind: 'busy'; action: 'preview' | 'apply'; report?: ImportReport }
  | { kind: 'previewed'; report: ImportReport }
  | { kind: 'applied'; result: Applied; siteRebuild: 'queued' | 'off' }

interface Failure {
  error: string
  kept: string
}

interface Props {
  apiRoute: string
  maxBytes: number
  fieldLabels: Record<string, string>
  listHref: string
  coverageHref: string
}

const ACCEPT = '.xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv'

/** Upload → preview → confirm, for the procedure catalogue (POST /api/procedures/import). */
export function ImportProceduresForm({ apiRoute, maxBytes, fieldLabels, listHref, coverageHref }: Props): React.ReactNode {
  const [file, setFile] = useState<File | null>(null)
  const [step, setStep] = useState<Step>({ kind: 'choose' })
  const [failure, setFailure] = useState<Failure | null>(null)
  const [inputKey, setInputKey] = useState(0)
  const resultHeading = useRef<HTMLHeadingElement>(null)
  const input = useRef<HTMLInputElement>(null)

  useEffect(() => {
    if (step.kind === 'previewed' || step.kind === 'applied') resultHeading.current?.focus()
  }, [step.kind])

  const send = async (action: 'preview' | 'apply', fingerprint?: string): Promise<void> => {
    if (!file) return
    const previous = step.kind === 'previewed' ? step.report : undefined
    setFailure(null)
    if (file.size > maxBytes) {
      setFailure({
        error: `Tệp «${file.name}» quá lớn (${megabytes(file.size)}); giới hạn là ${megabytes(maxBytes)}. Hãy xóa các trang tính không phải danh mục, hoặc lưu thành CSV, rồi chọn lại.`,
        kept: 'Chưa có gì được ghi.',
      })
      return
    }
    setStep({ kind: 'busy', action, report: previous })
    const form = new FormData()
    form.append('file', file, file.name)
    form.append('action', action)
    if (fingerprint) form.append('fingerprint', fingerprint)
    try {
      const response = await fetch(`${apiRoute}/procedures/import`, { method: 'POST', body: form, credentials: 'include' })
      const body = (await response.json().catch(() => null)) as
        | { report?: ImportReport | Applied; siteRebuild?: 'queued' | 'off'; error?: string; kept?: string }
        | null
      if (!response.ok || !body?.report) {
        setFailure({
          error: body?.error ?? `CMS trả lời lỗi HTTP ${response.status}. Hãy thử lại sau ít phút.`,
          kept: body?.kept ?? 'Chưa có gì được ghi.',
        })
        setStep(previous && response.status !== 409 ? { kind: 'previewed', report: previous } : { kind: 'choose' })
        return
      }
      if (action === 'preview') setStep({ kind: 'previewed', report: body.report })
      else setStep({ kind: 'applied', result: body.report as Applied, siteRebuild: body.siteRebuild ?? 'off' })
    } catch {
      setFailure({ error: 'Không gửi được tệp tới CMS. Kiểm tra kết nối mạng rồi thử lại.', kept: 'Chưa có gì được ghi.' })
      setStep(previous ? { kind: 'previewed', report: previous } : { kind: 'choose' })
    }
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

  return (
    <div>
      {step.kind !== 'applied' ? (
        <div className="field-type">
          <label htmlFor="procedure-file" className="field-label">
            Tệp danh mục thủ tục (.xlsx hoặc .csv)
          </label>
          <input
            key={inputKey}
            ref={input}
            id="procedure-file"
            name="file"
            type="file"
            accept={ACCEPT}
            aria-describedby="procedure-file-help"
            disabled={busy}
            onChange={(event) => {
              setFile(event.target.files?.[0] ?? null)
              setFailure(null)
              setStep({ kind: 'choose' })
            }}
          />
          <p id="procedure-file-help" className="note">
            Tệp xuất từ Cơ sở dữ liệu quốc gia về thủ tục hành chính hoặc tệp kèm quyết định công bố của tỉnh, tối đa {megabytes(maxBytes)}. Có thể có
            dòng tiêu đề, nhiều trang tính (mỗi cấp một trang) và dòng lĩnh vực.
          </p>
        </div>
      ) : null}

      {failure ? (
        <div role="alert" className="error">
          <p>
            <strong>{failure.error}</strong>
          </p>
          <p>
            {failure.kept} {file ? `Tệp «${file.name}» vẫn được chọn: sửa tệp rồi chọn lại, hoặc bấm «Xem trước» để thử lại.` : ''}
          </p>
        </div>
      ) : null}

      {step.kind === 'choose' || (busy && step.action === 'preview') ? (
        <div className="actions">
          <button type="button" className="btn btn--style-primary btn--size-medium" disabled={!file || busy} onClick={() => void send('preview')}>
            {busy ? 'Đang đọc tệp…' : 'Xem trước'}
          </button>
        </div>
      ) : null}

      {report ? (
        <section aria-labelledby="import-preview">
          <h2 id="import-preview" ref={step.kind === 'previewed' ? resultHeading : undefined} tabIndex={-1}>
            Xem trước: tệp «{file?.name}»
          </h2>
          <p>Chưa có gì được ghi. Kiểm tra các thay đổi dưới đây rồi bấm «Xác nhận nạp».</p>
          <ImportSummary report={report} />
          {!hasWork ? <p role="status">Danh mục trong CMS đã khớp với tệp này: không có gì để nạp.</p> : null}
          <ImportReportTables report={report} fieldLabels={fieldLabels} />
          <div className="actions">
            <button
              type="button"
              className="btn btn--style-primary btn--size-medium"
              disabled={busy || !hasWork}
              onClick={() => void send('apply', report.fingerprint)}
            >
              {busy ? 'Đang nạp…' : 'Xác nhận nạp'}
            </button>
            <button type="button" className="btn btn--style-secondary btn--size-medium" disabled={busy} onClick={() => download(report)}>
              Tải báo cáo (CSV)
            </button>
            <button type="button" className="btn btn--style-secondary btn--size-medium" disabled={busy} onClick={reset}>
              Chọn tệp khác
            </button>
          </div>
        </section>
      ) : null}

      {step.kind === 'applied' ? (
        <section aria-labelledby="import-done">
          <div className="done" role="status">
            <h2 id="import-done" ref={resultHeading} tabIndex={-1}>
              Đã nạp danh mục từ tệp «{file?.name}»
            </h2>
            <p>
              Thêm mới {step.result.applied.created}, cập nhật {step.result.applied.updated}, đánh dấu không còn trong danh mục{' '}
              {step.result.applied.withdrawn} thủ tục. {step.result.rejected.length > 0 ? `${step.result.rejected.length} dòng bị loại không được nạp.` : ''}
            </p>
            <p>
              {step.siteRebuild === 'queued'
                ? 'Đã xếp lịch dựng lại trang công khai; danh mục mới sẽ hiện trên trang khi dựng xong.'
                : 'Tự động dựng lại trang công khai đang tắt: hãy bấm «Dựng lại ngay» trên bảng điều khiển để trang công khai nhận danh mục mới.'}
            </p>
          </div>
          <ImportSummary report={step.result} />
          <div className="actions">
            <button type="button" className="btn btn--style-secondary btn--size-medium" onClick={() => download(step.result)}>
              Tải báo cáo (CSV)
            </button>
            <a className="btn btn--style-secondary btn--size-medium" href={listHref}>
              Xem danh mục thủ tục
            </a>
            <a className="btn btn--style-secondary btn--size-medium" href={coverageHref}>
              Xem độ phủ hướng dẫn
            </a>
            <button type="button" className="btn btn--style-secondary btn--size-medium" onClick={reset}>
              Nạp tệp khác
            </button>
          </div>
        </section>
      ) : null}
    </div>
  )
}

function megabytes(bytes: number): string {
  return `${new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 }).format(bytes / (1024 * 1024))} MB`
}
