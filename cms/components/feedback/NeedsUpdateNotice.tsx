import type { UIFieldServerProps } from 'payload'
import React from 'react'

import { materialsNeedingUpdate } from '../../feedback/moderation/needsUpdate'
import type { User } from '../../payload-types'
import { formatDateTime } from '../../vocabulary'

const box: React.CSSProperties = {
  border: '1px solid var(--theme-warning-500)',
  background: 'var(--theme-warning-100)',
  borderRadius: 4,
  padding: 'calc(var(--base) * 0.5)',
  marginBottom: 'var(--base)',
}

/** «Cần cập nhật» in a material's sidebar, while citizens' reports that it is wrong or old are open. */
export async function NeedsUpdateNotice({ id, payload, req }: UIFieldServerProps): Promise<React.ReactNode> {
  if (id === undefined || !req.user) return null
  const [flag] = await materialsNeedingUpdate(payload, { user: req.user as User, materials: [id] })
  if (!flag) return null
  const { admin } = payload.config.routes
  const link = `${admin}/collections/feedback?where[material][equals]=${id}&where[kind][equals]=mistake&where[status][equals]=new`
  return (
    <div style={box} data-needs-update>
      <strong>Cần cập nhật</strong>
      <p style={{ margin: '4px 0' }}>
        {flag.reports} góp ý của người dân báo nội dung sai hoặc cũ (từ {formatDateTime(flag.since)}).
      </p>
      <p style={{ margin: '4px 0' }}>
        Dấu này mất khi các góp ý được trả lời hoặc đóng, hoặc khi tài liệu được sửa và xuất bản lại.
      </p>
      <a href={link}>Xem các góp ý</a>
    </div>
  )
}
