import type { Payload } from 'payload'
import React from 'react'

import { hasRole } from '../../access'
import type { User } from '../../payload-types'
import { RebuildNowButton } from './RebuildNowButton'
import { formatAt, modeLabel, readSiteState, type SiteState } from './siteState'

type Props = { payload: Payload; user?: User | null }

const box: React.CSSProperties = { marginBottom: 'calc(var(--base) * 1.5)' }
const muted: React.CSSProperties = { color: 'var(--theme-elevation-500)' }

/** "Trang công khai" above the dashboard: last build, what waits, the last failure with its log. */
export async function SiteStatusPanel({ payload, user }: Props): Promise<React.ReactNode> {
  if (!user) return null
  let state: SiteState
  try {
    state = await readSiteState(payload)
  } catch (error) {
    return (
      <div style={box}>
        <h2>Trang công khai</h2>
        <p>
          Không đọc được trạng thái trang công khai ({error instanceof Error ? error.message : String(error)}). Trang
          đang chạy không bị ảnh hưởng; hãy tải lại trang quản trị.
        </p>
      </div>
    )
  }
  const { status, pendingChanges, queued } = state
  const ok = status.lastSuccess
  const failed = status.lastError?.at && (!ok?.at || status.lastError.at > ok.at) ? status.lastError : null
  return (
    <div style={box}>
      <h2 style={{ marginBottom: 8 }}>Trang công khai</h2>
      {ok?.at ? (
        <p>
          Dựng thành công lần cuối lúc <strong>{formatAt(ok.at)}</strong> ({modeLabel(ok.mode)},{' '}
          {ok.seconds?.toLocaleString('vi-VN')} giây, {ok.pages?.toLocaleString('vi-VN')} trang
          {ok.mode === 'incremental' ? `, dựng lại ${ok.renderedPages?.toLocaleString('vi-VN')} trang` : ''}).
        </p>
      ) : (
        <p>Chưa có lần dựng nào được ghi nhận từ CMS.</p>
      )}
      {status.running?.since ? (
        <p>
          <strong>Đang dựng</strong> ({modeLabel(status.running.mode)}) từ {formatAt(status.running.since)}.
        </p>
      ) : null}
      <p>
        {pendingChanges > 0 ? (
          <>
            Đang chờ: {pendingChanges.toLocaleString('vi-VN')} thay đổi chưa lên trang
            {queued[0] ? `, lần dựng tiếp theo lúc ${formatAt(queued[0].waitUntil)}` : ''}.
          </>
        ) : (
          <span style={muted}>
            Không có thay đổi nào đang chờ.
            {queued[0]?.reason === 'consolidate'
              ? ` Lần dựng đầy đủ định kỳ (gộp chỉ mục tìm kiếm) lúc ${formatAt(queued[0].waitUntil)}.`
              : ''}
          </span>
        )}
      </p>
      {failed ? (
        <div role="alert" style={{ borderLeft: '4px solid var(--theme-error-500)', paddingLeft: 12, marginBottom: 12 }}>
          <p>
            <strong>Lần dựng lúc {formatAt(failed.at)} thất bại.</strong>{' '}
            {failed.message?.includes('giữ nguyên') ? '' : 'Trang cũ vẫn được giữ nguyên. '}
            {failed.message}
          </p>
          {failed.log ? (
            <details>
              <summary>Xem nhật ký (200 dòng cuối)</summary>
              <pre style={{ whiteSpace: 'pre-wrap', maxHeight: 320, overflow: 'auto', fontSize: 12 }}>{failed.log}</pre>
            </details>
          ) : null}
        </div>
      ) : null}
      {hasRole(user, 'admin', 'editor') ? <RebuildNowButton apiRoute={payload.config.routes.api} /> : null}
    </div>
  )
}
