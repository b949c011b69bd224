import { type CatalogueState, isFiltered } from '../../lib/procedureCatalogue'
import type { Found } from '../procedureSearch'
import { formatCount } from './formatCount'

export interface CatalogueStatusProps {
  state: CatalogueState
  ignored: string[]
  answer: Found | null
  searching: boolean
  shown: number
  total: number
  reset(): void
}

/** What the filters did: dropped address values, a search that could not run, how many are shown, or why none. */
export function CatalogueStatus({ state, ignored, answer, searching, shown, total, reset }: CatalogueStatusProps) {
  return (
    <>
      {ignored.length > 0 && (
        <p className="notice" role="status">
          Địa chỉ có giá trị lọc không có trong danh mục: {ignored.map((v) => `«${v}»`).join(', ')}. Đã bỏ qua các giá
          trị đó; danh sách dưới đây lọc theo những điều kiện còn lại. Hãy chọn lại trong các ô lọc nếu cần.
        </p>
      )}
      {answer?.error && (
        <p className="notice" role="alert">
          Không tải được chỉ mục tìm kiếm nên chưa tìm được theo từ khóa «{state.q}». Danh sách dưới đây chỉ lọc theo
          lĩnh vực và mức độ. Hãy tải lại trang để thử lại.
        </p>
      )}

      <p className="catalogue__status" aria-live="polite" aria-atomic="true">
        {searching
          ? 'Đang tìm…'
          : isFiltered(state)
            ? `Đang hiển thị ${formatCount(shown)} trong ${formatCount(total)} thủ tục.`
            : `Đang hiển thị tất cả ${formatCount(total)} thủ tục.`}
      </p>

      {!searching && shown === 0 && (
        <div className="catalogue__empty">
          <p>
            <strong>Không có thủ tục nào khớp</strong>
            {answer?.unknown.length
              ? ` — không thủ tục nào có từ ${answer.unknown.map((w) => `«${w}»`).join(', ')}`
              : ''}
            .
          </p>
          <p>Hãy thử gõ ít từ hơn, gõ mã thủ tục (ví dụ 1.001193), hoặc bỏ bớt bộ lọc.</p>
          <button type="button" className="button button--secondary" onClick={reset}>
            Xem tất cả thủ tục
          </button>
        </div>
      )}
    </>
  )
}
