import { useEffect, useMemo, useRef } from 'react'

import {
  isPagefindCurrent,
  loadPagefind,
  type PagefindApi,
  type PagefindFilters,
  rememberIndexVersion,
} from '../pagefindApi'

/** Pause after a keystroke before fetching the index chunks of the words typed so far. */
const PRELOAD_DELAY_MS = 80

export interface PagefindSession {
  /**
   * The Pagefind instance reading the live index. `fresh` loads a new one; otherwise, unless
   * `checkVersion` is false, a site rebuilt since the index was loaded also gets a new one.
   */
  open(fresh?: boolean, checkVersion?: boolean): Promise<PagefindApi>
  /** Runs `work` on the live index; if it fails (the site was rebuilt while this page was open), once more on a freshly loaded one. */
  withReload<T>(work: (api: PagefindApi) => Promise<T>): Promise<T>
  /** Fetches pagefind.js, its wasm and the index's entry files before the first word is typed. */
  warmUp(): void
  /** After a short pause, fetches the index chunks a search for `text` needs; an empty text only cancels. */
  preloadWords(text: string, filters: () => PagefindFilters): void
  /** Notes which index version the results on screen came from (see rememberIndexVersion). */
  remember(): void
}

/** The search island's Pagefind: loaded on first use, reloaded when the site was rebuilt under the open page. */
export function usePagefindSession(pagefindUrl: string, baseUrl: string): PagefindSession {
  const started = useRef(false)
  const preloadTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  useEffect(() => () => clearTimeout(preloadTimer.current), [])

  return useMemo(() => {
    const open = async (fresh = false, checkVersion = true): Promise<PagefindApi> => {
      // Always through loadPagefind's shared promise: a reload started by one caller is what
      // the next caller gets, never the stale instance.
      if (!fresh && checkVersion && !(await isPagefindCurrent(pagefindUrl))) fresh = true
      started.current = true
      return loadPagefind(pagefindUrl, baseUrl, { fresh })
    }
    return {
      open,
      async withReload(work) {
        try {
          return await work(await open(false))
        } catch {
          // The site was rebuilt while this page was open: its index files changed. Load the live index once more.
          return work(await open(true))
        }
      },
      warmUp() {
        if (!started.current) void open().catch(() => undefined)
      },
      preloadWords(text, filters) {
        clearTimeout(preloadTimer.current)
        if (!text) return
        preloadTimer.current = setTimeout(() => {
          // No version check here (two requests a pause): a stale instance only warms chunks the search will not use.
          void open(false, false)
            .then((instance) => instance.preload(text, { filters: filters() }))
            .catch(() => undefined)
        }, PRELOAD_DELAY_MS)
      },
      remember() {
        rememberIndexVersion(pagefindUrl)
      },
    }
  }, [pagefindUrl, baseUrl])
}
