/**
 * The report's body as neutral blocks, written once (outline/index.ts) and laid
 * out by each writer: the DOCX and its PDF preview say the same words.
 */
export interface TableColumn {
  title: string
  /** Share of the table's width, the columns summing to 1. */
  width: number
  align?: 'left' | 'center' | 'right'
}

export type Block =
  | { type: 'heading'; text: string }
  | { type: 'subheading'; text: string }
  | { type: 'paragraph'; text: string; italic?: boolean }
  | { type: 'caption'; text: string }
  | { type: 'table'; columns: TableColumn[]; rows: string[][]; total?: string[] }
