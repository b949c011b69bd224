import type { SubmitEvent } from 'react'

import {
  CATALOGUE_FACETS,
  type CatalogueFacet,
  type CatalogueOptions,
  type CatalogueState,
  isFiltered,
} from '../../lib/procedureCatalogue'
import { MAX_QUERY_LENGTH } from '../../lib/searchText'
import { formatCount } from './formatCount'

const FACET_LABEL: Record<CatalogueFacet, { label: string; all: string }> = {
  field: { label: 'Lĩnh vực', all: 'Tất cả lĩnh vực' },
  level: { label: 'Mức độ dịch vụ công trực tuyến', all: 'Tất cả mức độ' },
  cap: { label: 'Cấp thực hiện', all: 'Tất cả các cấp' },
}

export interface CatalogueFormProps {
  id: string
  options: CatalogueOptions
  state: CatalogueState
  typed: string
  /** Procedures per value of each facet, with the other facets and the query applied. */
  counts: Record<CatalogueFacet, Map<string, number>>
  onInput(value: string): void
  onSubmit(event: SubmitEvent): void
  onFacet(facet: CatalogueFacet, value: string): void
  reset(): void
}

/** The query box, one select per facet with its counts, "Tìm" and "Xóa bộ lọc". */
export function CatalogueForm({
  id,
  options,
  state,
  typed,
  counts,
  onInput,
  onSubmit,
  onFacet,
  reset,
}: CatalogueFormProps) {
  return (
    <form className="catalogue__form" role="search" aria-label="Lọc và tìm thủ tục" onSubmit={onSubmit}>
      <div className="catalogue__field catalogue__field--q">
        <label htmlFor={`${id}-q`}>Tìm theo tên hoặc mã thủ tục</label>
        <input
          id={`${id}-q`}
          type="search"
          name="q"
          value={typed}
          maxLength={MAX_QUERY_LENGTH}
          placeholder="Ví dụ: dang ky khai sinh, 1.001193"
          autoComplete="off"
          onChange={(e) => onInput(e.currentTarget.value)}
        />
      </div>
      {CATALOGUE_FACETS.map((facet) => (
        <div className="catalogue__field" key={facet}>
          <label htmlFor={`${id}-${facet}`}>{FACET_LABEL[facet].label}</label>
          <select
            id={`${id}-${facet}`}
            name={facet}
            value={state[facet] ?? ''}
            onChange={(e) => onFacet(facet, e.currentTarget.value)}
          >
            <option value="">
              {FACET_LABEL[facet].all} ({formatCount([...counts[facet].values()].reduce((a, b) => a + b, 0))})
            </option>
            {options[facet].map((o) => (
              <option key={o.key} value={o.key} data-count={counts[facet].get(o.key) ?? 0}>
                {o.label} ({formatCount(counts[facet].get(o.key) ?? 0)})
              </option>
            ))}
          </select>
        </div>
      ))}
      <div className="catalogue__actions">
        <button type="submit" className="button">
          Tìm
        </button>
        {(isFiltered(state) || typed) && (
          <button type="button" className="button button--secondary" onClick={reset}>
            Xóa bộ lọc
          </button>
        )}
      </div>
    </form>
  )
}
