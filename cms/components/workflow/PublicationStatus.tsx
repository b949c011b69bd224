'use client'

import React from 'react'

import { formatDateTime } from '../../vocabulary'
import { usePublication } from './usePublication'
import type { Publication } from './workflowStore'

const time = (iso: string): string => formatDateTime(iso)

function Building({ since, estimate, now }: { since: string; estimate: number | null; now: number }) {
  const elapsed = Math.max(0, Math.round((now - Date.parse(since)) / 1000))
  return (
    <>
      <progress max={estimate ?? undefined} value={estimate ? Math.min(elapsed, estimate * 0.95) : undefined} />
      <div>
        Đang dựng trang: {elapsed} giây
        {estimate ? ` (lần trước mất khoảng ${Math.max(1, Math.round(estimate))} giây)` : ''}.
      </div>
    </>
  )
}

function Pending({ publication, now }: { publication: Publication; now: number }) {
  return (
    <div role="status">
      <strong>Đang cập nhật trang công khai…</strong>
      {publication.state === 'building' ? (
        <Building since={publication.since} estimate={publication.estimateSeconds} now={now} />
      ) : publication.state === 'waiting' ? (
        <>
          <progress />
          <div>
            {publication.afterCurrent
              ? 'Chờ lần dựng đang chạy xong rồi dựng tiếp'
              : `Đang chờ lượt dựng${publication.startsAt ? `, bắt đầu lúc ${time(publication.startsAt)}` : ''}`}
            .
          </div>
        </>
      ) : null}
    </div>
  )
}

/**
 * Where a published material stands on the public site: on its way (with the
 * build's progress), live with a link, or held back by a failed build. Shown in
 * the review panel and on the dashboard; polls until it is live.
 */
export function PublicationStatus({ url, initial }: { url: string; initial: Publication | null }): React.ReactNode {
  const { publication, now } = usePublication(url, initial)
  if (!publication || publication.state === 'unpublished') return null
  if (publication.state === 'waiting' || publication.state === 'building')
    return <Pending publication={publication} now={now} />
  if (publication.state === 'failed')
    return (
      <div role="alert">
        <strong>Chưa lên trang công khai:</strong> lần dựng lúc {time(publication.at)} thất bại, trang cũ vẫn được giữ
        nguyên. {publication.message} Biên tập viên tỉnh có thể bấm «Dựng lại ngay» trên trang chủ quản trị.
      </div>
    )
  if (publication.state === 'manual')
    return (
      <div>
        Đã xuất bản. Trang công khai chỉ cập nhật khi dựng lại (<code>npm run build:site</code>); sau đó xem tại{' '}
        <a href={publication.url}>{publication.url}</a>.
      </div>
    )
  return (
    <div role="status">
      <strong>Đã lên trang công khai</strong>
      {publication.at ? ` lúc ${time(publication.at)}` : ''}:{' '}
      <a href={publication.url} target="_blank" rel="noreferrer">
        Xem trang công khai
      </a>
    </div>
  )
}
