// `npm run typecheck`: strict TypeScript over scripts and tests (root), the CMS and the site's .ts/.tsx.
import path from 'node:path'

import { projectRoot } from '@dvctt/cms/lib/paths'

import { exitWithMessage } from './lib/fail'
import { run } from './lib/processes'

const tsc = path.join(projectRoot, 'node_modules', 'typescript', 'bin', 'tsc')
try {
  for (const project of ['tsconfig.json', 'cms/tsconfig.json', 'site/tsconfig.json']) {
    console.log(`› tsc -p ${project}`)
    await run(process.execPath, [tsc, '-p', project, '--noEmit'], { cwd: projectRoot })
  }
  console.log('✔ Không có lỗi kiểu.')
} catch (error) {
  exitWithMessage(error, 'Kiểm tra kiểu thất bại')
}
