// Builds the public static site from published content: `npm run build:site`.
// Options: --out <dir> builds elsewhere than site/dist; --json prints the
// result (mode, pages, seconds, index size, peak memory) for scripts/bench.ts
// and the CMS's rebuild job; --incremental <id,id…> renders only what those
// materials change (scripts/lib/site-incremental.ts), falling back to a full
// build when it cannot. The job passes the same through SITE_BUILD_MODE and
// SITE_CHANGED_MATERIALS (a JSON array of material IDs).
import path from 'node:path'
import { parseArgs } from 'node:util'

import { exitWithMessage } from './lib/fail'
import { buildSite, liveDir } from './lib/site-build'

const { values } = parseArgs({
  options: { out: { type: 'string' }, json: { type: 'boolean', default: false }, incremental: { type: 'string' } },
})

function changedFromEnv(): string[] | undefined {
  const raw = process.env.SITE_CHANGED_MATERIALS?.trim()
  if (!raw) return undefined
  const parsed: unknown = JSON.parse(raw)
  if (!Array.isArray(parsed)) throw new Error('SITE_CHANGED_MATERIALS phải là một mảng JSON mã tài liệu, ví dụ ["12","15"].')
  return parsed.map(String)
}

try {
  const changed = values.incremental !== undefined ? values.incremental.split(',').filter(Boolean) : changedFromEnv()
  const incremental = values.incremental !== undefined || process.env.SITE_BUILD_MODE === 'incremental'
  const result = await buildSite(values.out ? path.resolve(values.out) : liveDir, {
    mode: incremental ? 'incremental' : 'full',
    changedMaterials: changed,
  })
  const peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024)
  if (values.json) console.log(JSON.stringify({ ...result, peakRssMb }))
  else {
    const how = result.mode === 'incremental' ? `dựng lại ${result.renderedPages.toLocaleString('vi-VN')} trang đã đổi, ` : ''
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
