// `npm run lint`: format check + lint + function/file size + import cycles over the whole tree
// (Biome, configured in biome.jsonc; sizes in scripts/checks/). The full `npm test` runs it first.
import path from 'node:path'

import { checkCode } from './checks/index'
import { exitWithMessage, formatSeconds } from './lib/fail'

const root = path.resolve(import.meta.dirname, '..')
const started = Date.now()
try {
  if (!checkCode(root)) {
    process.stderr.write('\n✖ Kiểm tra mã chưa đạt: sửa các tệp kể trên (định dạng: `npm run format`).\n')
    process.exit(1)
  }
  console.log(`✔ Định dạng, lint, kích thước và vòng import: đạt (${formatSeconds(Date.now() - started)}).`)
} catch (error) {
  exitWithMessage(error, 'Không chạy được kiểm tra mã')
}
