/**
 * Section `reporting` of `npm run bench` (issue 17): one figure per file,
 * scripts/bench/reporting-*.ts, each adding its keys. `--n` is the number of
 * usage events of the dataset (reporting-dataset.ts; default 1,000,000).
 * dashboardMs is measured on that dataset inside reportSeconds' run (reporting-report.ts)
 * and on the demo library by reporting-dashboard.ts.
 */
import { benchBeacon } from './reporting-beacon'
import { benchDashboardDemo } from './reporting-dashboard'
import { benchReportSeconds } from './reporting-report'
import type { Section } from './report'

export async function benchReporting(n: number | undefined): Promise<Section> {
  return {
    ...(await benchReportSeconds(n)),
    ...(await benchDashboardDemo()),
    // beaconRps, beaconP99Ms: POST /api/usage under 50 clients for 20 s, SQLite and PostgreSQL (its own small library).
    beacon: await benchBeacon(),
  }
}
