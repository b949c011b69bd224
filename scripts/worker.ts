// `npm run worker`: runs the site-rebuild and schedule queues without the admin
// (docs/deploy.md), beside a CMS started with CMS_JOBS=worker, on this machine or
// another sharing the database and the site's folder. Several may run: the
// jobs' locks (cms/jobs/jobLock.ts) keep two builds of one site from overlapping.
// Payload's jobs API runs the jobs (queueRunner.ts). Logs to stdout for systemd's
// journal; SIGTERM lets a running build finish.
import type { Payload } from 'payload'

import type { QueueRunners } from '@dvctt/cms/jobs/queueRunner'
import { stopPublisher } from '@dvctt/cms/jobs/runPublisher'
import { isProduction, readDatabaseUrl } from '@dvctt/cms/lib/env'
import { projectRoot } from '@dvctt/cms/lib/paths'

import { step } from './lib/boot'
import { exitWithMessage, formatSeconds } from './lib/fail'
import { exitOnProductionEnvProblems } from './lib/production-env'

// Payload's autoRun crons stay off here (cms/jobs/jobsPlace.ts): the worker runs the queues itself.
process.env.CMS_RUN_JOBS = '0'
process.env.PROJECT_ROOT = projectRoot

/** How long SIGTERM waits for a running build before ending it (systemd's TimeoutStopSec is longer). */
const STOP_GRACE_MS = 45_000

const started = Date.now()
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
let runners: QueueRunners | undefined
let payload: Payload | undefined
let stopping = false

function reportReleased(count: number): void {
  if (count > 0) console.log(`  Đã trả lại hàng đợi ${count} việc do một tiến trình đã dừng đột ngột bỏ dở.`)
}

async function start(): Promise<void> {
  if (isProduction()) exitOnProductionEnvProblems('tiến trình chạy việc nền')
  step(`Đang kết nối cơ sở dữ liệu (${readDatabaseUrl().kind})…`)
  const { getCmsPayload } = await import('@dvctt/cms/lib/getCmsPayload')
  // No migrations here: `npm run serve` (or `npm run migrate`) applies them; an older schema stops the worker.
  payload = await getCmsPayload()
  const { startQueueRunners } = await import('@dvctt/cms/jobs/queueRunner')
  runners = startQueueRunners(payload, reportReleased)
}

async function waitWhileBusy(ms: number): Promise<boolean> {
  const deadline = Date.now() + ms
  while (runners?.busy() && Date.now() < deadline) await sleep(200)
  return !runners?.busy()
}

/**
 * No new job is taken; a running one may finish for STOP_GRACE_MS, then its
 * build is ended. Either way the live site stays whole (the publisher swaps a
 * release in atomically, only when it is complete) and changes not yet built
 * are queued again for the next worker. A second signal ends the build at once.
 */
async function stop(signal: NodeJS.Signals): Promise<void> {
  if (stopping) {
    stopPublisher({ abandon: true })
    return
  }
  stopping = true
  stopPublisher({ abandon: false })
  runners?.stop()
  if (runners?.busy())
    console.log(`› Nhận ${signal}: chờ việc đang chạy xong (tối đa ${formatSeconds(STOP_GRACE_MS)})…`)
  if (!(await waitWhileBusy(STOP_GRACE_MS))) {
    console.log('› Quá thời gian chờ: dừng lần dựng đang chạy; trang đang chạy giữ nguyên, thay đổi được xếp lại.')
    stopPublisher({ abandon: true })
    await waitWhileBusy(15_000)
  }
  await payload?.destroy().catch(() => undefined)
  console.log('✔ Tiến trình chạy việc nền đã dừng.')
  process.exit(0)
}
process.on('SIGINT', (signal) => void stop(signal))
process.on('SIGTERM', (signal) => void stop(signal))

try {
  await start()
  const { siteOutDir } = await import('@dvctt/cms/jobs/jobLock')
  console.log(
    [
      `✔ Tiến trình chạy việc nền sẵn sàng sau ${formatSeconds(Date.now() - started)} (pid ${process.pid})`,
      '  Dựng lại trang công khai khi nội dung đổi (xem hàng đợi mỗi 2 giây); lịch xuất bản và gỡ tài liệu (mỗi phút).',
      `  Trang công khai: ${siteOutDir()}`,
    ].join('\n'),
  )
} catch (error) {
  exitWithMessage(error, 'Không khởi động được tiến trình chạy việc nền')
}
