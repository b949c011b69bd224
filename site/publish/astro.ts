import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

import { type SiteBuildInput, setSiteBuildInput } from '../src/lib/buildScope'

export const siteDir = fileURLToPath(new URL('..', import.meta.url))

type AstroModule = { build: (options: { root: string; outDir?: string; logLevel?: string }) => Promise<void> }

/**
 * Runs Astro in this process into `outDir`, handing it `input` (the
 * bookkeeping folder and, for an incremental build, what changed) in-process.
 */
export async function runAstro(outDir: string, input: SiteBuildInput): Promise<void> {
  // Astro resolves its own entry from the site, with import conditions.
  const astroEntry = createRequire(path.join(siteDir, 'package.json')).resolve('astro')
  const astro = (await import(pathToFileURL(astroEntry).href)) as AstroModule
  setSiteBuildInput(input)
  try {
    await astro.build({ root: siteDir, outDir, logLevel: process.env.SITE_BUILD_LOG ?? 'warn' })
  } finally {
    // A later build in this process (tests, benchmarks) must not inherit this one's input.
    setSiteBuildInput(undefined)
  }
}
