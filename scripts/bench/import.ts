/**
 * Procedure-catalogue import: a 3,000-row province file (two sheets, merged
 * headers, sections, agencies) into a fresh embedded SQLite database with the
 * province's units, through the same service as the CLI and the admin; then
 * the same file again (nothing to write). Runs in a child process (this file
 * with BENCH_IMPORT_RESULT set) so its database is its own.
 */
import fs from 'node:fs'
import path from 'node:path'

import { projectRoot } from '@dvctt/cms/lib/paths'

import { run } from '../lib/processes'
import type { Section } from './report'

const work = path.join(projectRoot, '.tmp', 'bench-import')
export const IMPORT_BENCH_ROWS = 3000

export async function benchImport(rows = IMPORT_BENCH_ROWS): Promise<Section> {
  fs.rmSync(work, { recursive: true, force: true })
  fs.mkdirSync(work, { recursive: true })
  const resultFile = path.join(work, 'result.json')
  await run(process.execPath, ['--import', 'tsx', path.join(projectRoot, 'scripts', 'bench', 'import.ts')], {
    cwd: projectRoot,
    env: {
      DATABASE_URL: `file:${path.join(work, 'bench.db')}`,
      BENCH_IMPORT_RESULT: resultFile,
      BENCH_IMPORT_ROWS: String(rows),
      CMS_RUN_JOBS: '0',
    },
  })
  return JSON.parse(fs.readFileSync(resultFile, 'utf8')) as Section
}

async function child(resultFile: string, rows: number): Promise<void> {
  const { getCmsPayload } = await import('@dvctt/cms/lib/getCmsPayload')
  const { applyProcedureImport } = await import('@dvctt/cms/import/procedures/index')
  const { buildProvinceCatalogue, syntheticProcedures } = await import('../seed/catalogueFile')
  const { PROVINCE_UNITS } = await import('../seed/data/units')
  const { SEED_CONTEXT } = await import('../seed/context')

  const payload = await getCmsPayload({ migrate: true })
  payload.logger.level = 'error'
  for (const unit of PROVINCE_UNITS) {
    await payload.create({
      collection: 'units',
      data: { name: unit.name, shortName: unit.shortName, type: unit.type },
      context: SEED_CONTEXT,
    })
  }
  const file = {
    bytes: await buildProvinceCatalogue({ procedures: syntheticProcedures(rows) }),
    name: 'danh-muc-3000.xlsx',
  }
  const round = (ms: number) => Math.round(ms / 10) / 100

  console.log(`› import: nạp ${rows.toLocaleString('vi-VN')} thủ tục vào cơ sở dữ liệu trống…`)
  let started = performance.now()
  const first = await applyProcedureImport(payload, file)
  const seconds = round(performance.now() - started)
  if (first.applied.created !== rows)
    throw new Error(`chỉ tạo được ${first.applied.created}/${rows} thủ tục (${first.rejected.length} dòng bị loại)`)

  console.log('› import: nạp lại đúng tệp đó (không có gì để ghi)…')
  started = performance.now()
  const again = await applyProcedureImport(payload, file)
  const reimportSeconds = round(performance.now() - started)
  const writes = again.applied.created + again.applied.updated + again.applied.withdrawn
  if (writes !== 0) throw new Error(`lần nạp lại ghi ${writes} thủ tục, lẽ ra 0`)

  const { totalDocs: siteChanges } = await payload.count({ collection: 'site-changes' })
  const result = { rows, seconds, reimportSeconds, fileKB: Math.round(file.bytes.length / 1024), siteChanges }
  fs.writeFileSync(resultFile, JSON.stringify(result))
  await payload.destroy()
}

const resultFile = process.env.BENCH_IMPORT_RESULT
if (
  resultFile &&
  process.argv[1] &&
  path.resolve(process.argv[1]) === path.join(projectRoot, 'scripts', 'bench', 'import.ts')
) {
  try {
    await child(resultFile, Number(process.env.BENCH_IMPORT_ROWS ?? IMPORT_BENCH_ROWS))
    process.exit(0)
  } catch (error) {
    console.error(`✖ Đo nạp danh mục thất bại: ${error instanceof Error ? error.message : String(error)}`)
    process.exit(1)
  }
}
