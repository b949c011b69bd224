'use client'

import type { DefaultCellComponentProps } from 'payload'

import { formatFileSize } from './fileSize'

/** The file lists' size column: "3,2 MB" instead of Payload's raw byte count. */
export function FileSizeCell({ cellData }: DefaultCellComponentProps) {
  return <span>{formatFileSize(cellData)}</span>
}
