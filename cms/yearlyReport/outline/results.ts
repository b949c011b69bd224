import { formatDate, USAGE_EVENTS } from '../../vocabulary'
import { formatNumber, percent, reachText, TARGET_STANDING_LABELS } from '../format'
import type { ReportActivity, ReportInput } from '../input'
import { REPORT_SECTIONS, type ReportSection } from '../sections'
import type { Block } from './blocks'

const sum = (activities: ReportActivity[], key: keyof ReportActivity['reach']): number =>
  activities.reduce((total, a) => total + (a.reach[key] ?? 0), 0)

/** «12 hoạt động đã được duyệt: 1.250 người tham dự/theo dõi; 3.000 bản; 240 phút». */
export function activitySentence(activities: ReportActivity[], whose: string): string {
  if (activities.length === 0) return `Chưa ghi nhận hoạt động nào đã được duyệt của ${whose}.`
  const reach = reachText({
    people: sum(activities, 'people'),
    copies: sum(activities, 'copies'),
    minutes: sum(activities, 'minutes'),
    times: sum(activities, 'times'),
  })
  return `Đã thực hiện ${formatNumber(activities.length)} hoạt động (đã được duyệt)${reach ? `, với ${reach}` : ''}.`
}

function portalSentence(input: ReportInput): string | undefined {
  if (input.kind === 'province' && input.portalUnits) {
    const { seen, total } = input.portalUnits
    return `Có ${formatNumber(seen)}/${formatNumber(total)} đơn vị (${percent(seen, total)}) đã nhúng Thư viện tài liệu tuyên truyền vào Cổng/Trang thông tin điện tử của mình.`
  }
  const portal = input.portal
  if (!portal) return 'Chưa ghi nhận Cổng/Trang thông tin điện tử của đơn vị nhúng Thư viện tài liệu tuyên truyền.'
  return `Cổng/Trang thông tin điện tử của đơn vị (${portal.hosts.join(', ')}) có nhúng Thư viện tài liệu tuyên truyền: ${formatNumber(portal.loads)} lượt tải, lần đầu ngày ${formatDate(portal.firstSeen)}, gần nhất ngày ${formatDate(portal.lastSeen)}.`
}

function sectionBlocks(input: ReportInput, section: ReportSection, index: number): Block[] {
  const blocks: Block[] = [{ type: 'subheading', text: `${index + 1}. ${section.title}` }]
  const whose = input.kind === 'province' ? 'các đơn vị' : 'đơn vị'
  if (section.kinds.length > 0) {
    const activities = input.activities.filter((a) => section.kinds.includes(a.kind))
    blocks.push({ type: 'paragraph', text: activitySentence(activities, whose) })
  }
  if (section.key === 'portal') {
    const sentence = portalSentence(input)
    if (sentence) blocks.push({ type: 'paragraph', text: sentence })
  }
  const note = input.notes[section.key]?.trim()
  if (note) for (const line of splitLines(note)) blocks.push({ type: 'paragraph', text: line })
  else if (section.kinds.length === 0)
    blocks.push({ type: 'paragraph', text: 'Đơn vị chưa ghi nội dung.', italic: true })
  return blocks
}

export const splitLines = (text: string): string[] =>
  text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)

function usageBlocks(input: ReportInput, number: number): Block[] {
  const rows = USAGE_EVENTS.map((event, i) => [
    String(i + 1),
    event.label.vi,
    formatNumber(input.usage[event.value] ?? 0),
  ])
  return [
    { type: 'subheading', text: `${number}. Sử dụng tài liệu của Thư viện tài liệu tuyên truyền` },
    {
      type: 'table',
      columns: [
        { title: 'STT', width: 0.1, align: 'center' },
        { title: 'Chỉ số', width: 0.6 },
        { title: `Năm ${input.year}`, width: 0.3, align: 'right' },
      ],
      rows,
    },
  ]
}

function coverageBlocks(input: ReportInput, number: number): Block[] {
  const { overall, rows } = input.coverage
  return [
    { type: 'subheading', text: `${number}. Thủ tục hành chính toàn trình có tài liệu hướng dẫn` },
    {
      type: 'table',
      columns: [
        { title: 'STT', width: 0.08, align: 'center' },
        { title: input.kind === 'province' ? 'Đơn vị' : 'Phạm vi', width: 0.47 },
        { title: 'Thủ tục toàn trình', width: 0.15, align: 'right' },
        { title: 'Có hướng dẫn', width: 0.15, align: 'right' },
        { title: 'Tỷ lệ', width: 0.15, align: 'right' },
      ],
      rows: rows.map((row, i) => [
        String(i + 1),
        row.name,
        formatNumber(row.total),
        formatNumber(row.covered),
        percent(row.covered, row.total),
      ]),
      total: [
        '',
        'Toàn tỉnh',
        formatNumber(overall.total),
        formatNumber(overall.covered),
        percent(overall.covered, overall.total),
      ],
    },
  ]
}

function targetBlocks(input: ReportInput, number: number): Block[] {
  return [
    { type: 'subheading', text: `${number}. Kết quả thực hiện các chỉ tiêu của Kế hoạch` },
    {
      type: 'table',
      columns: [
        { title: 'STT', width: 0.08, align: 'center' },
        { title: 'Chỉ tiêu', width: 0.5 },
        { title: 'Kết quả', width: 0.24 },
        { title: 'Đánh giá', width: 0.18 },
      ],
      rows: input.targets.map((t, i) => [String(i + 1), t.title, t.figure, TARGET_STANDING_LABELS[t.standing]]),
    },
  ]
}

/** Part I: the plan's tasks one by one, then usage, coverage and the targets. */
export function resultBlocks(input: ReportInput): Block[] {
  const blocks: Block[] = [{ type: 'heading', text: 'I. KẾT QUẢ THỰC HIỆN' }]
  REPORT_SECTIONS.forEach((section, i) => {
    blocks.push(...sectionBlocks(input, section, i))
  })
  let number = REPORT_SECTIONS.length + 1
  blocks.push(...usageBlocks(input, number++))
  blocks.push(...coverageBlocks(input, number++))
  blocks.push(...targetBlocks(input, number++))
  return blocks
}
