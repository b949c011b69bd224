import { zipSync, type Zippable } from 'fflate'

/** One file of a pack: its path inside the ZIP (ASCII) and its bytes. */
export interface ZipEntry {
  name: string
  data: Uint8Array
  mtime: Date
}

/**
 * Everything is stored, not deflated: audio, video and PDFs are compressed
 * already, deflating them costs seconds and saves nothing, and a stored ZIP's
 * size is known from its files' sizes before any byte is read (zipSize).
 */
export function storedZip(entries: ZipEntry[]): Uint8Array {
  const files: Zippable = {}
  for (const entry of entries) files[entry.name] = [entry.data, { level: 0, mtime: entry.mtime }]
  return zipSync(files, { level: 0 })
}

const LOCAL_HEADER = 30
const CENTRAL_HEADER = 46
const END_OF_CENTRAL_DIRECTORY = 22

/** The exact size of `storedZip` for files of these names and sizes (ASCII names, no extra fields, no ZIP64). */
export function zipSize(files: { name: string; bytes: number }[]): number {
  let total = END_OF_CENTRAL_DIRECTORY
  for (const file of files) total += LOCAL_HEADER + CENTRAL_HEADER + 2 * Buffer.byteLength(file.name) + file.bytes
  return total
}
