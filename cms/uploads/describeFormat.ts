/** The short format label a citizen sees next to a download ("PDF", "MP4"). */
const FORMAT_LABELS: Record<string, string> = {
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
  'image/webp': 'WebP',
  'image/avif': 'AVIF',
  'image/svg+xml': 'SVG',
  'application/pdf': 'PDF',
  'video/mp4': 'MP4',
  'video/webm': 'WebM',
  'audio/mpeg': 'MP3',
  'audio/mp4': 'M4A',
  'audio/x-m4a': 'M4A',
  'audio/wav': 'WAV',
  'audio/x-wav': 'WAV',
  'audio/wave': 'WAV',
  'text/vtt': 'WebVTT',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'PPTX',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'XLSX',
}

export function describeFormat(mimeType: string | null | undefined, filename?: string | null): string | null {
  if (mimeType && FORMAT_LABELS[mimeType]) return FORMAT_LABELS[mimeType]
  const extension = filename?.match(/\.([a-z0-9]{1,8})$/i)?.[1]
  return extension ? extension.toUpperCase() : null
}

/** Types a browser only displays (never runs): served inline; everything else is a download. */
export function isPassiveMimeType(mimeType: string): boolean {
  const type = mimeType.split(';')[0]?.trim().toLowerCase() ?? ''
  if (type === 'image/svg+xml') return false
  return (
    type.startsWith('image/') ||
    type.startsWith('audio/') ||
    type.startsWith('video/') ||
    type === 'application/pdf' ||
    type === 'text/vtt'
  )
}

export function isAudioOrVideo(mimeType: string | null | undefined): boolean {
  return Boolean(mimeType && (mimeType.startsWith('audio/') || mimeType.startsWith('video/')))
}
