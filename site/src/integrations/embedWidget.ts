import fs from 'node:fs'
import { fileURLToPath } from 'node:url'

import type { AstroIntegration } from 'astro'
import { build } from 'esbuild'

import { embedRoutes } from '../lib/embed'

const ENTRY = fileURLToPath(new URL('../embed/widget.ts', import.meta.url))

/** Portals paste one script tag; keep it small (issue 6 budget: 6 kB gzipped; bench `embed`). */
export async function bundleWidget(): Promise<string> {
  const result = await build({
    entryPoints: [ENTRY],
    bundle: true,
    minify: true,
    format: 'iife',
    // Old portal visitors' browsers: nothing newer than ES2017 (no ?. or ??, no helpers pulled in).
    target: 'es2017',
    write: false,
    legalComments: 'none',
  })
  const file = result.outputFiles[0]
  if (!file) throw new Error('esbuild không tạo được tiện ích nhúng (src/embed/widget.ts).')
  return file.text
}

/**
 * Writes the embed widget to <out>/nhung/widget.js after every build. A fixed
 * name, not a hashed asset: portals keep the same script tag for years and get
 * the new code with the next release.
 */
export function embedWidget(): AstroIntegration {
  return {
    name: 'dvctt:embed-widget',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const target = new URL(`.${embedRoutes.widget}`, dir)
        fs.mkdirSync(new URL('./', target), { recursive: true })
        const code = await bundleWidget()
        fs.writeFileSync(target, code)
        logger.info(`Tiện ích nhúng: ${embedRoutes.widget} (${code.length} byte).`)
      },
    },
  }
}
