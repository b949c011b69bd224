import { Fragment, useCallback, useEffect, useId, useRef, useState, type FormEvent } from 'react'

import { bestTranscriptLine, clock, excerptText, fold, highlight, MAX_QUERY_LENGTH, normalizeQuery, type TranscriptHit, unmatchedTerms } from '../lib/searchText'
import { isPagefindCurrent, loadPagefind, rememberIndexVersion, type PagefindApi, type PagefindFilters, type PagefindResult, type PagefindResultData } from './pagefindApi'
import { EMPTY, type FacetName, type FacetOptions, FACETS, hasFilters, type Option, parseQuery, type Query, sameQuery, toSearchString, URL_PARAM } from './searchQuery'

export type { FacetOptions, Option }

/** Results rendered per "Xem thêm" batch. */
const PAGE = 8
/**
 * The first batch is smaller: each result is one request for its fragment, and
 * on a slow mobile link the first five arrive sooner than eight. They are
 * fetched in parallel and painted as each arrives, in rank order.
 */
const FIRST = 5
/**
 * Pause after a keystroke before searching. Meanwhile only the index chunks of
 * the words typed so far are fetched (Pagefind's preload): searching on every
 * key fetched result fragments for each half-typed query, more than doubling
 * the bytes on a slow link at a phone's typing pace (bench: 565 kB, 73 requests).
 */
const TYPING_DELAY_MS = 300
const PRELOAD_DELAY_MS = 80
/** Values shown per facet before "Xem thêm". */
const FACET_PREVIEW = 6

const number = new Intl.NumberFormat('vi-VN')

const FACET_LABEL: Record<FacetName, string> = {
  kind: 'Loại tài liệu',
  topic: 'Chủ đề',
  audience: 'Đối tượng',
  unit: 'Đơn vị áp dụng',
  campaign: 'Chiến dịch',
  language: 'Ngôn ngữ',
  level: 'Mức độ dịch vụ công',
}

type Status = 'idle' | 'loading' | 'ready' | 'unavailable'
type Counts = Partial<Record<FacetName, Record<string, number>>>

interface Answer {
  query: Query
  /** Folded query words, for highlighting. */
  terms: string[]
  results: PagefindResult[]
  /** Words left out to find anything, when no material has them all. */
  dropped: string[]
  truncated: boolean
  /** Typed, but nothing searchable in it (only punctuation or symbols). */
  nothingToSearch: boolean
}

export interface SearchProps {
  pagefindUrl: string
  baseUrl: string
  options: FacetOptions
}

/** Pagefind filters for a query, facets by their indexed labels; values of one facet combine with OR. */
function pagefindFilters(query: Query, options: FacetOptions, except?: FacetName): PagefindFilters {
  const filters: PagefindFilters = {}
  for (const name of FACETS) {
    if (name === except) continue
    const labels = query.facets[name].flatMap((key) => options[name].find((o) => o.key === key)?.label ?? [])
    if (labels.length) filters[name] = { any: labels }
  }
  return filters
}

/** Resolves once the browser has painted what was just rendered. */
const afterPaint = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))

/** Pagefind's sort option; absent for relevance (an explicit `undefined` changes what Pagefind returns). */
const sortOf = (query: Query): { sort?: Record<string, 'desc'> } => (query.sort === 'newest' ? { sort: { date: 'desc' } } : {})

/**
 * Runs Pagefind. When no material holds every word, retries without each word
 * in turn and keeps the best-scoring results, so one extra or mistyped word
 * does not leave the citizen with nothing.
 */
async function runSearch(api: PagefindApi, text: string, query: Query, options: FacetOptions): Promise<{ results: PagefindResult[]; dropped: string[] }> {
  const base = { filters: pagefindFilters(query, options), ...sortOf(query) }
  const response = await api.search(text || null, base)
  const words = text.split(' ').filter(Boolean)
  if (response.results.length > 0 || words.length < 2) return { results: response.results, dropped: [] }
  let best: { results: PagefindResult[]; dropped: string[] } = { results: [], dropped: [] }
  for (const [i, word] of words.entries()) {
    const fewer = words.filter((_, j) => j !== i).join(' ')
    const { results } = await api.search(fewer, base)
    if (results.length > best.results.length) best = { results, dropped: [word] }
  }
  return best
}

