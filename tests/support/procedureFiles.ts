/**
 * Catalogue files for the importer's tests, generated in code: small
 * workbooks, Windows-1258 CSV, a password-protected XLSX container and XLSX
 * bombs. The realistic province file is scripts/seed/catalogueFile.ts.
 */
import { createRequire } from 'node:module'
import path from 'node:path'

import ExcelJS from 'exceljs'
import { zipSync } from 'fflate'

import { cmsDir } from '@dvctt/cms/lib/paths'

// The importer's own libraries, as the CMS resolves them (they are its dependencies, not the root's).
const requireFromCms = createRequire(path.join(cmsDir, 'package.json'))
const iconv = requireFromCms('iconv-lite') as {
  encode(text: string, encoding: string): Buffer
  decode(bytes: Buffer, encoding: string): string
}
const CFB = requireFromCms('cfb') as {
  utils: { cfb_new(): unknown; cfb_add(container: unknown, name: string, content: Buffer): void }
  write(container: unknown, options: { type: 'buffer' }): Buffer
}

export type Cell = string | number | null

export interface SheetSpec {
  name: string
  rows: Cell[][]
  /** Ranges such as 'A1:F1'. */
  merges?: string[]
  /** Number formats by cell address, e.g. { B5: '0.000000' }. */
  numFmts?: Record<string, string>
  /** 1-based rows written in bold. */
  boldRows?: number[]
}

export async function workbook(...sheets: SheetSpec[]): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook()
  for (const spec of sheets) {
    const sheet = book.addWorksheet(spec.name)
    spec.rows.forEach((row) => sheet.addRow(row))
    for (const range of spec.merges ?? []) sheet.mergeCells(range)
    for (const [address, numFmt] of Object.entries(spec.numFmts ?? {})) sheet.getCell(address).numFmt = numFmt
    for (const row of spec.boldRows ?? []) sheet.getRow(row).font = { bold: true }
  }
  return new Uint8Array(await book.xlsx.writeBuffer())
}

/** A one-sheet catalogue: a title row, then the header and rows given. */
export function simpleCatalogue(header: string[], rows: Cell[][], name = 'Danh mục'): Promise<Uint8Array> {
  return workbook({ name, rows: [['DANH MỤC THỦ TỤC HÀNH CHÍNH'], header, ...rows] })
}

/**
 * Text as Windows-1258 writes it: the vowels with a circumflex, breve or horn
 * are single bytes, tones are combining marks after them (ế = ê + U+0301).
 */
export function encodeWindows1258(text: string): Buffer {
  const prepared = text
    .normalize('NFD')
    // Recompose letter + shape mark (â ê ô ă ơ ư), moving a dot below that sorted before the breve after it.
    .replace(
      /([A-Za-z])(\u0323?)([\u0302\u0306\u031B])/g,
      (_all, base: string, dot: string, shape: string) => `${(base + shape).normalize('NFC')}${dot}`,
    )
  const bytes = iconv.encode(prepared, 'windows1258')
  if (iconv.decode(bytes, 'windows1258').normalize('NFC') !== text.normalize('NFC')) {
    throw new Error('encodeWindows1258: the text does not survive the round trip')
  }
  return bytes
}

/** What Excel saves for a workbook with a password: an OLE container holding the encrypted zip. */
export function encryptedXlsx(): Uint8Array {
  const container = CFB.utils.cfb_new()
  CFB.utils.cfb_add(container, '/EncryptionInfo', Buffer.from([4, 0, 4, 0, 0x40, 0, 0, 0]))
  CFB.utils.cfb_add(container, '/EncryptedPackage', Buffer.alloc(4096, 0x5a))
  return new Uint8Array(CFB.write(container, { type: 'buffer' }))
}

/** A real zip whose one part unpacks 1,000 times larger: 10 MB of zeros in about 10 KB. */
export function ratioBomb(): Uint8Array {
  return zipSync(
    {
      '[Content_Types].xml': new TextEncoder().encode('<Types/>'),
      'xl/worksheets/sheet1.xml': new Uint8Array(10 * 1024 * 1024),
    },
    { level: 9 },
  )
}

