/**
 * Turns an uploaded catalogue file (XLSX or CSV) into plain text grids, one per
 * sheet, with merged cells repeated into every cell they cover. Anything that
 * is not a readable spreadsheet is refused here, before anything is parsed.
 */
import ExcelJS from 'exceljs'

export interface Grid {
  sheet: string
  /** rows[i] is spreadsheet row i + 1; cells are trimmed text, '' when blank. */
  rows: string[][]
}

/** A file the importer refuses as a whole; nothing is written. */
export class ImportFileError extends Error {
  override name = 'ImportFileError'
}

const ZIP = [0x50, 0x4b, 0x03, 0x04]
const OLE = [0xd0, 0xcf, 0x11, 0xe0]

const startsWith = (bytes: Uint8Array, magic: number[]): boolean => magic.every((byte, i) => bytes[i] === byte)

export async function readGrids(bytes: Uint8Array, fileName: string): Promise<Grid[]> {
  if (bytes.length === 0) throw new ImportFileError(`Tệp «${fileName}» trống (0 byte). Hãy chọn đúng tệp danh mục thủ tục.`)
  if (startsWith(bytes, ZIP)) return readXlsx(bytes, fileName)
  if (startsWith(bytes, OLE)) {
    throw new ImportFileError(
      `Tệp «${fileName}» là định dạng Excel cũ (.xls), chưa đọc được. Hãy mở bằng Excel và «Lưu thành» .xlsx rồi nạp lại.`,
    )
  }
  if (bytes.includes(0)) {
    throw new ImportFileError(`Tệp «${fileName}» không phải bảng tính (.xlsx) hay tệp CSV. Hãy xuất danh mục ra .xlsx hoặc CSV rồi nạp lại.`)
  }
  return [{ sheet: fileName, rows: parseCsv(decodeUtf8(bytes, fileName)) }]
}

function decodeUtf8(bytes: Uint8Array, fileName: string): string {
  try {
    // fatal: a Windows-1258 file must be refused, not imported with broken diacritics.
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes)
  } catch {
    throw new ImportFileError(
      `Tệp CSV «${fileName}» không được mã hóa UTF-8 (có thể là Windows-1258 hoặc TCVN3), nên không đọc đúng được dấu tiếng Việt. ` +
        'Hãy mở tệp bằng Excel và «Lưu thành» kiểu «CSV UTF-8», hoặc nạp tệp .xlsx.',
    )
  }
}

/** RFC 4180 with the delimiter guessed from the first lines (Excel in Vietnamese locales writes ';'). */
export function parseCsv(text: string): string[][] {
  const sample = text.split(/\r?\n/, 20).join('\n')
  const count = (char: string) => sample.split(char).length - 1
  const delimiter = [';', '\t'].find((char) => count(char) > count(',')) ?? ','
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const char = text[i]
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"'
        i++
      } else if (char === '"') quoted = false
      else cell += char
    } else if (char === '"' && cell === '') quoted = true
    else if (char === delimiter) {
      row.push(cell.trim())
      cell = ''
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++
      row.push(cell.trim())
      rows.push(row)
      row = []
      cell = ''
    } else cell += char
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell.trim())
    rows.push(row)
  }
  return rows
}

async function readXlsx(bytes: Uint8Array, fileName: string): Promise<Grid[]> {
  const workbook = new ExcelJS.Workbook()
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer)
  } catch {
    throw new ImportFileError(`Không mở được «${fileName}» như một bảng tính Excel (.xlsx): tệp hỏng hoặc không phải bảng tính.`)
  }
  const grids: Grid[] = []
  workbook.eachSheet((worksheet) => {
    const rows: string[][] = []
    for (let r = 1; r <= worksheet.rowCount; r++) {
      const cells: string[] = []
      for (let c = 1; c <= worksheet.columnCount; c++) {
        const cell = worksheet.getCell(r, c)
        // A merged range keeps its value in the top-left cell; repeat it so headers and section rows read alike.
        cells.push(cellText(cell.isMerged ? cell.master : cell))
      }
      rows.push(cells)
    }
    grids.push({ sheet: worksheet.name, rows })
  })
  return grids
}

/** The text a person sees, so that a code typed as the number 1.0012 stays "1.0012". */
export function cellText(cell: ExcelJS.Cell): string {
  const value = cell.value
  if (value === null || value === undefined) return ''
  if (typeof value === 'number') return numberText(value, cell.numFmt)
  if (typeof value === 'string') return value.trim()
  if (value instanceof Date) return value.toISOString().slice(0, 10)
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('').trim()
    if ('hyperlink' in value) return String(value.hyperlink).trim()
    if ('result' in value) return value.result === undefined ? '' : String(value.result).trim()
    if ('text' in value) return String(value.text).trim()
  }
  return String(value).trim()
}

function numberText(value: number, numFmt: string | undefined): string {
  // 15 significant digits drop binary noise (1.0012000000000001) without touching real digits.
  const text = String(Number(value.toPrecision(15)))
  const decimals = /^0\.(0+)$/.exec(numFmt ?? '')?.[1]?.length
  // A cell formatted "0.000000" shows trailing zeros a plain number loses (1.00119 shown as 1.001190).
  return decimals === undefined ? text : value.toFixed(decimals)
}
