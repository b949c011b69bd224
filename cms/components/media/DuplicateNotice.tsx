'use client'
import { useConfig, useDocumentDrawerContext, useFormFields, useModal } from '@payloadcms/ui'
import type React from 'react'

import { useDuplicateCheck } from './useDuplicateCheck'

/**
 * Shown in the media form as soon as a file is chosen that the library already
 * holds (a UI field of the media collection): the editor uses that file
 * instead of storing a copy. In the drawer of a material's file field the
 * button puts the existing file into the field; elsewhere a link opens it in a new tab.
 */
export function DuplicateNotice(): React.ReactNode {
  const file = useFormFields(([fields]) => fields.file?.value)
  const {
    config: {
      routes: { admin: adminRoute, api: apiRoute },
    },
  } = useConfig()
  const { onSave, drawerSlug } = useDocumentDrawerContext()
  const { closeModal } = useModal()
  const existing = useDuplicateCheck(file, apiRoute)
  if (!existing) return null
  const name = existing.filename ?? `tệp mã ${existing.id}`
  const chooseExisting = () => {
    void onSave?.({ doc: existing, operation: 'update', result: existing })
    if (drawerSlug) closeModal(drawerSlug)
  }
  return (
    <div
      role="alert"
      className="duplicate-notice"
      style={{
        margin: '0 0 1.5rem',
        padding: '0.75rem 1rem',
        border: '1px solid var(--theme-warning-500, #d97706)',
        borderRadius: '4px',
        background: 'var(--theme-warning-100, #fef3c7)',
        color: 'var(--theme-elevation-1000, #1f2937)',
      }}
    >
      <p style={{ margin: '0 0 0.5rem' }}>
        <strong>Tệp này đã có trong thư viện: {name}</strong>
        {existing.alt ? ` (${existing.alt})` : null}. Dùng tệp đã có thay vì lưu thêm một bản nữa; nếu vẫn lưu, hệ thống
        sẽ từ chối bản sao.
      </p>
      {onSave ? (
        <button
          type="button"
          className="btn btn--style-primary btn--size-small"
          style={{ margin: 0 }}
          onClick={chooseExisting}
        >
          Dùng tệp đã có
        </button>
      ) : (
        // A new tab: a form around this one (a bulk upload inside a material, say) keeps what the editor entered.
        <a href={`${adminRoute}/collections/media/${existing.id}`} target="_blank" rel="noopener noreferrer">
          Mở tệp đã có
        </a>
      )}
    </div>
  )
}
