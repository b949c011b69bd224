import { UploadRefusal } from '../refusal'

const truncated = (what: string): UploadRefusal =>
  new UploadRefusal(
    `tệp ${what} bị cắt cụt hoặc hỏng (cấu trúc tệp không khớp với độ dài)`,
    'Hãy xuất lại tệp từ phần mềm dựng hoặc sao chép lại đầy đủ rồi tải lên.',
  )

/**
 * MP4/M4A (ISO base media): the top-level boxes must tile the file exactly,
 * starting with ftyp and including moov and mdat. A truncated upload leaves
 * the last box claiming more bytes than remain.
 */
export function checkIsoMedia(data: Buffer, what: string): void {
  const seen = new Set<string>()
  let offset = 0
  while (offset < data.length) {
    if (offset + 8 > data.length) throw truncated(what)
    let size = data.readUInt32BE(offset)
    const type = data.toString('latin1', offset + 4, offset + 8)
    if (size === 1) {
      if (offset + 16 > data.length) throw truncated(what)
      const large = data.readBigUInt64BE(offset + 8)
      if (large > BigInt(Number.MAX_SAFE_INTEGER)) throw truncated(what)
      size = Number(large)
    } else if (size === 0) {
      size = data.length - offset
    }
    if (size < 8 || offset + size > data.length) throw truncated(what)
    if (seen.size === 0 && type !== 'ftyp') throw truncated(what)
    seen.add(type)
    offset += size
  }
  if (!seen.has('moov') || !seen.has('mdat')) throw truncated(what)
}

/** An EBML variable-length integer at `offset`: its length in bytes and value (undefined for "unknown size"). */
function readVint(data: Buffer, offset: number): { length: number; value: number | undefined } | undefined {
  const first = data[offset]
  if (first === undefined || first === 0) return undefined
  const length = Math.clz32(first) - 23
  if (offset + length > data.length) return undefined
  let value = first & (0xff >> length)
  let allOnes = value === 0xff >> length
  for (let index = 1; index < length; index++) {
    const byte = data[offset + index] ?? 0
    value = value * 256 + byte
    allOnes &&= byte === 0xff
  }
  return { length, value: allOnes ? undefined : value }
}

/**
 * WebM: an EBML header, then a Segment whose declared size must fit in the
 * file. A live recording may declare "unknown size"; that is accepted.
 */
export function checkWebm(data: Buffer): void {
  if (data.readUInt32BE(0) !== 0x1a45dfa3) throw truncated('WebM')
  const headerSize = readVint(data, 4)
  if (!headerSize?.value) throw truncated('WebM')
  const segmentAt = 4 + headerSize.length + headerSize.value
  if (segmentAt + 4 > data.length || data.readUInt32BE(segmentAt) !== 0x18538067) throw truncated('WebM')
  const segmentSize = readVint(data, segmentAt + 4)
  if (!segmentSize) throw truncated('WebM')
  const bodyAt = segmentAt + 4 + segmentSize.length
  if (segmentSize.value !== undefined && bodyAt + segmentSize.value > data.length) throw truncated('WebM')
  if (bodyAt >= data.length) throw truncated('WebM')
}

/** WAV: the RIFF size must match the file, and a data chunk must be present. */
export function checkWav(data: Buffer): void {
  if (data.length < 12 || data.readUInt32LE(4) + 8 > data.length) throw truncated('WAV')
  if (!data.subarray(12).includes(Buffer.from('data', 'latin1'))) throw truncated('WAV')
}

/** WebVTT: UTF-8 text, no binary and no markup a browser would run. */
export function checkVtt(data: Buffer): void {
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(data)
  } catch {
    throw new UploadRefusal('tệp phụ đề không phải văn bản UTF-8', 'Hãy lưu lại phụ đề với mã hoá UTF-8 rồi tải lên.')
  }
  if (text.includes('\u0000'))
    throw new UploadRefusal('tệp phụ đề chứa dữ liệu nhị phân', 'Hãy xuất lại phụ đề WebVTT rồi tải lên.')
  if (/<\s*(?:script|iframe|object|embed|html)[\s>/]/i.test(text)) {
    throw new UploadRefusal('tệp phụ đề chứa mã HTML', 'Hãy xoá phần mã HTML khỏi phụ đề rồi tải lên.')
  }
}
