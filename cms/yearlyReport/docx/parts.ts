import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx'

import type { TableColumn } from '../outline'

/** A4 with the margins of Decree 30/2020 (top and bottom 2 cm, left 3 cm, right 2 cm), in twips. */
export const PAGE = { width: 11906, height: 16838, top: 1134, bottom: 1134, left: 1701, right: 1134 } as const
export const CONTENT_WIDTH = PAGE.width - PAGE.left - PAGE.right

/** Sizes in half-points, as docx counts them. */
export const SIZE = { body: 28, table: 24, header: 24, small: 22 } as const

type Align = (typeof AlignmentType)[keyof typeof AlignmentType]

export interface Line {
  text: string
  bold?: boolean
  italic?: boolean
  size?: number
  align?: Align
  /** Space after, in twips. */
  after?: number
}

export const line = ({ text, bold, italic, size = SIZE.body, align = AlignmentType.CENTER, after = 0 }: Line) =>
  new Paragraph({
    alignment: align,
    spacing: { after, line: 264 },
    children: [new TextRun({ text, bold, italics: italic, size })],
  })

/** A short rule under a header line (the «———» under the national motto), as a paragraph's bottom border. */
export const rule = (widthShare: number) =>
  new Paragraph({
    alignment: AlignmentType.CENTER,
    indent: {
      left: Math.round((CONTENT_WIDTH * (1 - widthShare)) / 4),
      right: Math.round((CONTENT_WIDTH * (1 - widthShare)) / 4),
    },
    border: { top: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    spacing: { after: 120 },
    children: [],
  })

/** Two borderless columns side by side: the header and the signature block. */
export function sideBySide(left: Paragraph[], right: Paragraph[], leftShare: number): Table {
  const leftWidth = Math.round(CONTENT_WIDTH * leftShare)
  const cell = (children: Paragraph[], width: number) =>
    new TableCell({ children, width: { size: width, type: WidthType.DXA }, borders: TableBorders.NONE })
  return new Table({
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: [leftWidth, CONTENT_WIDTH - leftWidth],
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows: [new TableRow({ children: [cell(left, leftWidth), cell(right, CONTENT_WIDTH - leftWidth)] })],
  })
}

const ALIGN: Record<NonNullable<TableColumn['align']>, Align> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
}

const tableCell = (text: string, width: number, align: Align, bold: boolean) =>
  new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlign.CENTER,
    margins: { top: 40, bottom: 40, left: 50, right: 50 },
    children: [new Paragraph({ alignment: align, children: [new TextRun({ text, bold, size: SIZE.table })] })],
  })

/** A bordered data table; its header row repeats on every page. */
export function dataTable(columns: TableColumn[], rows: string[][], total?: string[]): Table {
  const widths = columns.map((c) => Math.round(c.width * CONTENT_WIDTH))
  const header = new TableRow({
    tableHeader: true,
    children: columns.map((c, i) => tableCell(c.title, widths[i] ?? 0, AlignmentType.CENTER, true)),
  })
  const body = (cells: string[], bold: boolean) =>
    new TableRow({
      cantSplit: true,
      children: columns.map((c, i) => tableCell(cells[i] ?? '', widths[i] ?? 0, ALIGN[c.align ?? 'left'], bold)),
    })
  return new Table({
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: [header, ...rows.map((r) => body(r, false)), ...(total ? [body(total, true)] : [])],
  })
}
