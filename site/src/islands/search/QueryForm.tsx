import type { SubmitEvent } from 'react'

import { hasFilters, type Query } from '../searchQuery'

export interface QueryFormProps {
  ids: { q: string; status: string; sort: string }
  query: Query
  onSubmit(event: SubmitEvent<HTMLFormElement>): void
  onType(q: string): void
  /** Called when the box is first focused or touched. */
  warmUp(): void
  setSort(sort: Query['sort']): void
  clearFilters(): void
}

/** The search box, the sort order and "Bỏ tất cả bộ lọc"; a plain GET form before hydration. */
export function QueryForm({ ids, query, onSubmit, onType, warmUp, setSort, clearFilters }: QueryFormProps) {
  return (
    <form className="search__form" role="search" method="get" onSubmit={onSubmit} aria-describedby={ids.status}>
      <div className="search__query">
        <label htmlFor={ids.q}>Từ khóa</label>
        <div className="search-form__row">
          <input
            id={ids.q}
            name="q"
            type="search"
            value={query.q}
            placeholder="Ví dụ: đăng ký khai sinh, 1.001193, VNeID"
            autoComplete="off"
            enterKeyHint="search"
            onFocus={warmUp}
            onPointerDown={warmUp}
            onChange={(e) => onType(e.target.value)}
          />
          <button type="submit">Tìm kiếm</button>
        </div>
      </div>
      <div className="search__tools">
        <label htmlFor={ids.sort}>Sắp xếp</label>
        <select
          id={ids.sort}
          name="sap-xep"
          value={query.sort === 'newest' ? 'moi-nhat' : ''}
          onChange={(e) => setSort(e.target.value === 'moi-nhat' ? 'newest' : 'relevance')}
        >
          <option value="">Liên quan nhất</option>
          <option value="moi-nhat">Mới nhất</option>
        </select>
        {hasFilters(query) && (
          <button type="button" className="link-button" onClick={clearFilters}>
            Bỏ tất cả bộ lọc
          </button>
        )}
      </div>
    </form>
  )
}
