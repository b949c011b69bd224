// `npm run typecheck`: strict TypeScript over scripts and tests (root) and the CMS (tsc), then the site's
// .astro, .ts and .tsx files with `astro check` (@astrojs/check, same site/tsconfig.json).
import path from 'node:path'

import { projectRoot } from '@dvctt/cms/lib/paths'

import { exitWithMessage, formatSeconds } from './lib/fail'
import { run } from './lib/processes'

const tsc = path.join(projectRoot, 'node_modules', 'typescript', 'bin', 'tsc')
const siteDir = path.join(projectRoot, 'site')
const astro = path.join(siteDir, 'node_modules', 'astro', 'bin', 'astro.mjs')
const started = Date.now()
try {
  for (const project of ['tsconfig.json', 'cms/tsconfig.json']) {
    console.log(`› tsc -p ${project}`)
    await run(process.execPath, [tsc, '-p', project, '--noEmit'], { cwd: projectRoot })
  }
  console.log('› astro check (site/)')
  await run(process.execPath, [astro, 'check'], { cwd: siteDir, env: { ASTRO_TELEMETRY_DISABLED: '1' } })
  console.log(`✔ Không có lỗi kiểu (${formatSeconds(Date.now() - started)}).`)
} catch (error) {
  exitWithMessage(error, 'Kiểm tra kiểu thất bại')
}
