/** One entry of a ZIP's central directory, as it declares itself (nothing is inflated). */
export interface ZipEntry {
  name: string
  /** 0 stored, 8 deflate. */
  method: number
  compressedSize: number
  uncompressedSize: number
  /** Where the entry's local header starts. */
  localHeaderOffset: number
}

/**
 * Reads the ZIP central directory without inflating anything. Returns
 * undefined when there is no valid directory, and 'zip64' when the end record
 * points to a ZIP64 one (meant for huge archives; neither caller reads them).
 * Entries whose own sizes say ZIP64 carry 0xffffffff, for the caller to judge.
 */
export function readZipDirectory(data: Buffer): ZipEntry[] | 'zip64' | undefined {
  const searchFrom = Math.max(0, data.length - 22 - 0xffff)
  let eocd = -1
  for (let offset = data.length - 22; offset >= searchFrom; offset--) {
    if (data.readUInt32LE(offset) === 0x06054b50) {
      eocd = offset
      break
    }
  }
  if (eocd < 0) return undefined
  const count = data.readUInt16LE(eocd + 10)
  const directoryOffset = data.readUInt32LE(eocd + 16)
  if (count === 0xffff || directoryOffset === 0xffffffff) return 'zip64'
  const entries: ZipEntry[] = []
  let offset = directoryOffset
  for (let index = 0; index < count; index++) {
    if (offset + 46 > data.length || data.readUInt32LE(offset) !== 0x02014b50) return undefined
    const nameLength = data.readUInt16LE(offset + 28)
    const extraLength = data.readUInt16LE(offset + 30)
    const commentLength = data.readUInt16LE(offset + 32)
    entries.push({
      name: data.subarray(offset + 46, offset + 46 + nameLength).toString('utf8'),
      method: data.readUInt16LE(offset + 10),
      compressedSize: data.readUInt32LE(offset + 20),
      uncompressedSize: data.readUInt32LE(offset + 24),
      localHeaderOffset: data.readUInt32LE(offset + 42),
    })
    offset += 46 + nameLength + extraLength + commentLength
  }
  return entries
}
