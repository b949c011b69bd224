import { ACTIVITY_KINDS, type ActivityKind, type ReachField, SOCIAL_PLATFORMS, foldVietnamese } from '../../vocabulary'

/** The template's columns, in order: the header a person reads, and what the importer takes from it. */
export const COLUMNS = [
  { key: 'kind', header: 'Loại hoạt động', width: 44, note: 'Chọn trong danh sách ở trang «Danh mục».' },
  { key: 'startDate', header: 'Ngày (dd/mm/yyyy)', width: 18, note: 'Ngày diễn ra, hoặc ngày bắt đầu.' },
  { key: 'endDate', header: 'Ngày kết thúc (nếu có)', width: 18, note: '' },
  { key: 'unit', header: 'Đơn vị thực hiện', width: 28, note: 'Tên đơn vị như trong thư viện, ví dụ «Xã Sìn Hồ».' },
  { key: 'place', header: 'Địa điểm', width: 28, note: '' },
  { key: 'people', header: 'Số người nghe, tham dự', width: 14, note: 'Số nguyên.' },
  { key: 'copies', header: 'Số bản in đã phát', width: 14, note: 'Số nguyên.' },
  { key: 'minutes', header: 'Thời lượng (phút)', width: 14, note: 'Số nguyên.' },
  { key: 'times', header: 'Số lần, số bài', width: 14, note: 'Số nguyên.' },
  { key: 'platform', header: 'Mạng xã hội', width: 14, note: 'Zalo OA, Facebook, TikTok, Khác.' },
  {
    key: 'materials',
    header: 'Tài liệu đã dùng (đường dẫn)',
    width: 36,
    note: 'Đường dẫn của tài liệu trong thư viện, cách nhau bằng dấu phẩy.',
  },
  { key: 'note', header: 'Ghi chú', width: 36, note: '' },
] as const

export type ColumnKey = (typeof COLUMNS)[number]['key']

export const REACH_COLUMNS: readonly ReachField[] = ['people', 'copies', 'minutes', 'times']

const fold = (text: string): string =>
  foldVietnamese(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()

/** A kind as a person types it: its Vietnamese label (with or without diacritics) or its code. */
export function kindFromText(text: string): ActivityKind | null {
  const wanted = fold(text)
  if (!wanted) return null
  return ACTIVITY_KINDS.find(({ value, label }) => value === wanted || fold(label.vi) === wanted)?.value ?? null
}

export function platformFromText(text: string): string | null {
  const wanted = fold(text)
  return SOCIAL_PLATFORMS.find(({ value, label }) => value === wanted || fold(label.vi) === wanted)?.value ?? null
}

/** Which column holds each key, from the header row (matched loosely, so «ngay (dd/mm/yyyy)» is found too). */
export function columnIndexes(header: string[]): Partial<Record<ColumnKey, number>> {
  const found: Partial<Record<ColumnKey, number>> = {}
  header.forEach((cell, index) => {
    const column = COLUMNS.find(({ header }) => fold(header) === fold(cell))
    if (column && found[column.key] === undefined) found[column.key] = index
  })
  return found
}

export const foldForMatch = fold
