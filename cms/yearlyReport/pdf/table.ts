import type { PDFFont } from 'pdf-lib'

import type { TableColumn } from '../outline'
import { CONTENT, ensureRoom, INK, MARGIN, RULE, type Sheet, wrap } from './sheet'

const SIZE = 9
const LINE = SIZE * 1.3
const PAD = 3

interface Laid {
  lines: string[][]
  height: number
}

function layRow(cells: string[], widths: number[], font: PDFFont): Laid {
  const lines = widths.map((w, i) => wrap(cells[i] ?? '', font, SIZE, w - PAD * 2))
  return { lines, height: Math.max(...lines.map((l) => l.length)) * LINE + PAD * 2 }
}

function drawRow(sheet: Sheet, laid: Laid, columns: TableColumn[], widths: number[], font: PDFFont): void {
  const top = sheet.y
  const { page } = sheet
  let x = MARGIN.left
  laid.lines.forEach((lines, i) => {
    const width = widths[i] ?? 0
    const align = columns[i]?.align ?? 'left'
    lines.forEach((line, n) => {
      const lineWidth = font.widthOfTextAtSize(line, SIZE)
      const offset = align === 'center' ? (width - lineWidth) / 2 : align === 'right' ? width - PAD - lineWidth : PAD
      page.drawText(line, { x: x + offset, y: top - PAD - (n + 1) * LINE + 2.5, size: SIZE, font, color: INK })
    })
    page.drawRectangle({ x, y: top - laid.height, width, height: laid.height, borderColor: RULE, borderWidth: 0.5 })
    x += width
  })
  sheet.y -= laid.height
}

/** A bordered table whose header row is drawn again at the top of every page it continues on. */
export function drawTable(sheet: Sheet, columns: TableColumn[], rows: string[][], total?: string[]): void {
  const widths = columns.map((c) => c.width * CONTENT)
  const { regular, bold } = sheet.fonts
  const head = layRow(
    columns.map((c) => c.title),
    widths,
    bold,
  )
  const headColumns = columns.map((c) => ({ ...c, align: 'center' as const }))
  ensureRoom(sheet, head.height + LINE * 2)
  drawRow(sheet, head, headColumns, widths, bold)
  const body: [string[], PDFFont][] = [
    ...rows.map((r): [string[], PDFFont] => [r, regular]),
    ...(total ? [[total, bold] as [string[], PDFFont]] : []),
  ]
  for (const [cells, font] of body) {
    const laid = layRow(cells, widths, font)
    if (ensureRoom(sheet, laid.height)) drawRow(sheet, head, headColumns, widths, bold)
    drawRow(sheet, laid, columns, widths, font)
  }
  sheet.y -= 6
}
