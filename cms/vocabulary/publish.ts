/**
 * What the CMS asks of the site's publisher (site/publish/) and what it answers:
 * the one typed contract between the rebuild job (cms/jobs/rebuildSite.ts) and
 * the publisher, passed as JSON files (site/publish/cli.ts), never as
 * environment variables or log lines.
 */
export type PublishMode = 'full' | 'incremental'

export interface PublishRequest {
  /** Why this build runs ("materials:publish", "consolidate", "manual"…), for the log. */
  reason: string
  /** Materials whose pages may have changed (IDs as strings). */
  changedMaterials: string[]
  /**
   * True when something changed that may show on any page (a unit, topic,
   * procedure, medium…), or to consolidate after incremental builds: the
   * publisher then builds everything.
   */
  everything: boolean
  /** The served folder (default site/dist); tests and benchmarks build elsewhere. */
  outDir?: string
}

export interface PublishSuccess {
  ok: true
  outDir: string
  release: string
  mode: PublishMode
  /** Why an incremental request became a full build, if it did. */
  fallback?: string
  pages: number
  /** Pages rendered by this build (all of them for a full build). */
  renderedPages: number
  pagefindBytes: number
  seconds: number
  /** Seconds per step of an incremental build. */
  phases?: Record<string, number>
  /** Staging folders of earlier builds that died, removed before this one. */
  removedStaging: string[]
}

export interface PublishFailure {
  ok: false
  /** In Vietnamese, for the site status shown in the admin. */
  message: string
}

export type PublishResult = PublishSuccess | PublishFailure
