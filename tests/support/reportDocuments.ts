import ExcelJS from 'exceljs'
import mammoth from 'mammoth'
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'

/**
 * Readers for the yearly report's files that share no code with their writers:
 * mammoth for the DOCX, exceljs for the XLSX, pdf.js for the PDF.
 */

const squash = (text: string): string => text.replace(/\s+/g, ' ').normalize('NFC').trim()

export async function docxText(bytes: Uint8Array): Promise<string> {
  const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) })
  return squash(value)
}

export async function pdfText(bytes: Uint8Array): Promise<string> {
  const task = getDocument({ data: bytes.slice(), verbosity: 0 })
  const doc = await task.promise
  try {
    const pages: string[] = []
    for (let n = 1; n <= doc.numPages; n++) {
      const content = await (await doc.getPage(n)).getTextContent()
      pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '))
    }
    return squash(pages.join(' '))
  } finally {
    await task.destroy()
  }
}

/** Each sheet's rows as arrays of cell values (numbers stay numbers). */
export async function xlsxRows(bytes: Uint8Array): Promise<Map<string, unknown[][]>> {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer)
  const sheets = new Map<string, unknown[][]>()
  workbook.eachSheet((sheet) => {
    const rows: unknown[][] = []
    sheet.eachRow((row) => {
      rows.push((row.values as unknown[]).slice(1))
    })
    sheets.set(sheet.name, rows)
  })
  return sheets
}
