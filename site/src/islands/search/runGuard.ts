import { useMemo, useRef } from 'react'

/** Ends a run that a newer one replaced; its work is dropped, not reported. */
class Superseded extends Error {}

/** One search in flight. Only the latest run may change what is on screen. */
export interface Run {
  /** False once a newer run has started. */
  readonly current: boolean
  /** Awaits one step of the run; if a newer run started meanwhile, ends this one instead of returning. */
  step<T>(work: Promise<T>): Promise<T>
}

export interface RunGuard {
  /** Starts a run, replacing the one before. */
  start(): Run
  /** The latest run, for work that belongs to it (more results of the same answer). */
  latest(): Run
}

/**
 * The one guard against stale answers: a search started while an earlier one
 * is still waiting on Pagefind makes the earlier one stop at its next step,
 * so a slow answer never replaces a newer one.
 */
export function useRunGuard(): RunGuard {
  const counter = useRef(0)
  return useMemo(() => {
    const runFor = (ticket: number): Run => ({
      get current() {
        return ticket === counter.current
      },
      async step(work) {
        const value = await work
        if (ticket !== counter.current) throw new Superseded()
        return value
      },
    })
    return { start: () => runFor(++counter.current), latest: () => runFor(counter.current) }
  }, [])
}
