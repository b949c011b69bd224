import type { IncrementalScope } from './buildRecord'
import type { MediaOrigin, SiteData } from './types'

/**
 * One snapshot of the CMS per build, shared by every page and by the
 * integrations. Kept on globalThis because Astro runs pages from its bundle
 * and integrations from the config, two module instances in the same process.
 * This file imports nothing at runtime so integrations can load it cheaply.
 */
export interface CmsBuildState {
  data?: Promise<SiteData>
  loadedAt?: number
  sourceName?: string
  mediaOrigin?: MediaOrigin
  close?: () => Promise<void>
  /** An incremental build's scope, set once the data is read. */
  scope?: IncrementalScope
  /**
   * Set by `astro dev`'s server hook only: the snapshot is then re-read when older than a few seconds, so
   * edits show up. Not `import.meta.env.DEV`, which Astro fills from the environment: a `DEV=1` left in
   * the shell (Vitest sets one) made every build re-read the whole library every 5 s.
   */
  liveRefresh?: boolean
}

const KEY = Symbol.for('dvctt.site.cms')
type WithState = typeof globalThis & { [KEY]?: CmsBuildState }

export function cmsBuildState(): CmsBuildState {
  const g = globalThis as WithState
  g[KEY] ??= {}
  return g[KEY]
}

/** Forgets the snapshot, so the next read goes to the CMS again. */
export function resetCmsBuildState(): void {
  ;(globalThis as WithState)[KEY] = {}
}
