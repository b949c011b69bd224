import { useState } from 'react'

import { type FacetName, type FacetOptions, FACETS, type Query, URL_PARAM } from '../searchQuery'
import { type Counts, number } from './model'

/** Values shown per facet before "Xem thêm". */
const FACET_PREVIEW = 6

const FACET_LABEL: Record<FacetName, string> = {
  kind: 'Loại tài liệu',
  topic: 'Chủ đề',
  audience: 'Đối tượng',
  unit: 'Đơn vị áp dụng',
  campaign: 'Chiến dịch',
  language: 'Ngôn ngữ',
  level: 'Mức độ dịch vụ công',
}

interface FacetProps {
  name: FacetName
  options: FacetOptions
  selected: string[]
  /** Results per value label; absent until counted. */
  known: Record<string, number> | undefined
  open: boolean
  onOpen(): void
  toggle(name: FacetName, key: string, on: boolean): void
}

/** One facet: its values with results (or chosen), most results first, then alphabetically as built. */
function Facet({ name, options, selected, known, open: opened, onOpen, toggle }: FacetProps) {
  const values = options[name].filter((o) => selected.includes(o.key) || !known || (known[o.label] ?? 0) > 0)
  if (known) values.sort((a, b) => (known[b.label] ?? 0) - (known[a.label] ?? 0))
  if (values.length === 0) return null
  const open = opened || values.length <= FACET_PREVIEW + 1
  const visible = open ? values : values.filter((o, i) => i < FACET_PREVIEW || selected.includes(o.key))
  return (
    <fieldset className="facet">
      <legend>{FACET_LABEL[name]}</legend>
      <ul role="list">
        {visible.map((o) => (
          <li key={o.key}>
            <label>
              <input
                type="checkbox"
                name={URL_PARAM[name]}
                value={o.key}
                checked={selected.includes(o.key)}
                onChange={(e) => toggle(name, o.key, e.target.checked)}
              />{' '}
              {o.label}
              {known && <span className="facet__count"> ({number.format(known[o.label] ?? 0)})</span>}
            </label>
          </li>
        ))}
      </ul>
      {!open && (
        <button type="button" className="link-button" aria-expanded="false" onClick={onOpen}>
          Xem thêm {number.format(values.length - visible.length)} mục
        </button>
      )}
    </fieldset>
  )
}

export interface FiltersProps {
  id: string
  query: Query
  options: FacetOptions
  counts: Counts
  toggle(name: FacetName, key: string, on: boolean): void
}

/** The facets as checkboxes; a facet's values combine with OR, facets with AND. */
export function Filters({ id, query, options, counts, toggle }: FiltersProps) {
  const [expanded, setExpanded] = useState<Partial<Record<FacetName, boolean>>>({})
  return (
    <div className="search__facets" aria-label="Bộ lọc" role="group" id={id}>
      {FACETS.map((name) => (
        <Facet
          key={name}
          name={name}
          options={options}
          selected={query.facets[name]}
          known={counts[name]}
          open={Boolean(expanded[name])}
          onOpen={() => setExpanded((e) => ({ ...e, [name]: true }))}
          toggle={toggle}
        />
      ))}
    </div>
  )
}
