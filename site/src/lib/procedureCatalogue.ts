/**
 * The procedure catalogue's filter state (/thu-tuc/) as it appears in its
 * address, and the counting behind its filters. Pure, for the island and tests:
 * ?q=khai+sinh&linh-vuc=ho-tich&muc-do=toan-trinh&cap=xa
 */

export const CATALOGUE_FACETS = ['field', 'level', 'cap'] as const
export type CatalogueFacet = (typeof CATALOGUE_FACETS)[number]

/** Facet → parameter name in the page address. */
export const CATALOGUE_PARAM: Record<CatalogueFacet, string> = { field: 'linh-vuc', level: 'muc-do', cap: 'cap' }

/** Address value of each online level and implementing level. */
export const LEVEL_KEY: Record<'full' | 'partial', string> = { full: 'toan-trinh', partial: 'mot-phan' }
export const CAP_KEY: Record<'province' | 'commune', string> = { province: 'tinh', commune: 'xa' }

export interface CatalogueOption {
  /** Value in the address and in the row's data attribute. */
  key: string
  /** What people read. */
  label: string
}

export type CatalogueOptions = Record<CatalogueFacet, CatalogueOption[]>

/** One row of the list, as its data attributes describe it. */
export interface CatalogueItem {
  code: string
  field: string
  level: string
  cap: string
}

export interface CatalogueState {
  q: string
  field: string | null
  level: string | null
  cap: string | null
}

export const EMPTY_STATE: CatalogueState = { q: '', field: null, level: null, cap: null }

export interface ParsedCatalogueState {
  state: CatalogueState
  /** Filter values in the address that this catalogue does not have (an old link, a typo): dropped, and said so. */
  ignored: string[]
}

export function parseCatalogueState(search: string, options: CatalogueOptions): ParsedCatalogueState {
  const params = new URLSearchParams(search)
  const state: CatalogueState = { ...EMPTY_STATE, q: params.get('q') ?? '' }
  const ignored: string[] = []
  for (const facet of CATALOGUE_FACETS) {
    for (const value of params.getAll(CATALOGUE_PARAM[facet])) {
      if (!value) continue
      // One value per filter: the first known one counts, the rest are reported.
      if (state[facet] === null && options[facet].some((o) => o.key === value)) state[facet] = value
      else if (state[facet] !== value) ignored.push(value)
    }
  }
  return { state, ignored }
}

export function toCatalogueSearch(state: CatalogueState): string {
  const params = new URLSearchParams()
  if (state.q.trim()) params.set('q', state.q.trim())
  for (const facet of CATALOGUE_FACETS) {
    const value = state[facet]
    if (value) params.set(CATALOGUE_PARAM[facet], value)
  }
  const search = params.toString()
  return search ? `?${search}` : ''
}

export const sameState = (a: CatalogueState, b: CatalogueState): boolean =>
  toCatalogueSearch(a) === toCatalogueSearch(b)

export const isFiltered = (state: CatalogueState): boolean =>
  Boolean(state.q.trim() || state.field || state.level || state.cap)

/** Whether an item passes the filters (all of them, or all but `except`) and the search (`matched`: codes Pagefind found, null for no search). */
export function passes(
  item: CatalogueItem,
  state: CatalogueState,
  matched: ReadonlySet<string> | null,
  except?: CatalogueFacet,
): boolean {
  if (matched && !matched.has(item.code)) return false
  return CATALOGUE_FACETS.every((facet) => facet === except || state[facet] === null || item[facet] === state[facet])
}

/**
 * Counts per filter value, each facet counted with the search and the other
 * facets applied but not its own, so every number says how many rows picking
 * that value would show.
 */
export function catalogueCounts(
  items: readonly CatalogueItem[],
  state: CatalogueState,
  matched: ReadonlySet<string> | null,
): Record<CatalogueFacet, Map<string, number>> {
  const counts = { field: new Map<string, number>(), level: new Map<string, number>(), cap: new Map<string, number>() }
  for (const facet of CATALOGUE_FACETS) {
    for (const item of items) {
      if (!passes(item, state, matched, facet)) continue
      counts[facet].set(item[facet], (counts[facet].get(item[facet]) ?? 0) + 1)
    }
  }
  return counts
}

/** The code of a procedure page's address: ".../thu-tuc/1.001193/" → "1.001193". */
export function codeFromUrl(url: string): string | null {
  const match = /\/thu-tuc\/([^/?#]+)\/?(?:[?#].*)?$/.exec(url)
  return match?.[1] ? decodeURIComponent(match[1]) : null
}
