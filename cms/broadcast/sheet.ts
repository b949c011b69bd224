import { dayInVietnam, startOfDayInVietnam } from '../activities/dates'
import { formatDate } from '../vocabulary'
import { weekdayNames } from './days'
import { type SpotInfo, minutesOnAir } from './spots'

export interface SheetInput {
  title: string
  communeName: string
  validFrom: string
  validUntil: string
  weekdays: readonly string[]
  dates: readonly string[]
  timesPerDay: number
  note: string | null
  spots: readonly SpotInfo[]
  confirmedDays: readonly string[]
}

const escapeHtml = (value: string): string =>
  value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c)

const clock = (seconds: number | null): string =>
  seconds === null ? '—' : `${Math.floor(seconds / 60)}:${String(Math.round(seconds % 60)).padStart(2, '0')}`

const day = (value: string) => formatDate(startOfDayInVietnam(dayInVietnam(value)))

const STYLE = `@page{size:A4;margin:15mm}body{font-family:"Be Vietnam Pro",Arial,sans-serif;font-size:12pt;line-height:1.4;max-width:180mm;margin:0 auto;color:#000}
h1{font-size:16pt;text-align:center;margin:0 0 4mm}table{width:100%;border-collapse:collapse;margin:3mm 0}th,td{border:1px solid #000;padding:1.5mm 2mm;text-align:left;vertical-align:top}
td.n{text-align:right;white-space:nowrap}dl{display:grid;grid-template-columns:max-content 1fr;gap:1mm 4mm;margin:0}dt{font-weight:bold}.sign{display:flex;justify-content:space-between;margin-top:10mm}
@media screen{body{padding:10mm}.print{margin-bottom:5mm}}@media print{.print{display:none}}`

/** The one-page sheet a commune station pins up: which spots, which days, how many times (Vietnamese, dd/mm/yyyy). */
export function scheduleSheetHtml(input: SheetInput): string {
  const rows = input.spots
    .map(
      (spot, index) =>
        `<tr><td class="n">${index + 1}</td><td>${escapeHtml(spot.title)}</td><td class="n">${clock(spot.seconds)}</td></tr>`,
    )
    .join('')
  const when = [weekdayNames(input.weekdays), input.dates.map(day).join(', ')].filter(Boolean).join('; ')
  const confirmed = input.confirmedDays.length ? input.confirmedDays.map(day).join(', ') : 'chưa có'
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>${escapeHtml(input.title)}</title><style>${STYLE}</style></head><body>
<p class="print"><button type="button" onclick="window.print()">In lịch</button></p>
<h1>LỊCH PHÁT THANH TRÊN LOA TRUYỀN THANH</h1>
<dl><dt>Xã</dt><dd>${escapeHtml(input.communeName)}</dd><dt>Thời gian</dt><dd>Từ ${day(input.validFrom)} đến ${day(input.validUntil)}</dd>
<dt>Ngày phát</dt><dd>${escapeHtml(when)}</dd><dt>Số lần mỗi ngày</dt><dd>${input.timesPerDay} lần, mỗi lần phát đủ các bài dưới đây theo thứ tự</dd>
<dt>Thời lượng mỗi ngày</dt><dd>khoảng ${minutesOnAir(input.spots, input.timesPerDay)} phút</dd></dl>
<table><thead><tr><th>STT</th><th>Bài phát</th><th>Thời lượng</th></tr></thead><tbody>${rows}</tbody></table>
${input.note ? `<p><strong>Ghi chú:</strong> ${escapeHtml(input.note)}</p>` : ''}
<p>Ngày đã xác nhận «Đã phát»: ${escapeHtml(confirmed)}.</p>
<p>Bản ghi âm dùng bản phát thanh (MP3 đơn kênh, độ to chuẩn −23 LUFS) tải từ trang tài liệu; khi không phát được bản ghi, đọc theo «Kịch bản đọc» trên trang tài liệu.</p>
<div class="sign"><span>Người lập lịch<br><br><br></span><span>Người phụ trách đài truyền thanh<br><br><br></span></div>
</body></html>`
}
