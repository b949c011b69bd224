/**
 * Turns an uploaded catalogue file (XLSX or CSV) into plain text grids, one per
 * sheet, with merged cells repeated into every cell they cover. Anything that
 * is not a readable spreadsheet is refused here, before anything is parsed.
 */
import CFB from 'cfb'
import ExcelJS from 'exceljs'
import { Inflate } from 'fflate'
import iconv from 'iconv-lite'

import { readZipDirectory } from '../../uploads/checks/zipDirectory'

import { MAX_COMPRESSION_RATIO, MAX_IMPORT_BYTES, MAX_UNPACKED_BYTES, MAX_ZIP_ENTRIES } from './limits'
import type { CellLook } from './section'

export interface Grid {
  sheet: string
  /** rows[i] is spreadsheet row i + 1; cells are trimmed text, '' when blank. */
  rows: string[][]
  /** XLSX only: looks[i][c] says whether that cell is merged across columns or bold (section rows often are). */
  looks?: CellLook[][]
  /** Set when a CSV was not UTF-8 and was read as Windows-1258. */
  encoding?: 'windows-1258'
}

/** A file the importer refuses as a whole; nothing is written. */
export class ImportFileError extends Error {
  override name = 'ImportFileError'
}

const ZIP = [0x50, 0x4b, 0x03, 0x04]
const OLE = [0xd0, 0xcf, 0x11, 0xe0]

export { MAX_COMPRESSION_RATIO, MAX_IMPORT_BYTES, MAX_UNPACKED_BYTES, MAX_ZIP_ENTRIES } from './limits'
/** Below this an entry's ratio does not matter: tiny XML parts compress far better than 100:1. */
const RATIO_CHECKED_FROM = 1024 * 1024

const startsWith = (bytes: Uint8Array, magic: number[]): boolean => magic.every((byte, i) => bytes[i] === byte)

const megabytes = (bytes: number): string =>
  `${(bytes / 1024 / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} MB`

const SAVE_AS_XLSX = 'Hãy mở tệp bằng Excel, «Lưu thành» .xlsx (hoặc «CSV UTF-8») rồi nạp lại.'

/** `subject` names what the file should hold, in the refusals («danh mục thủ tục», «sổ hoạt động tuyên truyền»). */
export async function readGrids(bytes: Uint8Array, fileName: string, subject = 'danh mục thủ tục'): Promise<Grid[]> {
  if (bytes.length === 0)
    throw new ImportFileError(`Tệp «${fileName}» trống (0 byte). Chưa có gì được ghi. Hãy chọn đúng tệp ${subject}.`)
  if (bytes.length > MAX_IMPORT_BYTES) {
    throw new ImportFileError(
      `Tệp «${fileName}» nặng ${megabytes(bytes.length)}, vượt giới hạn ${megabytes(MAX_IMPORT_BYTES)} của ${subject}. Chưa có gì được ghi. ` +
        `Hãy kiểm tra lại đúng tệp ${subject} (thường chỉ vài trăm KB), hoặc xóa các trang, hình ảnh thừa rồi nạp lại.`,
    )
  }
  if (startsWith(bytes, ZIP)) {
    checkZipDirectory(bytes, fileName, subject)
    return readXlsx(bytes, fileName)
  }
  if (startsWith(bytes, OLE)) refuseOle(bytes, fileName)
  if (bytes.includes(0)) {
    throw new ImportFileError(
      `Tệp «${fileName}» không phải bảng tính (.xlsx) hay tệp CSV. Chưa có gì được ghi. Hãy xuất danh mục ra .xlsx hoặc CSV rồi nạp lại.`,
    )
  }
  const { text, encoding } = decodeText(bytes, fileName)
  const grid: Grid = { sheet: fileName, rows: parseCsv(text) }
  if (encoding === 'windows-1258') grid.encoding = encoding
  return [grid]
}

