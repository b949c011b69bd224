'use client'

import { Button, useConfig, useDocumentInfo, useFormModified } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useState } from 'react'

const box: React.CSSProperties = {
  border: '1px solid var(--theme-elevation-150)',
  borderRadius: 4,
  padding: '12px',
  marginBottom: 'var(--base)',
  display: 'flex',
  flexWrap: 'wrap',
  alignItems: 'center',
  gap: 12,
}

/** Today in Vietnam as 'YYYY-MM-DD' (the confirmation's day). */
const today = (): string =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Ho_Chi_Minh',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date())

/**
 * A saved schedule's actions: print the station's one-page sheet, and «Đã phát» for a day, which
 * records the outreach activity (POST /api/broadcast-schedules/:id/confirm) and reloads the confirmed days.
 */
export function ScheduleActions(): React.ReactNode {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const router = useRouter()
  const modified = useFormModified()
  const [day, setDay] = useState(today)
  const [message, setMessage] = useState<string>()
  const [busy, setBusy] = useState(false)
  if (!id) return <div style={box}>Lưu lịch trước, rồi in lịch hoặc xác nhận đã phát.</div>
  const base = `${config.serverURL ?? ''}${config.routes.api}/broadcast-schedules/${id}`

  const confirm = async () => {
    setBusy(true)
    const response = await fetch(`${base}/confirm`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ date: day }),
    })
    const body = (await response.json().catch(() => ({}))) as { message?: string; errors?: { message?: string }[] }
    setMessage(body.message ?? body.errors?.[0]?.message ?? 'Không ghi được «Đã phát».')
    setBusy(false)
    if (response.ok) router.refresh()
  }

  return (
    <div style={box} data-schedule-actions>
      <a href={`${base}/sheet`} target="_blank" rel="noopener">
        In lịch cho đài (một trang)
      </a>
      <label htmlFor="broadcast-day">Ngày đã phát</label>
      <input
        id="broadcast-day"
        type="date"
        value={day}
        max={today()}
        onChange={(event) => setDay(event.target.value)}
      />
      <Button
        buttonStyle="primary"
        size="small"
        margin={false}
        disabled={busy || modified || !day}
        onClick={() => void confirm()}
      >
        Đã phát
      </Button>
      {modified ? <span>Có thay đổi chưa lưu: hãy bấm «Lưu» trước.</span> : null}
      {message ? (
        <p style={{ margin: 0, width: '100%' }} role="status">
          {message}
        </p>
      ) : null}
    </div>
  )
}
