// `npm test`: every test project through Vitest (see vitest.config.ts), arguments forwarded.
//   npm test                               code checks (scripts/lint.ts), then unit, integration on
//                                          SQLite/PostgreSQL/MongoDB (+ FerretDB: a part), upgrade, e2e
//   npm test -- --project int-sqlite       one project
//   npm test -- tests/int/units.test.ts    one file, in every project that includes it
import { projectRoot } from '@dvctt/cms/lib/paths'

import { checkCode } from './checks/index'
import { exitWithMessage, formatSeconds } from './lib/fail'
import { runLanes } from './lib/testLanes'

/**
 * The whole run goes in two lanes, two Vitest processes at once: the machines have 2 cores and one
 * Vitest process runs its files one after another (projects share a database, so files may not run
 * side by side within a project). Lane 1 holds SQLite and the browser tests, lane 2 the other
 * databases; each project keeps its own database, ports and folders (named by process id), so
 * nothing is shared between the lanes. TEST_LANES=1 runs everything in one process, as before
 * (the whole CI run took 44 minutes that way at fc9920a, and 29 minutes in two lanes at e231229).
 */
const LANES = [
  ['unit', 'int-sqlite', 'e2e'],
  ['int-postgres', 'int-mongodb', 'int-ferretdb', 'int-s3', 'int-email', 'upgrade'],
]

const args = process.argv.slice(2)
const choosesProjects = args.some((arg) => arg === '--project' || arg.startsWith('--project='))
// Lanes only for the whole run: a chosen file or project runs in one process, as Vitest would.
const lanes = choosesProjects ? [[]] : args.length > 0 || process.env.TEST_LANES === '1' ? [LANES.flat()] : LANES

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
runLanes(
  lanes.map((projects) => [...projects.flatMap((name) => ['--project', name]), ...args]),
  started,
)