/** An OLE container is either an old .xls or an XLSX saved with a password (Excel wraps the encrypted zip in one). */
function refuseOle(bytes: Uint8Array, fileName: string): never {
  let encrypted = false
  try {
    const container = CFB.read(Buffer.from(bytes), { type: 'buffer' })
    encrypted = container.FullPaths.some((entry) => /\/(EncryptedPackage|EncryptionInfo)$/i.test(entry))
  } catch {
    // Not even a readable container: refused below like any old or broken .xls.
  }
  if (encrypted) {
    throw new ImportFileError(
      `Tệp «${fileName}» được đặt mật khẩu nên không đọc được. Chưa có gì được ghi. ` +
        'Hãy mở tệp bằng Excel, gỡ mật khẩu (Tệp → Thông tin → Bảo vệ sổ làm việc → Mã hóa bằng mật khẩu, xóa mật khẩu), lưu lại rồi nạp lại.',
    )
  }
  throw new ImportFileError(
    `Tệp «${fileName}» là định dạng Excel cũ (.xls), chưa đọc được. Chưa có gì được ghi. ${SAVE_AS_XLSX}`,
  )
}

/**
 * Reads the zip's central directory (sizes as declared, nothing unpacked) and
 * refuses a file that would unpack to far more than any catalogue: a "zip
 * bomb" would otherwise fill the server's memory inside exceljs.
 */
export function checkZipDirectory(bytes: Uint8Array, fileName: string, subject = 'danh mục thủ tục'): void {
  const broken = () =>
    new ImportFileError(
      `Không mở được «${fileName}» như một bảng tính Excel (.xlsx): tệp hỏng hoặc không phải bảng tính. Chưa có gì được ghi. ${SAVE_AS_XLSX}`,
    )
  const bomb = (what: string) =>
    new ImportFileError(
      `Tệp «${fileName}» ${what}: không giống một ${subject} và có thể làm treo máy chủ, nên bị từ chối. Chưa có gì được ghi. ` +
        `Hãy mở tệp bằng Excel, chép riêng bảng ${subject} sang một sổ làm việc mới, lưu .xlsx rồi nạp lại.`,
    )
  const directory = readZipDirectory(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength))
  if (directory === 'zip64') throw bomb('dùng định dạng nén ZIP64 dành cho tệp khổng lồ')
  if (!directory) throw broken()
  if (directory.length > MAX_ZIP_ENTRIES)
    throw bomb(`chứa ${directory.length.toLocaleString('vi-VN')} tệp con (một bảng tính thường dưới 100)`)
  let total = 0
  for (const { compressedSize: compressed, uncompressedSize: size } of directory) {
    if (size === 0xffffffff || compressed === 0xffffffff) throw bomb('dùng định dạng nén ZIP64 dành cho tệp khổng lồ')
    total += size
    if (total > MAX_UNPACKED_BYTES) throw bomb(`giải nén ra hơn ${megabytes(MAX_UNPACKED_BYTES)}`)
    if (size >= RATIO_CHECKED_FROM && size > compressed * MAX_COMPRESSION_RATIO) {
      throw bomb(
        `có phần được nén hơn ${MAX_COMPRESSION_RATIO} lần (${megabytes(compressed)} giải nén ra ${megabytes(size)})`,
      )
    }
  }
  // The directory may lie about sizes: unpack each part as a stream, dropping
  // what comes out, and stop as soon as the real total passes the limit.
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  let unpacked = 0
  for (const part of directory) {
    const at = part.localHeaderOffset
    if (at + 30 > bytes.length || view.getUint32(at, true) !== 0x04034b50) throw broken()
    const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true)
    const data = bytes.subarray(start, Math.min(bytes.length, start + part.compressedSize))
    if (part.method === 0) unpacked += data.length
    else if (part.method === 8) {
      const inflater = new Inflate((chunk) => {
        unpacked += chunk.length
      })
      try {
        for (let i = 0; i < data.length && unpacked <= MAX_UNPACKED_BYTES; i += INFLATE_SLICE) {
          inflater.push(data.subarray(i, i + INFLATE_SLICE), i + INFLATE_SLICE >= data.length)
        }
      } catch {
        throw broken()
      }
    }
    // Other methods: exceljs cannot read them either, and says so below.
    if (unpacked > MAX_UNPACKED_BYTES) throw bomb(`giải nén ra hơn ${megabytes(MAX_UNPACKED_BYTES)}`)
  }
}

