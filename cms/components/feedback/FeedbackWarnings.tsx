import type { UIFieldServerProps } from 'payload'
import React from 'react'

import { flagSummary, flagText, personalDataSummary, personalDataValues } from '../../feedback/moderation/warnings'

const box = (tone: 'warning' | 'error' | 'success'): React.CSSProperties => ({
  border: `1px solid var(--theme-${tone}-500)`,
  background: `var(--theme-${tone}-100)`,
  borderRadius: 4,
  padding: 'calc(var(--base) * 0.5) var(--base)',
  marginBottom: 'var(--base)',
})

function ReviewNote({ answerState, reviewer }: { answerState: unknown; reviewer: boolean }) {
  if (answerState !== 'pending') return null
  return (
    <div style={box('warning')} data-answer-pending>
      <strong>Câu trả lời đang chờ duyệt.</strong>{' '}
      {reviewer
        ? 'Đọc và sửa câu trả lời nếu cần, rồi bấm «Lưu» để duyệt: câu trả lời được đăng ở lần dựng trang tới. Muốn trả lại cho đơn vị, chọn trạng thái «Mới» rồi lưu.'
        : 'Người duyệt sẽ đọc và duyệt; câu trả lời chỉ lên trang công khai sau khi được duyệt.'}
    </div>
  )
}

/**
 * At the top of a feedback item: what the moderator must know before answering in public. Personal
 * data masked out of the public text, abuse words and links, a private answer wanted, an answer
 * waiting for review.
 */
export function FeedbackWarnings({ data, req }: UIFieldServerProps): React.ReactNode {
  const doc = (data ?? {}) as Record<string, unknown>
  const personal = personalDataSummary(doc.personalData)
  const flags = flagSummary(doc.flags)
  const role = (req.user as { role?: string } | null)?.role
  return (
    <div data-feedback-warnings>
      {personal ? (
        <div style={box('error')} data-personal-data-warning>
          <strong>Có thông tin cá nhân: {personal}.</strong> Các thông tin này đã được thay bằng «[đã ẩn]» trong «Nội
          dung đăng công khai». Hãy đọc lại nội dung đó trước khi trả lời công khai; nếu vẫn lộ thông tin cá nhân, sửa
          lại hoặc chọn «Không đăng» với lý do «Chứa thông tin cá nhân». Nội dung gốc chỉ cán bộ xem được.
          <ul style={{ margin: '4px 0 0', paddingLeft: 18 }}>
            {personalDataValues(doc.personalData).map((entry) => (
              <li key={entry}>{entry}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {flags ? (
        <div style={box('warning')} data-abuse-warning>
          <strong>Cần xem xét: {flagText(flags)}.</strong> Góp ý vẫn được giữ lại để bạn quyết định: trả lời, hoặc chọn
          «Không đăng» với lý do phù hợp.
        </div>
      ) : null}
      {doc.wantsPrivateAnswer ? (
        <div style={box('success')}>
          Người dân muốn được trả lời riêng: xem số điện thoại hoặc thư điện tử ở «Liên hệ trả lời riêng». Nếu là thư
          điện tử và máy chủ có cấu hình gửi thư, câu trả lời được gửi tới đó khi được duyệt.
        </div>
      ) : null}
      <ReviewNote answerState={doc.answerState} reviewer={role !== 'contributor'} />
    </div>
  )
}
