// `npm test`: every test project through Vitest (see vitest.config.ts), arguments forwarded.
//   npm test                               code checks (scripts/lint.ts), then unit, integration on
//                                          SQLite/PostgreSQL/MongoDB (+ FerretDB: a part), upgrade, e2e
//   npm test -- --project int-sqlite       one project
//   npm test -- tests/int/units.test.ts    one file, in every project that includes it
import { spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import path from 'node:path'

import { projectRoot } from '@dvctt/cms/lib/paths'

import { checkCode } from './checks/index'
import { exitWithMessage, formatSeconds } from './lib/fail'

const DEFAULT_PROJECTS = [
  'unit',
  'int-sqlite',
  'int-postgres',
  'int-mongodb',
  'int-ferretdb',
  'int-s3',
  'int-email',
  'upgrade',
  'e2e',
]

const args = process.argv.slice(2)
const choosesProjects = args.some((arg) => arg === '--project' || arg.startsWith('--project='))
const projectArgs = choosesProjects ? [] : DEFAULT_PROJECTS.flatMap((name) => ['--project', name])

const require = createRequire(path.join(projectRoot, 'package.json'))
const vitest = path.join(path.dirname(require.resolve('vitest/package.json')), 'vitest.mjs')

const started = Date.now()
// The whole run (CI) starts with the code checks: format check + lint + size + import cycles.
if (args.length === 0) {
  console.log('› Kiểm tra mã: định dạng + lint + kích thước + vòng import (npm run lint)')
  let passed = false
  try {
    passed = checkCode(projectRoot)
  } catch (error) {
    exitWithMessage(error, 'Không chạy được kiểm tra mã')
  }
  if (!passed) {
    process.stderr.write('\n✖ Kiểm tra mã chưa đạt: sửa các tệp kể trên (định dạng: `npm run format`), rồi chạy lại.\n')
    process.exit(1)
  }
  console.log(`✔ Kiểm tra mã đạt sau ${formatSeconds(Date.now() - started)}.`)
}
const child = spawn(process.execPath, [vitest, 'run', ...projectArgs, ...args], { cwd: projectRoot, stdio: 'inherit' })

// Ctrl-C already reaches Vitest (same process group): wait for it, so its
// teardown stops the test PostgreSQL cluster and drops the test databases.
process.on('SIGINT', () => undefined)
process.on('SIGTERM', () => child.kill('SIGTERM'))

child.on('error', (error) => {
  process.stderr.write(`\n✖ Không chạy được Vitest: ${error.message}\n`)
  process.exit(1)
})
child.on('exit', (code, signal) => {
  const verdict = code === 0 ? '✔ Kiểm thử đạt' : '✖ Kiểm thử chưa đạt'
  console.log(`${verdict} sau ${formatSeconds(Date.now() - started)}.`)
  process.exit(code ?? (signal ? 1 : 0))
})
