import { useEffect } from 'react'

import { MAX_QUERY_LENGTH } from '../../lib/searchText'
import { type FacetOptions, parseQuery, type Query, toSearchString } from '../searchQuery'

/** push: a new entry for back/forward; replace: rewrite the current one; none: the address already shows it. */
export type HistoryMode = 'push' | 'replace' | 'none'

/** Puts a search in the address bar. */
export function writeAddress(query: Query, history: HistoryMode): void {
  const address = `${window.location.pathname}${toSearchString(query)}`
  if (history === 'push' && address !== `${window.location.pathname}${window.location.search}`)
    window.history.pushState(null, '', address)
  else if (history === 'replace') window.history.replaceState(null, '', address)
}

type OnAddress = (query: Query, ignored: string[], history: 'replace' | 'none') => void

/**
 * The address is the state: reads it on load and on back/forward. On load the
 * address is then rewritten to the search actually run, since a link from
 * elsewhere may hold unknown values or padding.
 */
export function useAddress(options: FacetOptions, onAddress: OnAddress): void {
  useEffect(() => {
    const fromAddress = (history: 'replace' | 'none') => {
      const parsed = parseQuery(window.location.search, options)
      // Typed before this island loaded (see the inline script on the search page): kept, not wiped.
      const early = (window as { __dvcttTypedQuery?: string }).__dvcttTypedQuery
      ;(window as { __dvcttTypedQuery?: string }).__dvcttTypedQuery = undefined
      const q = (history === 'replace' && early?.trim() && !parsed.query.q ? early : parsed.query.q).slice(
        0,
        MAX_QUERY_LENGTH * 2,
      )
      onAddress({ ...parsed.query, q }, parsed.ignored, history)
    }
    fromAddress('replace')
    const onPop = () => fromAddress('none')
    window.addEventListener('popstate', onPop)
    return () => window.removeEventListener('popstate', onPop)
  }, [options, onAddress])
}
