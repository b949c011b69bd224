import { formatDate } from '../../vocabulary'
import { dateSpan, formatNumber, kindText, PLAN_NAME, reachText, STANDING_LABELS } from '../format'
import type { ReportInput } from '../input'
import type { Block } from './blocks'
import { resultBlocks, splitLines } from './results'

export type { Block, TableColumn } from './blocks'

/** The opening paragraph, under the title and «Kính gửi». */
export function introText(input: ReportInput): string {
  const who = input.kind === 'province' ? `${input.issuer.name} tổng hợp, báo cáo` : `${input.issuer.name} báo cáo`
  return `Thực hiện ${PLAN_NAME} của Ủy ban nhân dân tỉnh ${input.provinceName}, ${who} kết quả thực hiện năm ${input.year} như sau:`
}

function activityTable(input: ReportInput): Block[] {
  const title = 'Danh sách hoạt động tuyên truyền đã được duyệt'
  if (input.activities.length === 0)
    return [
      { type: 'caption', text: title },
      { type: 'paragraph', text: 'Không có.', italic: true },
    ]
  const activities = [...input.activities].sort((a, b) => a.startDate.localeCompare(b.startDate))
  return [
    { type: 'caption', text: title },
    {
      type: 'table',
      columns: [
        { title: 'STT', width: 0.07, align: 'center' },
        { title: 'Ngày', width: 0.13 },
        { title: 'Hình thức', width: 0.22 },
        { title: 'Địa điểm', width: 0.2 },
        { title: 'Tài liệu sử dụng', width: 0.22 },
        { title: 'Quy mô', width: 0.16 },
      ],
      rows: activities.map((a, i) => [
        String(i + 1),
        dateSpan(a),
        kindText(a),
        a.place ?? '',
        a.materials.join('; '),
        reachText(a.reach),
      ]),
    },
  ]
}

function rollupTable(input: ReportInput, number: number): Block[] {
  const units = input.units ?? []
  const submitted = units.filter((u) => u.standing === 'submitted' || u.standing === 'submitted-late').length
  return [
    { type: 'subheading', text: `${number}. Tình hình báo cáo của các đơn vị` },
    {
      type: 'paragraph',
      text: `${formatNumber(submitted)}/${formatNumber(units.length)} đơn vị đã nộp báo cáo năm ${input.year}.`,
    },
    {
      type: 'table',
      columns: [
        { title: 'STT', width: 0.07, align: 'center' },
        { title: 'Đơn vị', width: 0.3 },
        { title: 'Báo cáo', width: 0.18 },
        { title: 'Hoạt động', width: 0.11, align: 'right' },
        { title: 'Người tham dự', width: 0.12, align: 'right' },
        { title: 'Lượt dùng tài liệu', width: 0.12, align: 'right' },
        { title: 'Cổng TTĐT có nhúng', width: 0.11, align: 'center' },
      ],
      rows: units.map((u, i) => [
        String(i + 1),
        u.name,
        u.submittedAt ? `${STANDING_LABELS[u.standing]} ${formatDate(u.submittedAt)}` : STANDING_LABELS[u.standing],
        formatNumber(u.activities),
        formatNumber(u.people),
        formatNumber(u.usage),
        u.portalSeen ? 'Có' : 'Chưa',
      ]),
      total: [
        '',
        'Cộng',
        `${formatNumber(submitted)} đã nộp`,
        formatNumber(units.reduce((t, u) => t + u.activities, 0)),
        formatNumber(units.reduce((t, u) => t + u.people, 0)),
        formatNumber(units.reduce((t, u) => t + u.usage, 0)),
        formatNumber(units.filter((u) => u.portalSeen).length),
      ],
    },
  ]
}

/** Part II or III: what the issuer wrote, then (roll-up) what each unit wrote, under its name. */
function writtenPart(input: ReportInput, heading: string, field: 'difficulties' | 'proposals'): Block[] {
  const blocks: Block[] = [{ type: 'heading', text: heading }]
  const own = splitLines(input[field] ?? '')
  for (const line of own) blocks.push({ type: 'paragraph', text: line })
  const fromUnits = (input.units ?? []).filter((u) => u[field]?.trim())
  for (const unit of fromUnits) {
    const [first = '', ...rest] = splitLines(unit[field] ?? '')
    blocks.push({ type: 'paragraph', text: `- ${unit.name}: ${first}` })
    for (const line of rest) blocks.push({ type: 'paragraph', text: line })
  }
  if (own.length === 0 && fromUnits.length === 0) blocks.push({ type: 'paragraph', text: 'Không có.', italic: true })
  return blocks
}

/** The body between «Kính gửi» and «Nơi nhận», in the order the document prints it. */
export function buildOutline(input: ReportInput): Block[] {
  const results = resultBlocks(input)
  const sections = results.filter((b) => b.type === 'subheading').length
  return [
    ...results,
    ...(input.kind === 'province' ? rollupTable(input, sections + 1) : activityTable(input)),
    ...writtenPart(input, 'II. KHÓ KHĂN, VƯỚNG MẮC', 'difficulties'),
    ...writtenPart(input, 'III. ĐỀ XUẤT, KIẾN NGHỊ', 'proposals'),
  ]
}