/** Counts per facet value that stay meaningful with several filters: each facet is counted with every other facet applied, not its own. */
async function facetCounts(api: PagefindApi, text: string, query: Query, options: FacetOptions): Promise<Counts> {
  await api.filters()
  const counts: Counts = {}
  const sort = sortOf(query)
  const all = await api.search(text || null, { filters: pagefindFilters(query, options), ...sort })
  for (const name of FACETS) counts[name] = all.filters?.[name] ?? {}
  for (const name of FACETS) {
    if (query.facets[name].length === 0) continue
    const without = await api.search(text || null, { filters: pagefindFilters(query, options, name), ...sort })
    counts[name] = without.filters?.[name] ?? {}
  }
  return counts
}

/** Everything a result was matched on: its indexed text and its searchable metadata. */
const matchedText = (data: PagefindResultData): string[] => [data.content ?? '', ...Object.values(data.meta).map((v) => v ?? '')]

function Marked({ text, terms }: { text: string; terms: string[] }) {
  return (
    <>
      {highlight(text, terms).map((segment, i) => (segment.mark ? <mark key={i}>{segment.text}</mark> : <Fragment key={i}>{segment.text}</Fragment>))}
    </>
  )
}

/** `/tai-lieu/x/` + 83 → `/tai-lieu/x/?t=83`: the material page starts its player there. */
const atSecond = (url: string, seconds: number): string => `${url}${url.includes('?') ? '&' : '?'}t=${seconds}`

function Result({ data, terms, thumbnail }: { data: PagefindResultData; terms: string[]; thumbnail: boolean }) {
  const { meta } = data
  const line: TranscriptHit | null = bestTranscriptLine(data.anchors, terms)
  const details = [meta.donvi, meta.ngay && `Cập nhật ${meta.ngay}`, meta.thoiluong && `Thời lượng ${meta.thoiluong}`, meta.tep].filter(Boolean)
  return (
    <li className="result">
      {meta.anh &&
        (thumbnail ? (
          <img className="result__thumb" src={`${data.url}anh-nho.webp`} alt="" width={96} height={64} loading="lazy" decoding="async" />
        ) : (
          // Same box, so nothing moves when the picture comes.
          <span className="result__thumb" aria-hidden="true" />
        ))}
      <div className="result__body">
        <p className="result__kind">{meta.kind}</p>
        <h2 className="result__title">
          <a href={data.url}>
            <Marked text={meta.title ?? data.url} terms={terms} />
          </a>
        </h2>
        {details.length > 0 && <p className="result__meta">{details.join(' · ')}</p>}
        {line ? (
          <p className="result__line">
            <a href={atSecond(data.url, line.seconds)}>
              <span className="result__time">▶ {clock(line.seconds)}</span>
              <span className="visually-hidden"> Mở video tại giây này: </span> <Marked text={line.text} terms={terms} />
            </a>
          </p>
        ) : (
          <p className="result__excerpt">
            <Marked text={excerptText(data.excerpt)} terms={terms} />
          </p>
        )}
      </div>
    </li>
  )
}

/**
 * Search over the Pagefind index, Vietnamese-aware: queries with or without
 * diacritics (and đ typed as d) find the same materials, matched words are
 * highlighted in the original text, facets combine, and the address holds the
 * whole search. Renders a plain GET form on the server, so the page works as a
 * form before hydration; without JavaScript the page offers browse links.
 */
