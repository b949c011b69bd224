'use client'

import { Button, useAuth, useConfig, useDocumentInfo, useFormFields, useFormModified } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useState } from 'react'

import { DownloadLinks } from './DownloadLinks'

const box: React.CSSProperties = {
  border: '1px solid var(--theme-elevation-150)',
  borderRadius: 4,
  padding: '12px',
  marginBottom: 'var(--base)',
  display: 'flex',
  flexDirection: 'column',
  gap: 8,
}

const idOf = (value: unknown): string | number | undefined =>
  value && typeof value === 'object' && 'id' in value
    ? (value as { id: string | number }).id
    : (value as string | number | undefined)

/**
 * The report's sidebar: download the generated DOCX, XLSX and PDF preview, and
 * «Nộp báo cáo» (POST …/:id/submit). Downloads use the saved report, so
 * unsaved changes are flagged first.
 */
export function ReportActions(): React.ReactNode {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const { user } = useAuth<{ role?: string }>()
  const router = useRouter()
  const modified = useFormModified()
  const unit = useFormFields(([fields]) => idOf(fields.unit?.value))
  const year = useFormFields(([fields]) => Number(fields.year?.value))
  const state = useFormFields(([fields]) => fields.state?.value)
  const [message, setMessage] = useState<string>()
  const [busy, setBusy] = useState(false)
  const api = `${config.serverURL ?? ''}${config.routes.api}`

  if (!id || unit === undefined || !year) return <div style={box}>Lưu báo cáo trước, rồi tải về hoặc nộp.</div>

  const submit = async () => {
    setBusy(true)
    const response = await fetch(`${api}/report-submissions/${id}/submit`, { method: 'POST', credentials: 'include' })
    const body = (await response.json().catch(() => ({}))) as { message?: string }
    setMessage(body.message ?? (response.ok ? 'Đã nộp báo cáo.' : 'Không nộp được báo cáo.'))
    setBusy(false)
    if (response.ok) router.refresh()
  }

  return (
    <div style={box} data-report-actions>
      <strong>Báo cáo năm {year}</strong>
      {modified ? (
        <p style={{ color: 'var(--theme-warning-500)', margin: 0 }}>
          Có thay đổi chưa lưu: hãy bấm «Lưu» trước, vì bản tải về và bản nộp dùng nội dung đã lưu.
        </p>
      ) : null}
      <DownloadLinks apiRoute={api} year={year} target={unit} label={`báo cáo năm ${year}`} />
      {state === 'submitted' ? (
        <p style={{ margin: 0 }}>Báo cáo đã được nộp cho tỉnh.</p>
      ) : user?.role === 'reviewer' ? (
        <p style={{ margin: 0 }}>Báo cáo chưa nộp (bản nháp của đơn vị).</p>
      ) : (
        <Button buttonStyle="primary" disabled={busy || modified} onClick={submit}>
          Nộp báo cáo
        </Button>
      )}
      {message ? (
        <p role="status" style={{ margin: 0 }}>
          {message}
        </p>
      ) : null}
    </div>
  )
}
