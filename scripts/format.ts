// `npm run format`: rewrites cms/, site/, scripts/ and tests/ in the project's style (biome.jsonc).
// Biome 2.6 sometimes needs a second pass to settle a long call chain, so it runs until nothing changes.
import { spawnSync } from 'node:child_process'
import path from 'node:path'

import { biomeBinary } from './checks/biome'

const root = path.resolve(import.meta.dirname, '..')
for (let pass = 1; pass <= 5; pass++) {
  const result = spawnSync(process.execPath, [biomeBinary(root), 'format', '--write', '.'], {
    cwd: root,
    encoding: 'utf8',
  })
  const output = `${result.stdout}${result.stderr}`
  if (result.status !== 0) {
    process.stderr.write(`${output}\n✖ Không định dạng được mã (xem thông báo của Biome ở trên).\n`)
    process.exit(1)
  }
  const fixed = /Fixed (\d+) file/.exec(output)
  console.log(`› Lượt ${pass}: ${fixed ? `đã định dạng lại ${fixed[1]} tệp` : 'không còn tệp nào cần định dạng'}.`)
  if (!fixed) process.exit(0)
}
process.stderr.write('✖ Biome vẫn đổi tệp sau 5 lượt định dạng: chạy lại `npm run format` và báo lỗi này.\n')
process.exit(1)
