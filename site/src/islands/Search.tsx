import { useCallback, useEffect, useId, useRef, useState, type FormEvent } from 'react'

import { isPagefindCurrent, loadPagefind, type PagefindApi, type PagefindFilters, type PagefindResult, type PagefindResultData } from './pagefindApi'
import { EMPTY, FILTERS, type FilterName, type Query, readUrl, URL_PARAM, writeUrl } from './searchQuery'

export interface SearchOption {
  /** Readable value in the page URL (?loai=to-roi). */
  key: string
  /** Value indexed by Pagefind (data-pagefind-filter) and shown to people. */
  label: string
}

const PAGE = 10
const number = new Intl.NumberFormat('vi-VN')

type Status = 'idle' | 'loading' | 'ready' | 'unavailable'

export interface SearchProps {
  pagefindUrl: string
  baseUrl: string
  kinds: SearchOption[]
  topics: SearchOption[]
  units: SearchOption[]
}

/**
 * Search over the Pagefind index with kind, topic and unit filters. Renders a
 * plain GET form on the server, so the page works (as a form) before hydration.
 */
export default function Search({ pagefindUrl, baseUrl, kinds, topics, units }: SearchProps) {
  const [query, setQuery] = useState<Query>(EMPTY)
  const [status, setStatus] = useState<Status>('idle')
  const [results, setResults] = useState<PagefindResult[]>([])
  const [shown, setShown] = useState<PagefindResultData[]>([])
  /** The query the results on screen answer (the form may already hold the next one). */
  const [answered, setAnswered] = useState<Query>(EMPTY)
  const api = useRef<PagefindApi | null>(null)
  const run = useRef(0)
  const ids = { q: useId(), kind: useId(), topic: useId(), unit: useId(), status: useId() }

  const options: Record<FilterName, SearchOption[]> = { kind: kinds, topic: topics, unit: units }
  const labelOf = (name: FilterName, key: string) => options[name].find((o) => o.key === key)?.label

  const search = useCallback(
    async (next: Query) => {
      const ticket = ++run.current
      writeUrl(next)
      const filters: PagefindFilters = {}
      for (const name of FILTERS) {
        const label = next[name] && options[name].find((o) => o.key === next[name])?.label
        if (label) filters[name] = label
      }
      const term = next.q.trim()
      if (!term && Object.keys(filters).length === 0) {
        setResults([])
        setShown([])
        setStatus('idle')
        return
      }
      setStatus('loading')
      const attempt = async (fresh: boolean) => {
        if (api.current && !fresh && !(await isPagefindCurrent(pagefindUrl))) fresh = true
        if (fresh || !api.current) api.current = await loadPagefind(pagefindUrl, baseUrl, { fresh })
        const response = await api.current.search(term || null, { filters })
        const first = await Promise.all(response.results.slice(0, PAGE).map((r) => r.data()))
        return { response, first }
      }
      try {
        let answer
        try {
          answer = await attempt(false)
        } catch {
          // The site was rebuilt while this page was open: its index files changed. Load the live index once more.
          answer = await attempt(true)
        }
        const { response, first } = answer
        if (ticket !== run.current) return
        setResults(response.results)
        setShown(first)
        setAnswered(next)
        setStatus('ready')
      } catch (error) {
        if (ticket !== run.current) return
        console.error('Không tải được chỉ mục tìm kiếm Pagefind', error)
        setStatus('unavailable')
      }
    },
    // Options come from build-time props and never change on a page.
    [pagefindUrl, baseUrl],
  )

  useEffect(() => {
    const initial = readUrl()
    setQuery(initial)
    void search(initial)
  }, [search])

  // Search as the person types, after a short pause.
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  const update = (patch: Partial<Query>, delay = 0) => {
    const next = { ...query, ...patch }
    setQuery(next)
    clearTimeout(timer.current)
    timer.current = setTimeout(() => void search(next), delay)
  }

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    clearTimeout(timer.current)
    void search(query)
  }

  const showMore = async () => {
    const more = await Promise.all(results.slice(shown.length, shown.length + PAGE).map((r) => r.data()))
    setShown((current) => [...current, ...more])
  }

  const activeFilters = FILTERS.flatMap((name) => {
    const label = answered[name] && labelOf(name, answered[name])
    return label ? [label] : []
  })
  const term = answered.q.trim()

  let message = ''
  if (status === 'loading') message = 'Đang tìm…'
  else if (status === 'unavailable') message = 'Chưa tải được chỉ mục tìm kiếm. Hãy thử lại sau, hoặc duyệt tài liệu theo chủ đề, theo loại ở bên dưới.'
  else if (status === 'ready')
    message = results.length
      ? `Tìm thấy ${number.format(results.length)} tài liệu${term ? ` cho “${term}”` : ''}${activeFilters.length ? ` (lọc: ${activeFilters.join(', ')})` : ''}.`
      : `Không tìm thấy tài liệu nào${term ? ` cho “${term}”` : ''}. Hãy thử từ khóa ngắn hơn hoặc bỏ bớt bộ lọc.`

  const select = (name: FilterName, label: string, all: string) => (
    <div className="search__filter">
      <label htmlFor={ids[name]}>{label}</label>
      <select id={ids[name]} name={URL_PARAM[name]} value={query[name]} onChange={(e) => update({ [name]: e.target.value })}>
        <option value="">{all}</option>
        {options[name].map((o) => (
          <option key={o.key} value={o.key}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  )

  return (
    <div className="search">
      <form className="search__form" role="search" method="get" onSubmit={onSubmit} aria-describedby={ids.status}>
        <div className="search__query">
          <label htmlFor={ids.q}>Từ khóa</label>
          <div className="search-form__row">
            <input
              id={ids.q}
              name="q"
              type="search"
              value={query.q}
              placeholder="Ví dụ: đăng ký khai sinh, VNeID, lệ phí"
              autoComplete="off"
              onChange={(e) => update({ q: e.target.value }, 250)}
            />
            <button type="submit">Tìm kiếm</button>
          </div>
        </div>
        <div className="search__filters">
          {select('kind', 'Loại tài liệu', 'Tất cả các loại')}
          {select('topic', 'Chủ đề', 'Tất cả chủ đề')}
          {select('unit', 'Đơn vị', 'Tất cả đơn vị')}
        </div>
      </form>

      <p id={ids.status} className="search__status" role="status" aria-live="polite">
        {message}
      </p>

      {shown.length > 0 && (
        <ol className="search__results">
          {shown.map((r) => (
            <li key={r.url} className="result">
              <p className="result__kind">{r.meta.kind}</p>
              <h2 className="result__title">
                <a href={r.url}>{r.meta.title ?? r.url}</a>
              </h2>
              <p className="result__excerpt" dangerouslySetInnerHTML={{ __html: r.excerpt }} />
            </li>
          ))}
        </ol>
      )}
      {shown.length < results.length && (
        <button type="button" className="button button--secondary" onClick={() => void showMore()}>
          Xem thêm kết quả ({number.format(results.length - shown.length)} còn lại)
        </button>
      )}
    </div>
  )
}
