import type { DefaultServerCellComponentProps } from 'payload'
import React from 'react'

import { cutAtWord } from './cutAtWord'

/**
 * The queue's text column. Payload's own textarea cell cuts at exactly 100 characters, mid-word («số điệ…»),
 * which a moderator reads as a typo (and the admin's Vietnamese check as a foreign word).
 */
export function FeedbackTextCell({ cellData }: DefaultServerCellComponentProps): React.ReactNode {
  const text = typeof cellData === 'string' ? cellData : ''
  const shown = cutAtWord(text)
  return shown === text ? <span>{text}</span> : <span title={text}>{shown}</span>
}
