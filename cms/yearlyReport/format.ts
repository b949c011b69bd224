import { formatDate } from '../vocabulary'
import { STANDING_LABELS } from './deadline'
import type { ReportActivity, ReportInput, TargetStanding } from './input'
import { ACTIVITY_KIND_LABELS } from './sections'

const numberFormat = new Intl.NumberFormat('vi-VN')

/** "1.250", as Vietnamese documents write numbers. */
export const formatNumber = (value: number): string => numberFormat.format(value)

export const TARGET_STANDING_LABELS: Record<TargetStanding, string> = {
  met: 'Đạt',
  'not-yet': 'Chưa đạt',
  'no-data': 'Chưa có dữ liệu',
}

export { STANDING_LABELS }

export const PLAN_NAME =
  'Kế hoạch triển khai thực hiện Đề án “Tuyên truyền, phổ biến, nâng cao chất lượng về cung cấp và sử dụng hiệu quả dịch vụ công trực tuyến đến năm 2025, định hướng đến năm 2030”'

/** The title's second line: «Kết quả thực hiện Kế hoạch tuyên truyền … năm 2026». */
export const reportSubtitle = (year: number): string =>
  `Kết quả thực hiện Kế hoạch tuyên truyền, phổ biến, nâng cao chất lượng về cung cấp và sử dụng hiệu quả dịch vụ công trực tuyến năm ${year}`

/** «Số: 125/BC-UBND», or a blank for the number the unit writes after downloading. */
export function numberLine(input: Pick<ReportInput, 'documentNumber' | 'abbreviation'>): string {
  const written = input.documentNumber?.trim()
  if (written) return `Số: ${written}`
  return `Số:        /BC-${input.abbreviation}`
}

/** «Lai Châu, ngày 10 tháng 12 năm 2026», or blanks to fill in by hand. */
export function placeDateLine(input: Pick<ReportInput, 'place' | 'signedOn' | 'year'>): string {
  if (input.signedOn) {
    const [day, month, year] = formatDate(input.signedOn).split('/')
    return `${input.place}, ngày ${day} tháng ${month} năm ${year}`
  }
  return `${input.place}, ngày      tháng      năm ${input.year}`
}

/** One activity's reach in words: «120 người; 2 lần». */
export function reachText(reach: ReportActivity['reach']): string {
  const parts: string[] = []
  if (reach.people) parts.push(`${formatNumber(reach.people)} người`)
  if (reach.copies) parts.push(`${formatNumber(reach.copies)} bản`)
  if (reach.minutes) parts.push(`${formatNumber(reach.minutes)} phút`)
  if (reach.times) parts.push(`${formatNumber(reach.times)} lần`)
  return parts.join('; ')
}

export function kindText(activity: Pick<ReportActivity, 'kind' | 'platform'>): string {
  const kind = ACTIVITY_KIND_LABELS[activity.kind] ?? activity.kind
  return activity.platform ? `${kind} (${platformName(activity.platform)})` : kind
}

const PLATFORMS: Record<string, string> = { zalo: 'Zalo', facebook: 'Facebook', tiktok: 'TikTok', other: 'khác' }
const platformName = (platform: string): string => PLATFORMS[platform] ?? platform

export function dateSpan(activity: Pick<ReportActivity, 'startDate' | 'endDate'>): string {
  const start = formatDate(activity.startDate)
  const end = activity.endDate ? formatDate(activity.endDate) : ''
  return end && end !== start ? `${start} – ${end}` : start
}

/** "30 %" or "42,9 %" of covered/total, as the coverage view prints it. */
export function percent(part: number, whole: number): string {
  if (whole === 0) return '–'
  const share = (part / whole) * 100
  return `${new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 }).format(share)} %`
}
