import { MAX_QUERY_LENGTH, normalizeQuery } from '../../lib/searchText'
import { type FacetName, type FacetOptions, FACETS } from '../searchQuery'
import { type Answer, number, type Status } from './model'

export interface SearchStatusProps {
  id: string
  status: Status
  answer: Answer | null
  ignored: string[]
  options: FacetOptions
}

/** The one line a screen reader announces: what is happening, or what was found for what. */
function statusMessage(status: Status, answer: Answer | null, options: FacetOptions): string {
  const labelOf = (name: FacetName, key: string) => options[name].find((o) => o.key === key)?.label ?? key
  const active = answer ? FACETS.flatMap((name) => answer.query.facets[name].map((key) => labelOf(name, key))) : []
  const term = answer ? normalizeQuery(answer.query.q).text : ''
  if (status === 'loading') return 'Đang tìm…'
  if (status === 'unavailable')
    return 'Chưa tải được chỉ mục tìm kiếm. Hãy kiểm tra kết nối rồi thử lại, hoặc duyệt tài liệu theo chủ đề, theo loại ở bên dưới.'
  if (answer?.nothingToSearch && !term)
    return 'Từ khóa chỉ có dấu câu hoặc ký hiệu. Hãy gõ chữ, ví dụ: đăng ký khai sinh.'
  if (status === 'ready' && answer) {
    const what = `${term ? ` cho “${term}”` : ''}${active.length ? ` (lọc: ${active.join(', ')})` : ''}`
    return answer.results.length
      ? `Tìm thấy ${number.format(answer.results.length)} kết quả${what}.`
      : `Không tìm thấy kết quả nào${what}. Hãy thử từ khóa ngắn hơn, viết khác đi hoặc bỏ bớt bộ lọc.`
  }
  return 'Gõ từ khóa hoặc chọn bộ lọc để tìm.'
}

/** The status line, then what the search changed in what was asked: a shortened query, words left out, unknown filters. */
export function SearchStatus({ id, status, answer, ignored, options }: SearchStatusProps) {
  const notices = [
    answer?.truncated && `Từ khóa quá dài nên chỉ dùng ${MAX_QUERY_LENGTH} ký tự đầu.`,
    answer?.dropped.length &&
      answer.results.length > 0 &&
      `Không tài liệu nào có ${answer.dropped.length > 1 ? 'các từ' : 'từ'} này nên đã bỏ qua “${answer.dropped.join(' ')}”.`,
    answer?.unmatched.length &&
      answer.results.length > 0 &&
      `Không có tài liệu nào chứa đủ mọi từ; đang hiện các tài liệu khớp một phần, tài liệu phù hợp nhất lên trước (không khớp “${answer.unmatched.join(' ')}”).`,
    ignored.length > 0 &&
      `Đã bỏ qua bộ lọc không có trên trang này: ${ignored.map((v) => `“${v.slice(0, 60)}”`).join(', ')}.`,
  ].filter((n): n is string => Boolean(n))
  return (
    <>
      <p id={id} className="search__status" role="status" aria-live="polite">
        {statusMessage(status, answer, options)}
      </p>
      {notices.map((notice) => (
        <p key={notice} className="notice search__notice">
          {notice}
        </p>
      ))}
    </>
  )
}
