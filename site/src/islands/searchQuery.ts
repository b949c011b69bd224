/** The search page's state as it appears in its URL: ?q=…&loai=…&chu-de=…&don-vi=… */

export const FILTERS = ['kind', 'topic', 'unit'] as const
export type FilterName = (typeof FILTERS)[number]

/** Filter name in Pagefind (data-pagefind-filter) → parameter name in the page URL. */
export const URL_PARAM: Record<FilterName, string> = { kind: 'loai', topic: 'chu-de', unit: 'don-vi' }

export interface Query {
  q: string
  kind: string
  topic: string
  unit: string
}

export const EMPTY: Query = { q: '', kind: '', topic: '', unit: '' }

export function readUrl(): Query {
  const params = new URLSearchParams(window.location.search)
  return {
    q: params.get('q') ?? '',
    kind: params.get(URL_PARAM.kind) ?? '',
    topic: params.get(URL_PARAM.topic) ?? '',
    unit: params.get(URL_PARAM.unit) ?? '',
  }
}

/** Keeps the address shareable and the back button sane (replace, not push, while typing). */
export function writeUrl(query: Query): void {
  const params = new URLSearchParams()
  if (query.q.trim()) params.set('q', query.q.trim())
  for (const name of FILTERS) if (query[name]) params.set(URL_PARAM[name], query[name])
  const search = params.toString()
  window.history.replaceState(null, '', `${window.location.pathname}${search ? `?${search}` : ''}`)
}
