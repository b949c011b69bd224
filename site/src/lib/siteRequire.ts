import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * Loads a CommonJS package from the site's node_modules when the build runs,
 * outside Vite's bundle. For heavy build-time-only libraries (pdf-lib and
 * fontkit are ≈ 4 MB of modules): bundled, every build would process them,
 * the one-page CMS previews and incremental publishes included. Resolved from
 * the site folder (DVCTT_SITE_ROOT, set by astro.config.ts), since the built
 * chunks may run from an output folder elsewhere.
 */
export function siteRequire(id: string): unknown {
  const siteRoot = process.env.DVCTT_SITE_ROOT ?? fileURLToPath(new URL('../../', import.meta.url))
  return createRequire(path.join(siteRoot, 'package.json'))(id)
}

/** Resolves a file inside a package of the site (a font), with the same rule. */
export function siteResolve(id: string): string {
  const siteRoot = process.env.DVCTT_SITE_ROOT ?? fileURLToPath(new URL('../../', import.meta.url))
  return createRequire(path.join(siteRoot, 'package.json')).resolve(id)
}