/** A zip of more parts than any workbook has. */
export function manyEntriesZip(count = 5000): Uint8Array {
  const files: Record<string, Uint8Array> = {}
  for (let i = 0; i < count; i++) files[`xl/media/image${i}.bin`] = new Uint8Array([i % 256])
  return zipSync(files, { level: 0 })
}

/** A zip whose directory declares parts of 60 MB each (three of them: 180 MB unpacked), as a forged bomb would. */
export function declaredSizeBomb(): Uint8Array {
  const parts = ['xl/a.xml', 'xl/b.xml', 'xl/c.xml']
  const zip = zipSync(Object.fromEntries(parts.map((name) => [name, new TextEncoder().encode('<x/>'.repeat(2000))])), {
    level: 9,
  })
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength)
  for (let i = 0; i + 46 <= zip.length; i++) {
    if (view.getUint32(i, true) === 0x02014b50) {
      // Declared uncompressed size: 60 MB (and the compressed size stays small).
      view.setUint32(i + 24, 60 * 1024 * 1024, true)
      // The compression ratio then also exceeds 100:1; make the compressed size large enough that only the total trips.
      view.setUint32(i + 20, 1024 * 1024, true)
    }
  }
  return zip
}

/** A real 110 MB part whose zip directory claims 1 KB: only unpacking it shows the truth. */
export function lyingBomb(): Uint8Array {
  const zip = zipSync(
    {
      '[Content_Types].xml': new TextEncoder().encode('<Types/>'),
      'xl/worksheets/sheet1.xml': new Uint8Array(110 * 1024 * 1024),
    },
    { level: 1 },
  )
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength)
  for (let i = 0; i + 30 <= zip.length; i++) {
    const signature = view.getUint32(i, true)
    if (signature === 0x02014b50) view.setUint32(i + 24, 1024, true)
    else if (signature === 0x04034b50) view.setUint32(i + 22, 1024, true)
  }
  return zip
}

/** How a decision writes its field sections: the section row's cells, the columns merged (1-based), bold or not. */
export interface SectionStyle {
  row: (field: string, index: number) => Cell[]
  merge?: [from: number, to: number]
  bold?: boolean
}

export interface CatalogueRow {
  code: string
  name: string
  field: string
  onlineLevel: 'full' | 'partial'
  implementingLevel: 'province' | 'commune'
}

export const SECTIONED_HEADER = ['STT', 'Mã TTHC', 'Tên thủ tục hành chính', 'Mức độ DVCTT', 'Cấp thực hiện']
const ONLINE_WORDS = { full: 'Toàn trình', partial: 'Một phần' } as const
const LEVEL_WORDS = { province: 'Cấp tỉnh', commune: 'Cấp xã' } as const

/**
 * A decision without a field column: the procedures grouped under one section row per field, in the
 * given style. `codeless` rows go right after the first section's procedures.
 */
export function sectionedCatalogue(
  style: SectionStyle,
  procedures: readonly CatalogueRow[],
  codeless: Cell[][] = [],
): Promise<Uint8Array> {
  const rows: Cell[][] = [['DANH MỤC THỦ TỤC HÀNH CHÍNH'], SECTIONED_HEADER]
  const merges: string[] = ['A1:E1']
  const boldRows: number[] = [2]
  const fields = [...new Set(procedures.map((procedure) => procedure.field))]
  let number = 0
  fields.forEach((field, index) => {
    rows.push(style.row(field, index))
    const at = rows.length
    if (style.merge) merges.push(`${columnLetter(style.merge[0])}${at}:${columnLetter(style.merge[1])}${at}`)
    if (style.bold) boldRows.push(at)
    for (const procedure of procedures.filter((p) => p.field === field)) {
      number++
      const { code, name, onlineLevel, implementingLevel } = procedure
      rows.push([number, code, name, ONLINE_WORDS[onlineLevel], LEVEL_WORDS[implementingLevel]])
    }
    if (index === 0) rows.push(...codeless)
  })
  return workbook({ name: 'Danh mục', rows, merges, boldRows })
}

const columnLetter = (column: number): string => String.fromCharCode(64 + column)
