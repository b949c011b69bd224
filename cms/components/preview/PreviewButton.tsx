'use client'
import { useFormModified, useLivePreviewContext } from '@payloadcms/ui'
import type React from 'react'

import { usePreviewBuild } from './usePreviewBuild'

/**
 * «Xem trước» on a material (admin.components.edit.PreviewButton): a labelled
 * button, not Payload's bare icon, that says what it is doing for the seconds
 * the CMS takes to build the page in the site's design (cms/preview/).
 */
export function PreviewButton(): React.ReactNode {
  const { previewURL } = useLivePreviewContext()
  const modified = useFormModified()
  const { build, start } = usePreviewBuild(previewURL)
  if (!previewURL) return null
  const busy = build.state === 'building'
  return (
    <div className="preview-control" style={{ display: 'flex', alignItems: 'center', gap: '0.5rem' }}>
      <button
        type="button"
        id="preview-button"
        className="btn btn--style-secondary btn--size-medium btn--withoutPopup"
        style={{ margin: 0 }}
        disabled={busy}
        aria-describedby="preview-status"
        title={modified ? 'Bản xem trước là bản đã lưu gần nhất: hãy lưu thay đổi trước khi xem.' : undefined}
        onClick={() => void start()}
      >
        {busy ? 'Đang dựng…' : 'Xem trước'}
      </button>
      <span id="preview-status" role="status" style={{ fontSize: '0.85rem' }}>
        {busy ? (
          <>
            <progress aria-label="Đang dựng bản xem trước" style={{ width: '5rem', verticalAlign: 'middle' }} />{' '}
            {`Đang dựng bản xem trước… ${build.seconds} giây`}
          </>
        ) : build.state === 'ready' ? (
          build.opened ? (
            `Đã mở bản xem trước (dựng trong ${build.seconds} giây).`
          ) : (
            <a href={previewURL} target="_blank" rel="noopener noreferrer">
              Mở bản xem trước
            </a>
          )
        ) : build.state === 'failed' ? (
          build.message
        ) : null}
      </span>
    </div>
  )
}
