/**
 * pnpm seed — fills the CMS with Lai Châu's demo library. Safe to run again:
 * what already exists is skipped. Environment: DATABASE_URL (default: embedded
 * SQLite in cms/data/), NODE_ENV / DEMO_MODE (demo accounts only outside production).
 * In production it refuses unless given --confirm (a public demo server).
 */
import type { Payload } from 'payload'

import { backfillMediaVisibility, describeMediaVisibilityBackfill } from '@dvctt/cms/uploads/backfillMediaVisibility'

import { isProduction } from '@dvctt/cms/lib/env'

import { applyScheduleNow } from './lib/schedule'
import { describeSummary, SeedError, seedDemo } from './seed/index'

// A seed is bulk data entry: never queue a site rebuild per document.
process.env.SITE_AUTO_REBUILD ??= '0'

const interactive = Boolean(process.stdout.isTTY)
let counterShown = false

function log(message: string): void {
  if (counterShown) process.stdout.write('\n')
  counterShown = false
  console.log(`› ${message}`)
}

function progress(step: string, done: number, total: number): void {
  if (interactive) {
    process.stdout.write(`\r  ${step}: ${done}/${total}`)
    counterShown = done < total
    if (done === total) process.stdout.write('\n')
  } else if (done === total || done % 10 === 0) {
    console.log(`  ${step}: ${done}/${total}`)
  }
}

function failureMessage(error: unknown, connected: boolean): string {
  const reason = error instanceof Error ? error.message : String(error)
  const wroteNothing = !connected || (error instanceof SeedError && error.wroteNothing)
  const outcome = wroteNothing
    ? 'Chưa có gì được ghi vào cơ sở dữ liệu.'
    : 'Những gì đã tạo trước khi lỗi vẫn được giữ; khi chạy lại "pnpm seed", các mục đã có sẽ được bỏ qua.'
  if (error instanceof SeedError) return `Tạo dữ liệu mẫu thất bại. ${reason} ${outcome}`
  // Before connecting, getCmsPayload's message already says what to check.
  const advice = connected
    ? ' Kiểm tra quyền ghi vào thư mục media/uploads và dung lượng đĩa, chạy "pnpm install" nếu thiếu gói, rồi chạy lại.'
    : ''
  return `Tạo dữ liệu mẫu thất bại: ${reason}${advice} ${outcome}`
}

let payload: Payload | undefined
let exitCode = 0
try {
  // A production library stays empty unless someone really wants the demo in it (a public demo server).
  if (isProduction() && !process.argv.slice(2).includes('--confirm')) {
    throw new SeedError(
      'Đây là máy chủ production: lệnh này nạp nội dung mẫu của tỉnh Lai Châu (47 tài liệu, 67 thủ tục, 50 đơn vị, 63 tệp) vào thư viện thật. ' +
        'Nếu đây đúng là máy trình diễn, chạy `npm run seed -- --confirm` (không tạo tài khoản demo trừ khi đặt DEMO_MODE=1).',
      { wroteNothing: true },
    )
  }
  // Imported here so that a bad DATABASE_URL (checked when the config loads) is reported like any other failure.
  const { getCmsPayload } = await import('@dvctt/cms/lib/getCmsPayload')
  payload = await getCmsPayload({ migrate: true, log: (line) => console.log(`› ${line}`) })
  const summary = await seedDemo(payload, { log, onProgress: progress })
  if (counterShown) process.stdout.write('\n')
  console.log(describeSummary(summary))
  // Demo materials whose validity has already ended leave the site now (keeping an "expired" page),
  // as the CMS server's scheduler would within a minute, so the first site build is already right.
  console.log(await applyScheduleNow(payload))
  // Files of materials seeded by an older version get their public flag (the hooks keep it from now on).
  console.log(describeMediaVisibilityBackfill(await backfillMediaVisibility(payload)))
} catch (error) {
  if (counterShown) process.stdout.write('\n')
  console.error(`\nLỖI: ${failureMessage(error, payload !== undefined)}`)
  if (process.env.DEBUG) console.error(error)
  exitCode = 1
} finally {
  await payload?.destroy().catch(() => undefined)
}
process.exit(exitCode)
