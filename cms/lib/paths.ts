import fs from 'node:fs'
import path from 'node:path'

/**
 * The workspace root. Next.js bundles the config, so `import.meta.url` points
 * into `.next/`; instead trust PROJECT_ROOT (set by scripts/start.ts) or walk
 * up from the working directory to the folder holding pnpm-workspace.yaml.
 */
function findProjectRoot(): string {
  if (process.env.PROJECT_ROOT) return path.resolve(process.env.PROJECT_ROOT)
  let dir = process.cwd()
  for (;;) {
    if (fs.existsSync(path.join(dir, 'pnpm-workspace.yaml'))) return dir
    const parent = path.dirname(dir)
    if (parent === dir) return process.cwd()
    dir = parent
  }
}

export const projectRoot = findProjectRoot()
export const cmsDir = path.join(projectRoot, 'cms')
export const dataDir = path.join(cmsDir, 'data')
// MEDIA_DIR lets tests and benchmarks keep their uploads apart from the demo's.
export const mediaDir = path.resolve(projectRoot, process.env.MEDIA_DIR ?? path.join('media', 'uploads'))
export const siteDir = path.join(projectRoot, 'site')
/** Committed schema migrations, one folder per SQL dialect (cms/lib/migrations.ts applies them). */
export const migrationsDir = path.join(cmsDir, 'migrations')
