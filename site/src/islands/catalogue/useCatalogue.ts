import { type SubmitEvent, useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react'

import {
  type CatalogueFacet,
  type CatalogueItem,
  type CatalogueOptions,
  type CatalogueState,
  catalogueCounts,
  EMPTY_STATE,
  parseCatalogueState,
  passes,
  sameState,
  toCatalogueSearch,
} from '../../lib/procedureCatalogue'
import { normalizeQuery } from '../../lib/searchText'
import { type Found, searchProcedureCodes } from '../procedureSearch'
import { readRows, type RenderedRows, showOnly } from './renderedRows'

const TYPING_DELAY_MS = 300

/**
 * The catalogue's state: the address holds the filters and the query (read on
 * load and on back/forward), Pagefind answers the query (loaded only once
 * something is typed), and the rendered rows follow.
 */
export function useCatalogue(pagefindUrl: string, baseUrl: string, options: CatalogueOptions) {
  const [mounted, setMounted] = useState(false)
  const [state, setState] = useState<CatalogueState>(EMPTY_STATE)
  const [typed, setTyped] = useState('')
  const [ignored, setIgnored] = useState<string[]>([])
  const [found, setFound] = useState<Found | null>(null)
  const [items, setItems] = useState<CatalogueItem[]>([])
  const dom = useRef<RenderedRows | null>(null)
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
      if (parsed.ignored.length)
        window.history.replaceState(
          null,
          '',
          `${window.location.pathname}${toCatalogueSearch(parsed.state)}${window.location.hash}`,
        )
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

  // Show and hide the rendered rows and the field sections left empty, in the same commit as the status and
  // the form (a layout effect, before paint): a reader never sees «3 of 32» over the 32 rows, and nor did the
  // e2e test, which read the rows between the two once in CI (at 96acf78).
  useLayoutEffect(() => {
    if (dom.current && !searching) showOnly(dom.current, visible)
  })

  return {
    mounted,
    state,
    typed,
    ignored,
    answer,
    searching,
    visible,
    total: items.length,
    counts: catalogueCounts(items, state, matched),
    onInput: (value: string) => {
      setTyped(value)
      clearTimeout(timer.current)
      timer.current = setTimeout(() => show({ ...state, q: value }, 'replace'), TYPING_DELAY_MS)
    },
    onSubmit: (event: SubmitEvent) => {
      event.preventDefault()
      clearTimeout(timer.current)
      const next = { ...state, q: typed }
      if (!sameState(next, state)) show(next, 'push')
    },
    onFacet: (facet: CatalogueFacet, value: string) => {
      clearTimeout(timer.current)
      show({ ...state, q: typed, [facet]: value || null }, 'push')
    },
    reset: () => {
      clearTimeout(timer.current)
      setTyped('')
      setIgnored([])
      show(EMPTY_STATE, 'push')
    },
  }
}
