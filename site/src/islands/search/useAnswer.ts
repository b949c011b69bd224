import { useCallback, useRef, useState } from 'react'

import type { PagefindResultData } from '../pagefindApi'
import { EMPTY, type FacetOptions, type Query, toSearchString } from '../searchQuery'
import { answerSearch, type SearchView } from './answerSearch'
import type { Answer, Counts, Status } from './model'
import { useRunGuard } from './runGuard'
import { usePagefindSession } from './usePagefindSession'

/** Results rendered per "Xem thêm" batch. */
const PAGE = 8

/** What the island shows of the latest search. */
export interface AnswerState {
  status: Status
  answer: Answer | null
  /** The results rendered so far, in rank order; null while a result's fragment is on its way. */
  shown: (PagefindResultData | null)[]
  counts: Counts
  /** Thumbnails wait until the first results are painted: on a slow link text comes first. */
  thumbnails: boolean
  /** For tests and tools: the address (?q=…) whose results and facet counts are all on screen, or null while searching. */
  settledFor: string | null
}

/** Runs searches on the Pagefind session; only the latest one may change the screen. */
export function useAnswer(pagefindUrl: string, baseUrl: string, options: FacetOptions) {
  const [status, setStatus] = useState<Status>('idle')
  const [answer, setAnswer] = useState<Answer | null>(null)
  const [shown, setShown] = useState<(PagefindResultData | null)[]>([])
  const [counts, setCounts] = useState<Counts>({})
  const [thumbnails, setThumbnails] = useState(false)
  const [settledFor, setSettledFor] = useState<string | null>(null)
  /** The query of the latest search started. */
  const requested = useRef<Query>(EMPTY)
  const guard = useRunGuard()
  const session = usePagefindSession(pagefindUrl, baseUrl)

  const search = useCallback(
    (next: Query) => {
      const run = guard.start()
      requested.current = next
      setSettledFor(null)
      const view: SearchView = {
        setStatus,
        setAnswer,
        setShown,
        setCounts,
        showThumbnails: () => setThumbnails(true),
        settle: () => setSettledFor(toSearchString(next)),
      }
      return answerSearch(next, run, session, options, view)
    },
    [guard, session, options],
  )

  const showMore = useCallback(async () => {
    if (!answer) return
    const run = guard.latest()
    const next = await Promise.all(answer.results.slice(shown.length, shown.length + PAGE).map((r) => r.data()))
    if (run.current) setShown((current) => [...current, ...next])
  }, [guard, answer, shown])

  const state: AnswerState = { status, answer, shown, counts, thumbnails, settledFor }
  return { state, search, showMore, requested, session }
}
