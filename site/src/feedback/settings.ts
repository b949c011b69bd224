/**
 * What a page tells its feedback script (issue 19), written by components/FeedbackPanel.astro into
 * `<script type="application/json" id="dvctt-feedback">`. Short keys: the JSON is in every such page.
 */
export interface FeedbackSettings {
  /** The CMS's intake endpoint (absolute, or root-relative to the site); the challenge is at `<f>/challenge`. */
  f: string
  /** The usage beacon's address, for «Có / Không»; absent: no helpfulness question. */
  u?: string
  /** The material's id (material pages). */
  m?: number | string
  /** The procedure's id (procedure pages). */
  p?: number | string
  /** The lazily loaded challenge solver (src/feedback/solver.ts, written as /gop-y/thu-thach.js). */
  s: string
}

/** What the solver module exports. */
export interface SolverModule {
  /** Fetches a challenge from `url`, solves it, and gives the `altcha` field's value. */
  solve(url: string): Promise<string>
}

/** The solver's fixed address on the site (not content-hashed: pages of older releases keep naming it). */
export const SOLVER_PATH = '/gop-y/thu-thach.js'
