import { type SubmitEvent, useCallback, useEffect, useRef, useState } from 'react'

import { normalizeQuery } from '../../lib/searchText'
import { EMPTY, type FacetName, type FacetOptions, type Query, sameQuery } from '../searchQuery'
import { type HistoryMode, useAddress, writeAddress } from './address'
import { pagefindFilters } from './pagefindSearch'
import { useAnswer } from './useAnswer'

/**
 * Pause after a keystroke before searching. Meanwhile only the index chunks of
 * the words typed so far are fetched (Pagefind's preload): searching on every
 * key fetched result fragments for each half-typed query, more than doubling
 * the bytes on a slow link at a phone's typing pace (bench: 565 kB, 73 requests).
 */
const TYPING_DELAY_MS = 300

/**
 * The search island's state: the address holds the search (read on load and on
 * back/forward, written on each search), the form edits it, and useAnswer
 * answers it.
 */
export function useSearch(pagefindUrl: string, baseUrl: string, options: FacetOptions) {
  const [query, setQuery] = useState<Query>(EMPTY)
  /** Filter values in the address that match nothing on this site. */
  const [ignored, setIgnored] = useState<string[]>([])
  const { state, search: answerQuery, showMore, requested, session } = useAnswer(pagefindUrl, baseUrl, options)
  const { answer } = state

  const search = useCallback(
    (next: Query, history: HistoryMode) => {
      writeAddress(next, history)
      void answerQuery(next)
    },
    [answerQuery],
  )

  const onAddress = useCallback(
    (next: Query, notFound: string[], history: 'replace' | 'none') => {
      setIgnored(notFound)
      setQuery(next)
      search(next, history)
    },
    [search],
  )
  useAddress(options, onAddress)

  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  useEffect(() => () => clearTimeout(timer.current), [])

  const onType = (q: string) => {
    const next = { ...query, q }
    setQuery(next)
    clearTimeout(timer.current)
    session.preloadWords(normalizeQuery(q).text, () => pagefindFilters(next, options))
    // While typing the address is replaced, not pushed: back goes to the previous search, not the previous letter.
    timer.current = setTimeout(() => search(next, 'replace'), TYPING_DELAY_MS)
  }

  const change = (next: Query) => {
    setQuery(next)
    clearTimeout(timer.current)
    search(next, 'push')
  }

  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault()
    // The box itself, not the state: Enter right after typing (or right after the island took over
    // what was typed before it loaded) can come before React has re-rendered with the new text.
    const box = event.currentTarget.elements.namedItem('q')
    const next = box instanceof HTMLInputElement ? { ...query, q: box.value } : query
    // An empty box right after the island started a search for text typed before it loaded:
    // the box is only waiting for that text to be rendered back.
    if (!next.q.trim() && requested.current.q.trim()) return
    clearTimeout(timer.current)
    if (!answer || !sameQuery(answer.query, next)) search(next, 'push')
  }

  return {
    query,
    ignored,
    ...state,
    /** Warms Pagefind up when the box is first touched. */
    warmUp: session.warmUp,
    onType,
    onSubmit,
    setSort: (sort: Query['sort']) => change({ ...query, sort }),
    toggle: (name: FacetName, key: string, on: boolean) => {
      const values = on ? [...query.facets[name], key] : query.facets[name].filter((v) => v !== key)
      change({ ...query, facets: { ...query.facets, [name]: values } })
    },
    clearFilters: () => change({ ...query, facets: EMPTY.facets }),
    showMore: () => void showMore(),
  }
}
