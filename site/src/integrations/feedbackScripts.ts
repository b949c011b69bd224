import fs from 'node:fs'
import { fileURLToPath } from 'node:url'

import type { AstroIntegration } from 'astro'

import { SOLVER_PATH } from '../feedback/settings'
import { bundleBrowserScript } from './browserBundle'

const entry = (name: string) => fileURLToPath(new URL(`../feedback/${name}.ts`, import.meta.url))
const MODULE_ID = 'virtual:dvctt/feedback'
const RESOLVED_ID = `\0${MODULE_ID}`

let inline: Promise<{ widget: string }> | undefined
let solver: Promise<string> | undefined

/**
 * The script pages with the form inline, minified (src/feedback/widget.ts). Bundled once per process.
 */
export function feedbackInlineCode(): Promise<{ widget: string }> {
  inline ??= bundleBrowserScript(entry('widget'), { format: 'esm' }).then((widget) => ({ widget }))
  return inline
}

/** The challenge solver (src/feedback/solver.ts, with altcha-lib's solver), loaded by the widget on demand. */
export function feedbackSolverCode(): Promise<string> {
  solver ??= bundleBrowserScript(entry('solver'), { format: 'esm' })
  return solver
}

/**
 * Gives pages the feedback scripts as `virtual:dvctt/feedback` (components/FeedbackPanel.astro inlines it:
 * no request, never render-blocking) and writes the solver to <out>/gop-y/thu-thach.js after every build,
 * full or incremental. Page-weight budget (issue 19): ≤ 6 kB gzipped before any interaction (bench `feedback`).
 */
export function feedbackScripts(): AstroIntegration {
  return {
    name: 'dvctt:feedback-scripts',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'dvctt:feedback-widget',
                resolveId: (id: string) => (id === MODULE_ID ? RESOLVED_ID : undefined),
                load: async (id: string) => {
                  if (id !== RESOLVED_ID) return undefined
                  const { widget } = await feedbackInlineCode()
                  return `export const widget = ${JSON.stringify(widget)}\n`
                },
              },
            ],
          },
        })
      },
      'astro:build:done': async ({ dir, logger }) => {
        const target = new URL(`.${SOLVER_PATH}`, dir)
        fs.mkdirSync(new URL('./', target), { recursive: true })
        const code = await feedbackSolverCode()
        fs.writeFileSync(target, code)
        logger.info(`Bộ giải mã chống thư rác của biểu mẫu góp ý: ${SOLVER_PATH} (${code.length} byte).`)
      },
    },
  }
}
