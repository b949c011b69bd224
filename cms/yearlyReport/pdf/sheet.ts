import { type PDFDocument, type PDFFont, type PDFPage, rgb } from 'pdf-lib'

import type { Fonts } from './fonts'

/** A4 in points, with the administrative margins (left 3 cm, others 2 cm). */
export const A4 = { width: 595.28, height: 841.89 } as const
export const MARGIN = { top: 57, bottom: 57, left: 85, right: 57 } as const
export const CONTENT = A4.width - MARGIN.left - MARGIN.right
export const INK = rgb(0, 0, 0)
export const RULE = rgb(0.45, 0.45, 0.45)

/** The document being drawn and where the next line goes (y moves down). */
export interface Sheet {
  doc: PDFDocument
  fonts: Fonts
  pages: PDFPage[]
  page: PDFPage
  y: number
}

export function newPage(sheet: Sheet): void {
  sheet.page = sheet.doc.addPage([A4.width, A4.height])
  sheet.pages.push(sheet.page)
  sheet.y = A4.height - MARGIN.top
}

/** Starts a new page unless `height` points still fit above the bottom margin. */
export function ensureRoom(sheet: Sheet, height: number): boolean {
  if (sheet.y - height >= MARGIN.bottom + 12) return false
  newPage(sheet)
  return true
}

/** Words to lines no wider than `maxWidth`; a word longer than a line is cut by characters. */
export function wrap(text: string, font: PDFFont, size: number, maxWidth: number): string[] {
  const width = (s: string) => font.widthOfTextAtSize(s, size)
  const lines: string[] = []
  let current = ''
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = current ? `${current} ${word}` : word
    if (width(candidate) <= maxWidth) {
      current = candidate
      continue
    }
    if (current) lines.push(current)
    current = word
    while (width(current) > maxWidth) {
      let cut = current.length - 1
      while (cut > 1 && width(current.slice(0, cut)) > maxWidth) cut--
      lines.push(current.slice(0, cut))
      current = current.slice(cut)
    }
  }
  if (current) lines.push(current)
  return lines.length > 0 ? lines : ['']
}

export interface TextOptions {
  font: PDFFont
  size: number
  x: number
  width: number
  align?: 'left' | 'center' | 'right'
  indent?: number
}

/** Draws wrapped text from the current y down, starting new pages as needed. */
export function drawText(sheet: Sheet, text: string, options: TextOptions): void {
  const { font, size, x, width, align = 'left', indent = 0 } = options
  const lineHeight = size * 1.35
  const lines = wrap(text, font, size, width - indent)
  lines.forEach((line, i) => {
    ensureRoom(sheet, lineHeight)
    sheet.y -= lineHeight
    const lineWidth = font.widthOfTextAtSize(line, size)
    const offset =
      align === 'center' ? (width - lineWidth) / 2 : align === 'right' ? width - lineWidth : i === 0 ? indent : 0
    sheet.page.drawText(line, { x: x + offset, y: sheet.y + size * 0.3, size, font, color: INK })
  })
}

/** A short centred rule under a heading line. */
export function drawRule(sheet: Sheet, x: number, width: number, share: number): void {
  const length = width * share
  const start = x + (width - length) / 2
  sheet.page.drawLine({
    start: { x: start, y: sheet.y - 2 },
    end: { x: start + length, y: sheet.y - 2 },
    thickness: 0.6,
    color: INK,
  })
  sheet.y -= 6
}
