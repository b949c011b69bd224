'use client'
import React, { useState } from 'react'

/** "Dựng lại ngay": queues a full rebuild of the public site (editors and admins). */
export function RebuildNowButton({ apiRoute }: { apiRoute: string }): React.ReactNode {
  const [state, setState] = useState<{ busy: boolean; message: string | null }>({ busy: false, message: null })
  const rebuild = async () => {
    setState({ busy: true, message: null })
    try {
      const response = await fetch(`${apiRoute}/globals/site-status/rebuild`, {
        method: 'POST',
        credentials: 'include',
      })
      const body = (await response.json().catch(() => ({}))) as { message?: string }
      setState({
        busy: false,
        message:
          body.message ?? (response.ok ? 'Đã xếp lịch dựng lại.' : `Không xếp lịch được (HTTP ${response.status}).`),
      })
    } catch {
      setState({
        busy: false,
        message: 'Không gửi được yêu cầu tới CMS. Kiểm tra kết nối rồi thử lại; trang hiện tại vẫn được giữ nguyên.',
      })
    }
  }
  return (
    <p>
      <button
        type="button"
        className="btn btn--style-secondary btn--size-small"
        disabled={state.busy}
        onClick={() => void rebuild()}
      >
        {state.busy ? 'Đang gửi…' : 'Dựng lại ngay'}
      </button>{' '}
      {state.message ? <span role="status">{state.message}</span> : null}
    </p>
  )
}
