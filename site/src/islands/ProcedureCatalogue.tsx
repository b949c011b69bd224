import { useCallback, useEffect, useId, useRef, useState, type FormEvent } from 'react'

import {
  CATALOGUE_FACETS,
  type CatalogueFacet,
  type CatalogueItem,
  type CatalogueOptions,
  type CatalogueState,
  catalogueCounts,
  EMPTY_STATE,
  isFiltered,
  parseCatalogueState,
  passes,
  sameState,
  toCatalogueSearch,
} from '../lib/procedureCatalogue'
import { MAX_QUERY_LENGTH, normalizeQuery } from '../lib/searchText'
import { type Found, searchProcedureCodes } from './procedureSearch'

const TYPING_DELAY_MS = 300

export interface ProcedureCatalogueProps {
  pagefindUrl: string
  baseUrl: string
  options: CatalogueOptions
}

const FACET_LABEL: Record<CatalogueFacet, { label: string; all: string }> = {
  field: { label: 'Lĩnh vực', all: 'Tất cả lĩnh vực' },
  level: { label: 'Mức độ dịch vụ công trực tuyến', all: 'Tất cả mức độ' },
  cap: { label: 'Cấp thực hiện', all: 'Tất cả các cấp' },
}

const formatCount = (n: number): string => new Intl.NumberFormat('vi-VN').format(n)

/** The rows the page rendered (the full list, grouped by field), read from their data attributes. */
function readRows(): { items: CatalogueItem[]; rows: Map<string, HTMLElement>; sections: HTMLElement[] } {
  const rows = new Map<string, HTMLElement>()
  const items: CatalogueItem[] = []
  for (const el of document.querySelectorAll<HTMLElement>('[data-catalogue-row]')) {
    const item = { code: el.dataset.code ?? '', field: el.dataset.field ?? '', level: el.dataset.level ?? '', cap: el.dataset.cap ?? '' }
    items.push(item)
    rows.set(item.code, el)
  }
  return { items, rows, sections: [...document.querySelectorAll<HTMLElement>('[data-catalogue-section]')] }
}

/**
 * Filters the server-rendered procedure list (which works without JavaScript)
 * by field, online level and implementing level, and searches it by name or
 * code through the site's Pagefind index, Vietnamese-aware (with or without
 * diacritics, đ typed as d, codes with or without their dot). Pagefind loads
 * only once something is typed. The address holds the state.
 */
