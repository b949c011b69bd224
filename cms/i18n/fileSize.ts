const number = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 })

/** A file size as a person reads it in Vietnamese: "850 B", "12,5 KB", "3,2 MB". */
export function formatFileSize(bytes: unknown): string {
  if (typeof bytes !== 'number' || !Number.isFinite(bytes)) return ''
  const units = ['B', 'KB', 'MB', 'GB']
  let value = bytes
  let unit = 0
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit++
  }
  return `${number.format(value)} ${units[unit]}`
}
