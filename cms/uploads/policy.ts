/**
 * What editors may upload, decided by content (see sniff.ts), and how large
 * each kind of file may be. One module so limits are changed in one place.
 */

export type FileKind = 'image' | 'pdf' | 'video' | 'audio' | 'captions' | 'office'

/** Types accepted after sniffing. SVG is accepted as input only: it is stored as PNG (checks/svg.ts). */
export type AcceptedType =
  | 'jpeg'
  | 'png'
  | 'webp'
  | 'avif'
  | 'pdf'
  | 'mp4'
  | 'webm'
  | 'mp3'
  | 'm4a'
  | 'wav'
  | 'vtt'
  | 'docx'
  | 'pptx'
  | 'xlsx'

export interface TypeInfo {
  mime: string
  ext: string
  kind: FileKind
  /** How an editor knows the format, in messages. */
  label: string
}

/**
 * WAV is kept beside MP3/M4A: the demo seed generates WAV jingles and district
 * radio stations still exchange uncompressed spots.
 */
export const ACCEPTED_TYPES: Record<AcceptedType, TypeInfo> = {
  jpeg: { mime: 'image/jpeg', ext: 'jpg', kind: 'image', label: 'ảnh JPEG' },
  png: { mime: 'image/png', ext: 'png', kind: 'image', label: 'ảnh PNG' },
  webp: { mime: 'image/webp', ext: 'webp', kind: 'image', label: 'ảnh WebP' },
  avif: { mime: 'image/avif', ext: 'avif', kind: 'image', label: 'ảnh AVIF' },
  pdf: { mime: 'application/pdf', ext: 'pdf', kind: 'pdf', label: 'PDF' },
  mp4: { mime: 'video/mp4', ext: 'mp4', kind: 'video', label: 'video MP4' },
  webm: { mime: 'video/webm', ext: 'webm', kind: 'video', label: 'video WebM' },
  mp3: { mime: 'audio/mpeg', ext: 'mp3', kind: 'audio', label: 'âm thanh MP3' },
  m4a: { mime: 'audio/mp4', ext: 'm4a', kind: 'audio', label: 'âm thanh M4A' },
  wav: { mime: 'audio/wav', ext: 'wav', kind: 'audio', label: 'âm thanh WAV' },
  vtt: { mime: 'text/vtt', ext: 'vtt', kind: 'captions', label: 'phụ đề WebVTT' },
  docx: {
    mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    ext: 'docx',
    kind: 'office',
    label: 'Word (DOCX)',
  },
  pptx: {
    mime: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    ext: 'pptx',
    kind: 'office',
    label: 'PowerPoint (PPTX)',
  },
  xlsx: {
    mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    ext: 'xlsx',
    kind: 'office',
    label: 'Excel (XLSX)',
  },
}

export const ACCEPTED_TYPE_NAMES = Object.keys(ACCEPTED_TYPES) as AcceptedType[]

/** MIME types that can be stored: Payload's own `mimeTypes` check is a second gate and the admin's file picker hint. */
export const STORED_MIME_TYPES = [
  ...ACCEPTED_TYPE_NAMES.map((type) => ACCEPTED_TYPES[type].mime),
  // Payload re-detects with file-type, which names M4A this way.
  'audio/x-m4a',
  // Input only, so the admin's file picker offers SVG logos: checkUpload turns them into PNG
  // (checks/svg.ts) before Payload sees them, so no SVG is ever stored.
  'image/svg+xml',
]

export function acceptedTypeOfMime(mime: string | null | undefined): AcceptedType | undefined {
  return ACCEPTED_TYPE_NAMES.find((type) => ACCEPTED_TYPES[type].mime === mime)
}

const MB = 1024 * 1024

/** Per-kind size limits, enforced by refusing (HTTP 413), never by truncating. */
export const SIZE_LIMITS: Record<FileKind, number> = {
  image: 25 * MB,
  pdf: 100 * MB,
  video: 500 * MB,
  audio: 100 * MB,
  captions: 2 * MB,
  office: 50 * MB,
}

/** An SVG is text: anything larger is not a logo. */
export const SVG_SIZE_LIMIT = 5 * MB

/** The multipart parser's limit (cms/payload.config.ts): the largest per-kind limit. */
export const LARGEST_SIZE_LIMIT = Math.max(...Object.values(SIZE_LIMITS))

/** Decompression bombs: a 50-megapixel photo is already larger than any print we make. */
export const MAX_IMAGE_PIXELS = 50_000_000

/** ZIP (OOXML) limits: a real office file is far below each. */
export const ZIP_LIMITS = {
  entries: 5_000,
  totalUncompressedBytes: 300 * MB,
  /** A ratio above this on a sizeable entry is a bomb, not a document. */
  compressionRatio: 100,
  ratioCheckFromBytes: 1 * MB,
}

export const KIND_LABELS: Record<FileKind, string> = {
  image: 'ảnh',
  pdf: 'PDF',
  video: 'video',
  audio: 'âm thanh',
  captions: 'phụ đề',
  office: 'tệp Office',
}

/** "2,4 MB": sizes in messages, with the Vietnamese decimal comma. */
export function formatMegabytes(bytes: number): string {
  const value = bytes / MB
  return `${value.toLocaleString('vi-VN', { maximumFractionDigits: value < 10 ? 1 : 0 })} MB`
}
