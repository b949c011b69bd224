import type { DefaultServerCellComponentProps } from 'payload'
import React from 'react'

const MAX = 100

/**
 * The queue's text column: at most MAX characters, cut at a word boundary («…»). Payload's own textarea cell
 * cuts at exactly 100 characters, mid-word («số điệ…»), which a moderator reads as a typo.
 */
export function FeedbackTextCell({ cellData }: DefaultServerCellComponentProps): React.ReactNode {
  const text = typeof cellData === 'string' ? cellData : ''
  if (text.length <= MAX) return <span>{text}</span>
  const cut = text.slice(0, MAX + 1)
  const space = cut.lastIndexOf(' ')
  return <span title={text}>{`${(space > MAX / 2 ? cut.slice(0, space) : text.slice(0, MAX)).trimEnd()}…`}</span>
}
