import type { PDFFont, PDFPage, RGB } from 'pdf-lib'

import { qrMatrix } from './qrCode'

/**
 * Drawing pieces of a print kit (lib/printKitPdf.ts): word wrap, blocks of
 * text drawn downwards, and the QR code as one vector path.
 */

/** pdf-lib's RGB colour, made without loading it (its rgb() returns this shape). */
export const rgb = (red: number, green: number, blue: number): RGB => ({ type: 'RGB', red, green, blue }) as RGB
const WHITE = rgb(1, 1, 1)
const BLACK = rgb(0, 0, 0)

/**
 * Greedy word wrap; a word longer than the line (a long address) stays whole on its own line.
 * Each word is measured once (a measure runs fontkit's shaping, the costliest step of a kit when
 * every growing line was measured anew); a line is its words plus the spaces between them.
 */
export function wrap(text: string, font: PDFFont, size: number, maxWidth: number): string[] {
  const space = font.widthOfTextAtSize(' ', size)
  const lines: string[] = []
  let line = ''
  let width = 0
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const wordWidth = font.widthOfTextAtSize(word, size)
    if (line && width + space + wordWidth > maxWidth) {
      lines.push(line)
      line = word
      width = wordWidth
    } else {
      line = line ? `${line} ${word}` : word
      width = line === word ? wordWidth : width + space + wordWidth
    }
  }
  if (line) lines.push(line)
  return lines
}

export interface TextBlock {
  lines: string[]
  font: PDFFont
  size: number
  color: RGB
  gapAfter: number
}

export const blockHeight = (blocks: TextBlock[]) =>
  blocks.reduce((sum, b) => sum + b.lines.length * b.size * 1.3 + b.gapAfter, 0)

/** Draws blocks downwards from `top`; returns the y below the last line. */
export function drawBlocks(page: PDFPage, blocks: TextBlock[], x: number, top: number): number {
  let y = top
  for (const block of blocks) {
    for (const line of block.lines) {
      y -= block.size * 1.3
      page.drawText(line, { x, y: y + block.size * 0.3, size: block.size, font: block.font, color: block.color })
    }
    y -= block.gapAfter
  }
  return y
}

/**
 * The QR code as one vector path (runs of dark modules in a row are one
 * rectangle each): sharp at any print size, no image to embed, and one fill
 * instead of hundreds of drawRectangle calls with their graphics states.
 */
export function drawQr(page: PDFPage, text: string, x: number, y: number, side: number): void {
  const matrix = qrMatrix(text)
  const quiet = 2
  const cell = side / (matrix.size + quiet * 2)
  page.drawRectangle({ x, y, width: side, height: side, color: WHITE })
  const runs: string[] = []
  for (let row = 0; row < matrix.size; row++) {
    for (let col = 0; col < matrix.size; col++) {
      if (!matrix.isDark(row, col)) continue
      let end = col
      while (end + 1 < matrix.size && matrix.isDark(row, end + 1)) end++
      runs.push(`M${col + quiet} ${row + quiet}h${end - col + 1}v1h${col - end - 1}z`)
      col = end
    }
  }
  // SVG path coordinates run downwards from the top-left corner, in modules.
  page.drawSvgPath(runs.join(''), { x, y: y + side, scale: cell, color: BLACK })
}
