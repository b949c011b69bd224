/**
 * reportSeconds (issue 17): the province's roll-up plus every unit's report
 * (DOCX + XLSX each) for one year, on the dataset of reporting-dataset.ts
 * (60 units, 1,000,000 usage events as daily counters, 5,000 approved
 * activities), in a fresh SQLite database of its own (a child process, this
 * file with BENCH_REPORTING_RESULT set). Two ways, both timed:
 * - reportSeconds: one read of the year's data, then 61 documents pairs (a
 *   «download all» for the province);
 * - unitRequestMs / provinceRequestMs: one report as the download endpoint
 *   makes it (its own read of the data, then DOCX + XLSX).
 */
import fs from 'node:fs'
import path from 'node:path'

import { projectRoot } from '@dvctt/cms/lib/paths'

import { run } from '../lib/processes'
import type { Section } from './report'

const work = path.join(projectRoot, '.tmp', 'bench-reporting')
const SCRIPT = path.join(projectRoot, 'scripts', 'bench', 'reporting-report.ts')

export async function benchReportSeconds(usageEvents = 1_000_000): Promise<Section> {
  fs.rmSync(work, { recursive: true, force: true })
  fs.mkdirSync(work, { recursive: true })
  const resultFile = path.join(work, 'result.json')
  await run(process.execPath, ['--import', 'tsx', SCRIPT], {
    cwd: projectRoot,
    env: {
      DATABASE_URL: `file:${path.join(work, 'bench.db')}`,
      MEDIA_DIR: path.join(work, 'media'),
      BENCH_REPORTING_RESULT: resultFile,
      BENCH_REPORTING_EVENTS: String(usageEvents),
      CMS_RUN_JOBS: '0',
    },
  })
  return JSON.parse(fs.readFileSync(resultFile, 'utf8')) as Section
}

const seconds = (ms: number) => Math.round(ms / 10) / 100

async function child(resultFile: string, usageEvents: number): Promise<void> {
  const { getCmsPayload } = await import('@dvctt/cms/lib/getCmsPayload')
  const { vietnamYear } = await import('@dvctt/cms/yearlyReport/deadline')
  const { loadAllReportInputs, loadReportInput } = await import('@dvctt/cms/yearlyReport/load')
  const { renderReportDocx } = await import('@dvctt/cms/yearlyReport/docx')
  const { renderReportXlsx } = await import('@dvctt/cms/yearlyReport/xlsx')
  const { buildReportingDataset } = await import('./reporting-dataset')

  const payload = await getCmsPayload({ migrate: true })
  payload.logger.level = 'error'
  const year = vietnamYear(new Date()) - 1
  const activities = Math.round(usageEvents / 200)
  let started = performance.now()
  const dataset = await buildReportingDataset(payload, { year, usageEvents, activities, log: console.log })
  const datasetSeconds = seconds(performance.now() - started)

  console.log('› reportSeconds: báo cáo tổng hợp và báo cáo của từng đơn vị (DOCX + XLSX)…')
  started = performance.now()
  const all = await loadAllReportInputs(payload, year)
  let bytes = 0
  for (const input of [all.province, ...all.units]) {
    bytes += (await renderReportDocx(input)).length + (await renderReportXlsx(input)).length
  }
  const reportSeconds = seconds(performance.now() - started)

  const timeOne = async (scope: Parameters<typeof loadReportInput>[2]) => {
    const at = performance.now()
    const input = await loadReportInput(payload, year, scope)
    if (!input) throw new Error('không tải được dữ liệu báo cáo')
    await renderReportDocx(input)
    await renderReportXlsx(input)
    return Math.round(performance.now() - at)
  }
  // The targets dashboard's data on the same dataset (reporting-dashboard.ts).
  const { measureDashboardMs } = await import('./reporting-dashboard')
  const dashboardMs = await measureDashboardMs(payload, year)
  const provinceRequestMs = await timeOne({ kind: 'province' })
  const unitRequestMs = await timeOne({ kind: 'unit', unitId: dataset.units[0] ?? '' })

  const result = {
    reportSeconds,
    reports: 1 + all.units.length,
    dashboardMs,
    provinceRequestMs,
    unitRequestMs,
    usageEvents,
    counterRows: dataset.counterRows,
    activities,
    activitiesInRollup: all.province.activities.length,
    usageInRollup: Object.values(all.province.usage).reduce((a, b) => a + b, 0),
    documentsMB: Math.round(bytes / 1024 / 10.24) / 100,
    datasetSeconds,
  }
  fs.writeFileSync(resultFile, JSON.stringify(result))
  await payload.destroy()
}

const resultFile = process.env.BENCH_REPORTING_RESULT
if (resultFile && process.argv[1] && path.resolve(process.argv[1]) === SCRIPT) {
  try {
    await child(resultFile, Number(process.env.BENCH_REPORTING_EVENTS ?? 1_000_000))
    process.exit(0)
  } catch (error) {
    console.error(`✖ Đo báo cáo năm thất bại: ${error instanceof Error ? error.stack : String(error)}`)
    process.exit(1)
  }
}
