/** Vietnamese formatting for what citizens read: dates, sizes, durations, file kinds, sorting. */

/** dd/mm/yyyy in Vietnam's time zone: the CMS's messages and the site show dates alike. */
export { formatDate } from '@dvctt/cms/vocabulary'

/** Machine-readable date for <time datetime>. */
export function isoDate(value: string | Date): string {
  return (value instanceof Date ? value : new Date(value)).toISOString()
}

const SIZE_UNITS = [
  { unit: 'gigabyte', bytes: 1e9 },
  { unit: 'megabyte', bytes: 1e6 },
  { unit: 'kilobyte', bytes: 1e3 },
] as const

/** "2,4 MB", "350 kB", "900 byte". Decimal units, as Intl names them. */
export function formatFileSize(bytes: number | null | undefined): string {
  if (bytes == null || !Number.isFinite(bytes) || bytes < 0) return ''
  for (const { unit, bytes: size } of SIZE_UNITS) {
    if (bytes >= size) {
      const value = bytes / size
      return new Intl.NumberFormat('vi-VN', { style: 'unit', unit, maximumFractionDigits: value < 10 ? 1 : 0 }).format(
        value,
      )
    }
  }
  return new Intl.NumberFormat('vi-VN', { style: 'unit', unit: 'byte', unitDisplay: 'long' }).format(bytes)
}

/** "3 phút 05 giây", "45 giây", "1 giờ 02 phút". */
export function formatDuration(seconds: number | null | undefined): string {
  if (seconds == null || !Number.isFinite(seconds) || seconds <= 0) return ''
  const total = Math.round(seconds)
  const h = Math.floor(total / 3600)
  const m = Math.floor((total % 3600) / 60)
  const s = total % 60
  // After a larger unit, minutes and seconds take two digits, as on a clock.
  const pad = (value: number, after: number): string => (after ? String(value).padStart(2, '0') : String(value))
  return [h && `${h} giờ`, m && `${pad(m, h)} phút`, s && `${pad(s, h || m)} giây`].filter(Boolean).join(' ')
}

export const formatCount = (n: number): string => new Intl.NumberFormat('vi-VN').format(n)

const FORMAT_BY_MIME: Record<string, string> = {
  'application/pdf': 'PDF',
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
  'image/webp': 'WebP',
  'image/avif': 'AVIF',
  'video/mp4': 'MP4',
  'video/webm': 'WebM',
  'audio/mpeg': 'MP3',
  'audio/mp4': 'M4A',
  'audio/wav': 'WAV',
  'audio/x-wav': 'WAV',
  'text/vtt': 'WebVTT (phụ đề)',
}

/** A file kind a citizen recognises: "PDF", "MP4"; falls back to the file extension. */
export function formatLabel(mimeType: string | null | undefined, filename: string | null | undefined): string {
  if (mimeType && FORMAT_BY_MIME[mimeType]) return FORMAT_BY_MIME[mimeType]
  const ext = filename?.match(/\.([a-z0-9]+)$/i)?.[1]
  return ext ? ext.toUpperCase() : 'Tệp'
}

/** Vietnamese alphabetical order (a ă â b c d đ e ê …). */
export const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true })
export const byName = <T extends { name: string }>(a: T, b: T): number => collator.compare(a.name, b.name)

/** Plural-free count phrase: "12 tài liệu". */
export const countLabel = (n: number, noun = 'tài liệu'): string => `${formatCount(n)} ${noun}`
