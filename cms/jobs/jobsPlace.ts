import { ConfigError } from '../lib/env'

/**
 * Where the site-rebuild and schedule queues run. `server` (the default): in the
 * CMS server itself, which is all a one-machine install needs. `worker`: only in
 * `npm run worker` processes (scripts/worker.ts), on this machine or another,
 * so the admin stays responsive while the site builds (docs/deploy.md).
 */
export const JOBS_PLACE_VARIABLE = 'CMS_JOBS'
export type JobsPlace = 'server' | 'worker'

export function readJobsPlace(raw = process.env[JOBS_PLACE_VARIABLE]): JobsPlace {
  const value = raw?.trim() || 'server'
  if (value === 'server' || value === 'worker') return value
  throw new ConfigError(
    `${JOBS_PLACE_VARIABLE}="${value}" không hợp lệ. Dùng ${JOBS_PLACE_VARIABLE}=server (mặc định: CMS tự dựng trang và chạy lịch xuất bản) ` +
      `hoặc ${JOBS_PLACE_VARIABLE}=worker (để việc đó cho tiến trình \`npm run worker\`).`,
  )
}

/**
 * Payload's `shouldAutoRun`, for its autoRun crons in the CMS server: CMS_RUN_JOBS=1
 * marks the server (scripts/lib/admin.ts); scripts, tests and the publisher never
 * run the queues, and `npm run worker` runs them its own way (queueRunner.ts).
 */
export function runsJobQueues(): boolean {
  return process.env.CMS_RUN_JOBS === '1' && readJobsPlace() === 'server'
}
