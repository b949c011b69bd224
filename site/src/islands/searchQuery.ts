/**
 * The search page's state as it appears in its address, so a search can be
 * shared, bookmarked and walked with back/forward:
 * ?q=dang+ky+khai+sinh&loai=video&loai=to-roi&chu-de=ho-tich&sap-xep=moi-nhat
 * A facet may repeat: its values combine with OR.
 */

export const FACETS = ['kind', 'topic', 'audience', 'unit', 'campaign', 'language', 'level'] as const
export type FacetName = (typeof FACETS)[number]

/** Facet name in Pagefind (data-pagefind-filter) → parameter name in the page URL. */
export const URL_PARAM: Record<FacetName, string> = {
  kind: 'loai',
  topic: 'chu-de',
  audience: 'doi-tuong',
  unit: 'don-vi',
  campaign: 'chien-dich',
  language: 'ngon-ngu',
  level: 'muc-do',
}

export type Sort = 'relevance' | 'newest'
const SORT_PARAM = 'sap-xep'
const NEWEST = 'moi-nhat'

export interface Option {
  /** Readable value in the page URL (?loai=to-roi). */
  key: string
  /** Value indexed by Pagefind (data-pagefind-filter) and shown to people. */
  label: string
}

export type FacetOptions = Record<FacetName, Option[]>

export interface Query {
  q: string
  facets: Record<FacetName, string[]>
  sort: Sort
}

export const emptyFacets = (): Record<FacetName, string[]> =>
  Object.fromEntries(FACETS.map((name) => [name, []])) as unknown as Record<FacetName, string[]>

export const EMPTY: Query = { q: '', facets: emptyFacets(), sort: 'relevance' }

export interface ParsedQuery {
  query: Query
  /** Filter values in the address that match nothing on this site (an old link, a typo): dropped, and said so. */
  ignored: string[]
}

/** Reads a query string; unknown parameters are left alone, unknown filter values are dropped. */
export function parseQuery(search: string, options: FacetOptions): ParsedQuery {
  const params = new URLSearchParams(search)
  const facets = emptyFacets()
  const ignored: string[] = []
  for (const name of FACETS) {
    for (const value of params.getAll(URL_PARAM[name])) {
      if (!value) continue
      if (options[name].some((o) => o.key === value)) {
        if (!facets[name].includes(value)) facets[name].push(value)
      } else ignored.push(value)
    }
  }
  const sortValue = params.get(SORT_PARAM)
  if (sortValue && sortValue !== NEWEST) ignored.push(sortValue)
  return { query: { q: params.get('q') ?? '', facets, sort: sortValue === NEWEST ? 'newest' : 'relevance' }, ignored }
}

export function toSearchString(query: Query): string {
  const params = new URLSearchParams()
  if (query.q.trim()) params.set('q', query.q.trim())
  for (const name of FACETS) for (const value of query.facets[name]) params.append(URL_PARAM[name], value)
  if (query.sort === 'newest') params.set(SORT_PARAM, NEWEST)
  const search = params.toString()
  return search ? `?${search}` : ''
}

export const hasFilters = (query: Query): boolean => FACETS.some((name) => query.facets[name].length > 0)

export const sameQuery = (a: Query, b: Query): boolean => toSearchString(a) === toSearchString(b)