export default function ProcedureCatalogue({ pagefindUrl, baseUrl, options }: ProcedureCatalogueProps) {
  const id = useId()
  const [mounted, setMounted] = useState(false)
  const [state, setState] = useState<CatalogueState>(EMPTY_STATE)
  const [typed, setTyped] = useState('')
  const [ignored, setIgnored] = useState<string[]>([])
  const [found, setFound] = useState<Found | null>(null)
  const [items, setItems] = useState<CatalogueItem[]>([])
  const dom = useRef<ReturnType<typeof readRows> | null>(null)
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  const searchText = normalizeQuery(state.q).text

  const show = useCallback((next: CatalogueState, history: 'push' | 'replace' | 'none') => {
    setState(next)
    if (history === 'none') return
    const url = `${window.location.pathname}${toCatalogueSearch(next)}${window.location.hash}`
    if (history === 'push') window.history.pushState(null, '', url)
    else window.history.replaceState(null, '', url)
  }, [])

  // Read the rendered list and the address once, and follow back/forward.
  useEffect(() => {
    dom.current = readRows()
    setItems(dom.current.items)
    const fromAddress = () => {
      const parsed = parseCatalogueState(window.location.search, options)
      setIgnored(parsed.ignored)
      setState(parsed.state)
      setTyped(parsed.state.q)
      // Unknown values leave the address, so a shared link shows what the page shows.
      if (parsed.ignored.length) window.history.replaceState(null, '', `${window.location.pathname}${toCatalogueSearch(parsed.state)}${window.location.hash}`)
    }
    fromAddress()
    setMounted(true)
    window.addEventListener('popstate', fromAddress)
    return () => window.removeEventListener('popstate', fromAddress)
  }, [options])

  // Search when the query changes; Pagefind loads on the first query.
  useEffect(() => {
    if (!searchText) return
    let current = true
    void searchProcedureCodes(pagefindUrl, baseUrl, searchText).then((answer) => {
      if (current) setFound(answer)
    })
    return () => {
      current = false
    }
  }, [searchText, pagefindUrl, baseUrl])

  const answer = searchText && found?.text === searchText ? found : null
  const searching = Boolean(searchText) && !answer
  const matched = searchText ? (answer?.codes ?? (answer?.error ? null : new Set<string>())) : null
  const visible = items.filter((item) => passes(item, state, matched))
  const counts = catalogueCounts(items, state, matched)

  // Show and hide the rendered rows and the field sections left empty.
  useEffect(() => {
    const current = dom.current
    if (!current || searching) return
    const shown = new Set(visible.map((item) => item.code))
    for (const [code, el] of current.rows) el.hidden = !shown.has(code)
    for (const section of current.sections) section.hidden = !section.querySelector('[data-catalogue-row]:not([hidden])')
    const toc = document.querySelector<HTMLElement>('[data-catalogue-toc]')
    if (toc) toc.hidden = true
  })

  if (!mounted) return <div className="catalogue" data-state="idle" />

  const onInput = (value: string) => {
    setTyped(value)
    clearTimeout(timer.current)
    timer.current = setTimeout(() => show({ ...state, q: value }, 'replace'), TYPING_DELAY_MS)
  }
  const onSubmit = (event: FormEvent) => {
    event.preventDefault()
    clearTimeout(timer.current)
    const next = { ...state, q: typed }
    if (!sameState(next, state)) show(next, 'push')
  }
  const onFacet = (facet: CatalogueFacet, value: string) => {
    clearTimeout(timer.current)
    show({ ...state, q: typed, [facet]: value || null }, 'push')
  }
  const reset = () => {
    clearTimeout(timer.current)
    setTyped('')
    setIgnored([])
    show(EMPTY_STATE, 'push')
  }

  const total = items.length
  const done = !searching
  return (
    <div className="catalogue" data-state={searching ? 'searching' : 'done'} data-answered={done ? toCatalogueSearch(state) : undefined}>
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
            <select id={`${id}-${facet}`} name={facet} value={state[facet] ?? ''} onChange={(e) => onFacet(facet, e.currentTarget.value)}>
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

      {ignored.length > 0 && (
        <p className="notice" role="status">
          Địa chỉ có giá trị lọc không có trong danh mục: {ignored.map((v) => `«${v}»`).join(', ')}. Đã bỏ qua các giá trị đó; danh sách dưới đây lọc theo những
          điều kiện còn lại. Hãy chọn lại trong các ô lọc nếu cần.
        </p>
      )}
      {answer?.error && (
        <p className="notice" role="alert">
          Không tải được chỉ mục tìm kiếm nên chưa tìm được theo từ khóa «{state.q}». Danh sách dưới đây chỉ lọc theo lĩnh vực và mức độ. Hãy tải lại trang để thử lại.
        </p>
      )}

      <p className="catalogue__status" aria-live="polite" aria-atomic="true">
        {searching
          ? 'Đang tìm…'
          : isFiltered(state)
            ? `Đang hiển thị ${formatCount(visible.length)} trong ${formatCount(total)} thủ tục.`
            : `Đang hiển thị tất cả ${formatCount(total)} thủ tục.`}
      </p>

      {done && visible.length === 0 && (
        <div className="catalogue__empty">
          <p>
            <strong>Không có thủ tục nào khớp</strong>
            {answer?.unknown.length ? ` — không thủ tục nào có từ ${answer.unknown.map((w) => `«${w}»`).join(', ')}` : ''}.
          </p>
          <p>Hãy thử gõ ít từ hơn, gõ mã thủ tục (ví dụ 1.001193), hoặc bỏ bớt bộ lọc.</p>
          <button type="button" className="button button--secondary" onClick={reset}>
            Xem tất cả thủ tục
          </button>
        </div>
      )}
    </div>
  )
}
