// Builds the public static site from published content: `npm run build:site`.
// Options: --out <dir> builds elsewhere than site/dist; --json prints the
// result (pages, seconds, index size, peak memory) for scripts/bench.ts.
import path from 'node:path'
import { parseArgs } from 'node:util'

import { exitWithMessage } from './lib/fail'
import { buildSite, liveDir } from './lib/site-build'

const { values } = parseArgs({ options: { out: { type: 'string' }, json: { type: 'boolean', default: false } } })

try {
  const result = await buildSite(values.out ? path.resolve(values.out) : liveDir)
  const peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024)
  if (values.json) console.log(JSON.stringify({ ...result, peakRssMb }))
  else
    console.log(
      `✔ Đã dựng ${result.pages.toLocaleString('vi-VN')} trang trong ${result.seconds.toLocaleString('vi-VN', { maximumFractionDigits: 1 })} giây → ${path.relative(process.cwd(), result.outDir) || '.'}`,
    )
  // Payload keeps database handles open; the build is done, so leave.
  process.exit(0)
} catch (error) {
  exitWithMessage(error, 'Dựng trang công khai thất bại')
}