/** Compressed bytes fed to the inflater at a time: at most about 4 MB come out of each. */
const INFLATE_SLICE = 4096

/**
 * UTF-8 (with or without BOM) first. Bytes that are not valid UTF-8 are read
 * as Windows-1258, the Vietnamese code page of older Excel "CSV" exports; it
 * writes tones as combining marks, hence NFC. Text that still does not look
 * like text (control characters, unmapped bytes) is refused.
 */
export function decodeText(bytes: Uint8Array, fileName: string): { text: string; encoding: 'utf-8' | 'windows-1258' } {
  try {
    return {
      text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes).normalize('NFC'),
      encoding: 'utf-8',
    }
  } catch {
    // Not UTF-8: try the Vietnamese Windows code page below.
  }
  const text = iconv.decode(Buffer.from(bytes), 'windows1258').normalize('NFC')
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffd]/.test(text)) throw notDecodable(fileName)
  return { text, encoding: 'windows-1258' }
}

export const notDecodable = (fileName: string): ImportFileError =>
  new ImportFileError(
    `Tệp CSV «${fileName}» không được mã hóa UTF-8 và cũng không đọc được như Windows-1258 (có thể là TCVN3/ABC hoặc VNI), nên không đọc đúng được dấu tiếng Việt. ` +
      'Chưa có gì được ghi. Hãy mở tệp bằng Excel và «Lưu thành» kiểu «CSV UTF-8 (phân tách bằng dấu phẩy)», hoặc nạp tệp .xlsx.',
  )

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
    throw new ImportFileError(
      `Không mở được «${fileName}» như một bảng tính Excel (.xlsx): tệp hỏng hoặc không phải bảng tính. Chưa có gì được ghi. ${SAVE_AS_XLSX}`,
    )
  }
  const grids: Grid[] = []
  workbook.eachSheet((worksheet) => {
    const rows: string[][] = []
    const looks: CellLook[][] = []
    for (let r = 1; r <= worksheet.rowCount; r++) {
      const cells: string[] = []
      const masters: string[] = []
      for (let c = 1; c <= worksheet.columnCount; c++) {
        const cell = worksheet.getCell(r, c)
        // A merged range keeps its value in the top-left cell; repeat it so headers and section rows read alike.
        const master = cell.isMerged ? cell.master : cell
        cells.push(cellText(master))
        masters.push(master.address)
      }
      rows.push(cells)
      looks.push(
        masters.map((address, c) => ({
          mergedAcross: masters[c - 1] === address || masters[c + 1] === address,
          bold: isBold(worksheet.getCell(address)),
        })),
      )
    }
    grids.push({ sheet: worksheet.name, rows, looks })
  })
  return grids
}

/** Bold as a person sees it: the cell's font, or every run of its rich text. */
function isBold(cell: ExcelJS.Cell): boolean {
  const value = cell.value
  if (value && typeof value === 'object' && 'richText' in value && value.richText.length > 0)
    return value.richText.every((part) => part.font?.bold ?? cell.font?.bold ?? false)
  return cell.font?.bold ?? false
}

/** The text a person sees, so that a code typed as the number 1.0012 stays "1.0012". */
export function cellText(cell: ExcelJS.Cell): string {
  const value = cell.value
  if (value === null || value === undefined) return ''
  if (typeof value === 'number') return numberText(value, cell.numFmt)
  if (typeof value === 'string') return value.trim()
  if (value instanceof Date) return value.toISOString().slice(0, 10)
  if (typeof value === 'object') {
    if ('richText' in value)
      return value.richText
        .map((part) => part.text)
        .join('')
        .trim()
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
