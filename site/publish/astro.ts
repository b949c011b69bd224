import crypto from 'node:crypto'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

import { type SiteBuildInput, setSiteBuildInput } from '../src/lib/buildScope'

export const siteDir = fileURLToPath(new URL('..', import.meta.url))

type AstroModule = { build: (options: { root: string; outDir?: string; logLevel?: string }) => Promise<void> }

/**
 * Astro bundles the pages it prerenders into `<outDir>/.prerender/`, but only
 * when the output folder lies under the working directory; otherwise into the
 * fixed `./.astro/.prerender/`. Node caches a module by its URL, so every later
 * build in that process (a warm publisher) then ran the first build's page
 * modules and their cached getStaticPaths results: stale pages, or none. A link
 * under the working directory gives each build's bundle an address of its own.
 */
function outDirUnderCwd(outDir: string): { dir: string; remove: () => void } {
  const target = path.resolve(outDir)
  const cwd = process.cwd()
  if (target.startsWith(cwd + path.sep)) return { dir: target, remove: () => undefined }
  fs.mkdirSync(target, { recursive: true })
  const links = path.join(cwd, '.tmp', 'astro-out')
  fs.mkdirSync(links, { recursive: true })
  const link = path.join(links, `${process.pid}-${Date.now()}-${crypto.randomBytes(4).toString('hex')}`)
  fs.symlinkSync(target, link, 'dir')
  return { dir: link, remove: () => fs.rmSync(link, { force: true }) }
}

/**
 * Runs Astro in this process into `outDir`, handing it `input` (the
 * bookkeeping folder and, for an incremental build, what changed) in-process.
 */
export async function runAstro(outDir: string, input: SiteBuildInput): Promise<void> {
  // Astro resolves its own entry from the site, with import conditions.
  const astroEntry = createRequire(path.join(siteDir, 'package.json')).resolve('astro')
  const astro = (await import(pathToFileURL(astroEntry).href)) as AstroModule
  const out = outDirUnderCwd(outDir)
  setSiteBuildInput(input)
  try {
    await astro.build({ root: siteDir, outDir: out.dir, logLevel: process.env.SITE_BUILD_LOG ?? 'warn' })
  } finally {
    // A later build in this process (tests, benchmarks) must not inherit this one's input.
    setSiteBuildInput(undefined)
    out.remove()
  }
}
