// Builds the public static site from published content: `npm run build:site`.
// Options: --out <dir> builds elsewhere than site/dist; --json prints the
// result (mode, pages, seconds, index size, peak memory) for benchmarks;
// --incremental <id,id…> renders only what those materials change, falling
// back to a full build when it cannot. The publisher is site/publish/.
import path from 'node:path'
import { parseArgs } from 'node:util'

import { liveDir, publish } from '@dvctt/site/publish'

import { exitWithMessage } from './lib/fail'

const { values } = parseArgs({
  options: { out: { type: 'string' }, json: { type: 'boolean', default: false }, incremental: { type: 'string' } },
})

try {
  const changed = values.incremental?.split(',').filter(Boolean) ?? []
  const result = await publish({
    reason: 'manual',
    changedMaterials: changed,
    everything: values.incremental === undefined,
    outDir: values.out ? path.resolve(values.out) : liveDir,
  })
  const peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024)
  if (values.json) console.log(JSON.stringify({ ...result, peakRssMb }))
  else {
    const how =
      result.mode === 'incremental' ? `dựng lại ${result.renderedPages.toLocaleString('vi-VN')} trang đã đổi, ` : ''
    console.log(
      `✔ Đã dựng ${result.pages.toLocaleString('vi-VN')} trang (${how}${result.mode === 'full' ? 'dựng đầy đủ' : 'dựng phần thay đổi'}) trong ${result.seconds.toLocaleString('vi-VN', { maximumFractionDigits: 1 })} giây → ${path.relative(process.cwd(), result.outDir) || '.'}`,
    )
    if (result.fallback) console.log(`  (Dựng đầy đủ thay vì dựng phần thay đổi: ${result.fallback}.)`)
  }
  // Payload keeps database handles open; the build is done, so leave.
  process.exit(0)
} catch (error) {
  exitWithMessage(error, 'Dựng trang công khai thất bại')
}