export default function Search({ pagefindUrl, baseUrl, options }: SearchProps) {
  const [query, setQuery] = useState<Query>(EMPTY)
  const [status, setStatus] = useState<Status>('idle')
  const [answer, setAnswer] = useState<Answer | null>(null)
  const [shown, setShown] = useState<(PagefindResultData | null)[]>([])
  const [counts, setCounts] = useState<Counts>({})
  const [ignored, setIgnored] = useState<string[]>([])
  /** For tests and tools: the address (?q=…) whose results and facet counts are all on screen, or null while searching. */
  /** Thumbnails wait until the first results are painted: on a slow link text comes first. */
  const [thumbnails, setThumbnails] = useState(false)
  const [settledFor, setSettledFor] = useState<string | null>(null)
  const [expanded, setExpanded] = useState<Partial<Record<FacetName, boolean>>>({})
  const started = useRef(false)
  /** The query of the latest search started. */
  const requested = useRef<Query>(EMPTY)
  const run = useRef(0)
  const ids = { q: useId(), status: useId(), sort: useId(), facets: useId() }

  const pagefind = useCallback(
    async (fresh = false, checkVersion = true): Promise<PagefindApi> => {
      // Always through loadPagefind's shared promise: a reload started by one caller is what
      // the next caller gets, never the stale instance.
      if (!fresh && checkVersion && !(await isPagefindCurrent(pagefindUrl))) fresh = true
      started.current = true
      return loadPagefind(pagefindUrl, baseUrl, { fresh })
    },
    [pagefindUrl, baseUrl],
  )

  /** Fetch pagefind.js, its wasm and the index's entry files before the first word is typed. */
  const preload = () => {
    if (!started.current) void pagefind().catch(() => undefined)
  }

  const search = useCallback(
    async (next: Query, history: 'push' | 'replace' | 'none') => {
      const ticket = ++run.current
      requested.current = next
      setSettledFor(null)
      const address = `${window.location.pathname}${toSearchString(next)}`
      if (history === 'push' && address !== `${window.location.pathname}${window.location.search}`) window.history.pushState(null, '', address)
      else if (history === 'replace') window.history.replaceState(null, '', address)

      const normalized = normalizeQuery(next.q)
      const nothingToSearch = next.q.trim() !== '' && normalized.text === ''
      if (!normalized.text && !hasFilters(next)) {
        setAnswer(nothingToSearch ? { query: next, terms: [], results: [], dropped: [], truncated: false, nothingToSearch } : null)
        setShown([])
        setCounts({})
        setStatus('idle')
        setSettledFor(toSearchString(next))
        return
      }
      setStatus('loading')
      const attempt = async (fresh: boolean) => {
        const instance = await pagefind(fresh)
        return { instance, ...(await runSearch(instance, normalized.text, next, options)) }
      }
      try {
        let found
        try {
          found = await attempt(false)
        } catch {
          // The site was rebuilt while this page was open: its index files changed. Load the live index once more.
          found = await attempt(true)
        }
        if (ticket !== run.current) return
        const { instance, results, dropped } = found
        let shownAnswer: Answer = { query: next, terms: normalized.terms, results, dropped, truncated: normalized.truncated, nothingToSearch }
        setAnswer(shownAnswer)
        const first = results.slice(0, FIRST)
        setShown(first.map(() => null))
        // Paint each result as soon as its fragment arrives, in rank order.
        const loaded = await Promise.all(
          first.map(async (result, i) => {
            const data = await result.data()
            if (ticket === run.current) setShown((current) => current.map((item, j) => (j === i ? data : item)))
            return data
          }),
        )
        if (ticket !== run.current) return
        rememberIndexVersion(pagefindUrl)
        // A word no top result contains was "found" by Pagefind's prefix fallback: search without it, and say so.
        const words = normalized.text.split(' ').filter((w) => !dropped.includes(w))
        const unknown = loaded.length ? unmatchedTerms(words.map(fold), loaded.flatMap(matchedText)) : []
        let facetText = words.join(' ')
        if (unknown.length) {
          const kept = words.filter((w) => !unknown.includes(fold(w)))
          const retry = kept.length ? await runSearch(instance, kept.join(' '), next, options) : { results: [], dropped: [] }
          if (ticket !== run.current) return
          const retried = retry.results.slice(0, FIRST)
          const data = await Promise.all(retried.map((r) => r.data()))
          if (ticket !== run.current) return
          shownAnswer = { ...shownAnswer, results: retry.results, dropped: [...dropped, ...words.filter((w) => unknown.includes(fold(w))), ...retry.dropped] }
          setAnswer(shownAnswer)
          setShown(data)
          facetText = kept.filter((w) => !retry.dropped.includes(w)).join(' ')
          if (!kept.length) {
            setStatus('ready')
            setCounts({})
            setSettledFor(toSearchString(next))
            return
          }
        }
        // Announced once the list on screen is the answer (the count and the first results agree).
        setStatus('ready')
        // Pictures and the filter index (for the facet counts) wait until the results are painted.
        await afterPaint()
        if (ticket !== run.current) return
        setThumbnails(true)
        const nextCounts = await facetCounts(instance, facetText, next, options)
        if (ticket !== run.current) return
        setCounts(nextCounts)
        setSettledFor(toSearchString(next))
      } catch (error) {
        if (ticket !== run.current) return
        console.error('Không tải được chỉ mục tìm kiếm Pagefind', error)
        setStatus('unavailable')
        setSettledFor(toSearchString(next))
      }
    },
    [pagefind, options],
  )

  // The address is the state: read it on load and on back/forward.
  useEffect(() => {
    const fromAddress = (history: 'replace' | 'none') => {
      const parsed = parseQuery(window.location.search, options)
      // Typed before this island loaded (see the inline script on the search page): kept, not wiped.
      const early = (window as { __dvcttTypedQuery?: string }).__dvcttTypedQuery
      ;(window as { __dvcttTypedQuery?: string }).__dvcttTypedQuery = undefined
      const q = (history === 'replace' && early?.trim() && !parsed.query.q ? early : parsed.query.q).slice(0, MAX_QUERY_LENGTH * 2)
      const next = { ...parsed.query, q }
      setIgnored(parsed.ignored)
      setQuery(next)
      void search(next, history)
    }
    // A link from elsewhere may hold unknown values or padding: the address is rewritten to the search actually run.
    fromAddress('replace')
    const onPop = () => fromAddress('none')
    window.addEventListener('popstate', onPop)
    return () => window.removeEventListener('popstate', onPop)
  }, [search, options])

  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  useEffect(() => () => clearTimeout(timer.current), [])

  const preloadTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  useEffect(() => () => clearTimeout(preloadTimer.current), [])

  const onType = (q: string) => {
    const next = { ...query, q }
    setQuery(next)
    clearTimeout(timer.current)
    clearTimeout(preloadTimer.current)
    const text = normalizeQuery(q).text
    if (text) {
      preloadTimer.current = setTimeout(() => {
        // No version check here (two requests a pause): a stale instance only warms chunks the search will not use.
        void pagefind(false, false)
          .then((instance) => instance.preload(text, { filters: pagefindFilters(next, options) }))
          .catch(() => undefined)
      }, PRELOAD_DELAY_MS)
    }
    // While typing the address is replaced, not pushed: back goes to the previous search, not the previous letter.
    timer.current = setTimeout(() => void search(next, 'replace'), TYPING_DELAY_MS)
  }

  const change = (next: Query) => {
    setQuery(next)
    clearTimeout(timer.current)
    void search(next, 'push')
  }

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    // The box itself, not the state: Enter right after typing (or right after the island took over
    // what was typed before it loaded) can come before React has re-rendered with the new text.
    const box = event.currentTarget.elements.namedItem('q')
    const next = box instanceof HTMLInputElement ? { ...query, q: box.value } : query
    // An empty box right after the island started a search for text typed before it loaded:
    // the box is only waiting for that text to be rendered back.
    if (!next.q.trim() && requested.current.q.trim()) return
    clearTimeout(timer.current)
    if (!answer || !sameQuery(answer.query, next)) void search(next, 'push')
  }

  const toggle = (name: FacetName, key: string, on: boolean) => {
    const values = on ? [...query.facets[name], key] : query.facets[name].filter((v) => v !== key)
    change({ ...query, facets: { ...query.facets, [name]: values } })
  }

  const clearFilters = () => change({ ...query, facets: EMPTY.facets })

  const showMore = async () => {
    if (!answer) return
    const ticket = run.current
    const next = await Promise.all(answer.results.slice(shown.length, shown.length + PAGE).map((r) => r.data()))
    if (ticket === run.current) setShown((current) => [...current, ...next])
  }

  const labelOf = (name: FacetName, key: string) => options[name].find((o) => o.key === key)?.label ?? key
  const active = answer ? FACETS.flatMap((name) => answer.query.facets[name].map((key) => labelOf(name, key))) : []
  const term = answer ? normalizeQuery(answer.query.q).text : ''

  let message = ''
  if (status === 'loading') message = 'Đang tìm…'
  else if (status === 'unavailable') message = 'Chưa tải được chỉ mục tìm kiếm. Hãy kiểm tra kết nối rồi thử lại, hoặc duyệt tài liệu theo chủ đề, theo loại ở bên dưới.'
  else if (answer?.nothingToSearch && !term) message = 'Từ khóa chỉ có dấu câu hoặc ký hiệu. Hãy gõ chữ, ví dụ: đăng ký khai sinh.'
  else if (status === 'ready' && answer) {
    const what = `${term ? ` cho “${term}”` : ''}${active.length ? ` (lọc: ${active.join(', ')})` : ''}`
    message = answer.results.length
      ? `Tìm thấy ${number.format(answer.results.length)} kết quả${what}.`
      : `Không tìm thấy kết quả nào${what}. Hãy thử từ khóa ngắn hơn, viết khác đi hoặc bỏ bớt bộ lọc.`
  } else message = 'Gõ từ khóa hoặc chọn bộ lọc để tìm.'

  const notices = [
    answer?.truncated && `Từ khóa quá dài nên chỉ dùng ${MAX_QUERY_LENGTH} ký tự đầu.`,
    answer?.dropped.length && answer.results.length > 0 && `Không có tài liệu nào chứa đủ mọi từ; đang hiện kết quả gần đúng, bỏ qua “${answer.dropped.join(' ')}”.`,
    ignored.length > 0 && `Đã bỏ qua bộ lọc không có trên trang này: ${ignored.map((v) => `“${v.slice(0, 60)}”`).join(', ')}.`,
  ].filter((n): n is string => Boolean(n))

  const facet = (name: FacetName) => {
    const selected = query.facets[name]
    const known = counts[name]
    // Values with results (or chosen), most results first, then alphabetically as built.
    const values = options[name].filter((o) => selected.includes(o.key) || !known || (known[o.label] ?? 0) > 0)
    if (known) values.sort((a, b) => (known[b.label] ?? 0) - (known[a.label] ?? 0))
    if (values.length === 0) return null
    const open = expanded[name] || values.length <= FACET_PREVIEW + 1
    const visible = open ? values : values.filter((o, i) => i < FACET_PREVIEW || selected.includes(o.key))
    return (
      <fieldset className="facet" key={name}>
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
          <button type="button" className="link-button" aria-expanded="false" onClick={() => setExpanded((e) => ({ ...e, [name]: true }))}>
            Xem thêm {number.format(values.length - visible.length)} mục
          </button>
        )}
      </fieldset>
    )
  }

  const loaded = shown.filter((item): item is PagefindResultData => item !== null)
  const firstGap = shown.indexOf(null)
  const ready = firstGap === -1 ? loaded : shown.slice(0, firstGap).filter((item): item is PagefindResultData => item !== null)

  return (
    <div className="search" data-state={settledFor === null ? 'busy' : 'done'} data-answered={settledFor ?? undefined}>
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
              onFocus={preload}
              onPointerDown={preload}
              onChange={(e) => onType(e.target.value)}
            />
            <button type="submit">Tìm kiếm</button>
          </div>
        </div>
        <div className="search__tools">
          <label htmlFor={ids.sort}>Sắp xếp</label>
          <select id={ids.sort} name="sap-xep" value={query.sort === 'newest' ? 'moi-nhat' : ''} onChange={(e) => change({ ...query, sort: e.target.value === 'moi-nhat' ? 'newest' : 'relevance' })}>
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

      <p id={ids.status} className="search__status" role="status" aria-live="polite">
        {message}
      </p>
      {notices.map((notice) => (
        <p key={notice} className="notice search__notice">
          {notice}
        </p>
      ))}

      <div className="search__layout">
        <div className="search__facets" aria-label="Bộ lọc" role="group" id={ids.facets}>
          {FACETS.map(facet)}
        </div>
        <div className="search__main">
          {ready.length > 0 && (
            <ol className="search__results" aria-label="Kết quả tìm kiếm">
              {ready.map((data) => (
                <Result key={data.url} data={data} terms={answer?.terms ?? []} thumbnail={thumbnails} />
              ))}
            </ol>
          )}
          {answer && status === 'ready' && shown.length < answer.results.length && firstGap === -1 && (
            <button type="button" className="button button--secondary" onClick={() => void showMore()}>
              Xem thêm kết quả ({number.format(answer.results.length - shown.length)} còn lại)
            </button>
          )}
        </div>
      </div>
    </div>
  )
}
