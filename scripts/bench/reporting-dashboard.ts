/**
 * dashboardMs (issue 17, goal ≤ 500 ms): server time to compute the targets dashboard's data
 * (cms/reporting/figures.ts yearFigures, what /admin/chi-tieu-ke-hoach renders), median of 5 after one
 * warm-up, on SQLite. `measureDashboardMs` is called by reporting-report.ts on its dataset (60 units,
 * 1,000,000 usage events as counters, 5,000 activities): key dashboardMs. `benchDashboardDemo` measures
 * the demo library (`npm run seed`) in a child process of its own (this file with BENCH_DASHBOARD_RESULT
 * set): key dashboardMs_demo.
 */
import fs from 'node:fs'
import path from 'node:path'

import { projectRoot } from '@dvctt/cms/lib/paths'
import type { Payload } from 'payload'

import { run } from '../lib/processes'
import type { Section } from './report'

const work = path.join(projectRoot, '.tmp', 'bench-reporting-demo')
const SCRIPT = path.join(projectRoot, 'scripts', 'bench', 'reporting-dashboard.ts')
const RUNS = 5

export async function measureDashboardMs(payload: Payload, year: number): Promise<number> {
  const { yearFigures } = await import('@dvctt/cms/reporting/figures')
  await yearFigures(payload, year)
  const times: number[] = []
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now()
    await yearFigures(payload, year)
    times.push(performance.now() - started)
  }
  times.sort((a, b) => a - b)
  return Math.round(times[Math.floor(RUNS / 2)] ?? 0)
}

export async function benchDashboardDemo(): Promise<Section> {
  fs.rmSync(work, { recursive: true, force: true })
  fs.mkdirSync(work, { recursive: true })
  const resultFile = path.join(work, 'result.json')
  await run(process.execPath, ['--import', 'tsx', SCRIPT], {
    cwd: projectRoot,
    env: {
      DATABASE_URL: `file:${path.join(work, 'bench.db')}`,
      MEDIA_DIR: path.join(work, 'media'),
      BENCH_DASHBOARD_RESULT: resultFile,
      CMS_RUN_JOBS: '0',
      SITE_AUTO_REBUILD: '0',
    },
  })
  return JSON.parse(fs.readFileSync(resultFile, 'utf8')) as Section
}

async function child(resultFile: string): Promise<void> {
  const { getCmsPayload } = await import('@dvctt/cms/lib/getCmsPayload')
  const { yearOf } = await import('@dvctt/cms/reporting/standing')
  const { seedDemo } = await import('../seed/index')
  const payload = await getCmsPayload({ migrate: true })
  payload.logger.level = 'error'
  console.log('› dashboardMs: dữ liệu mẫu (npm run seed)…')
  await seedDemo(payload)
  const result: Section = { dashboardMs_demo: await measureDashboardMs(payload, yearOf(new Date())) }
  fs.writeFileSync(resultFile, JSON.stringify(result))
  await payload.destroy()
}

const resultFile = process.env.BENCH_DASHBOARD_RESULT
if (resultFile && process.argv[1] && path.resolve(process.argv[1]) === SCRIPT) {
  try {
    await child(resultFile)
    process.exit(0)
  } catch (error) {
    console.error(`✖ Đo dashboardMs thất bại: ${error instanceof Error ? error.stack : String(error)}`)
    process.exit(1)
  }
}
