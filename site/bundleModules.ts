import fs from 'node:fs'
import path from 'node:path'

import type { AstroUserConfig } from 'astro'

type VitePlugin = Extract<NonNullable<NonNullable<AstroUserConfig['vite']>['plugins']>[number], { name: string }>

/**
 * When SITE_BUNDLE_MODULES names a file, every environment of the build (the
 * client islands, the prerendering server) adds to it the module ids its
 * chunks were bundled from: `{ "<environment>": ["/abs/path.ts", …] }`.
 * tests/e2e/site-bundle.test.ts reads it to prove the site bundles the CMS's
 * shared vocabulary and nothing else of the CMS (no Payload, jobs or importers).
 */
export function reportBundleModules(file = process.env.SITE_BUNDLE_MODULES?.trim()): VitePlugin {
  return {
    name: 'dvctt:report-bundle-modules',
    apply: 'build',
    generateBundle(_options, bundle) {
      if (!file) return
      const ids = Object.values(bundle).flatMap((output) => (output.type === 'chunk' ? output.moduleIds : []))
      const report: Record<string, string[]> = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : {}
      const name = this.environment?.name ?? 'unknown'
      report[name] = [...new Set([...(report[name] ?? []), ...ids])].sort()
      fs.mkdirSync(path.dirname(file), { recursive: true })
      fs.writeFileSync(file, `${JSON.stringify(report, null, 1)}\n`)
    },
  }
}
