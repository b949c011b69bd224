// Steps shared by `npm start` (demo) and `npm run serve` (production) before the CMS server starts.
import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'

import { readJobsPlace } from '@dvctt/cms/jobs/jobsPlace'
import { releaseAbandonedJobs } from '@dvctt/cms/jobs/releaseAbandoned'
import { projectRoot } from '@dvctt/cms/lib/paths'
import { backfillMediaVisibility, describeMediaVisibilityBackfill } from '@dvctt/cms/uploads/backfillMediaVisibility'

import { adminBuildIsCurrent, buildAdmin, newestMtime } from './admin'
import { run } from './processes'
import { applyScheduleNow } from './schedule'
import { liveDir } from '@dvctt/site/publish'
import { liveRelease, readManifest } from '@dvctt/site/publish/releases'

export const step = (text: string): void => console.log(`› ${text}`)

/**
 * Materials that expired or came due while the CMS was stopped; files of unpublished materials kept private;
 * jobs a stopped CMS left marked as running, which would block every later site rebuild.
 */
export async function settleContent(payload: Payload): Promise<void> {
  console.log(`  ${await applyScheduleNow(payload)}`)
  console.log(`  ${describeMediaVisibilityBackfill(await backfillMediaVisibility(payload))}`)
  // With jobs in the server nothing else runs them now; with workers, one may have just claimed a job.
  const released = await releaseAbandonedJobs(payload, readJobsPlace() === 'server' ? { claimedBeforeMs: 0 } : {})
  if (released > 0) console.log(`  Đã trả lại hàng đợi ${released} việc bị bỏ dở khi CMS dừng lần trước.`)
  if (readJobsPlace() === 'worker')
    console.log('  CMS_JOBS=worker: CMS không tự dựng trang và chạy lịch xuất bản; cần ít nhất một `npm run worker`.')
}

export async function ensureAdminBuild(): Promise<void> {
  if (adminBuildIsCurrent()) return
  step('Đang dựng giao diện quản trị (Next.js, lần đầu khoảng 1 phút)…')
  await buildAdmin()
}

export async function buildSiteInChild(): Promise<void> {
  step('Đang dựng trang công khai từ nội dung đã xuất bản…')
  await run(process.execPath, ['--import', 'tsx', path.join(projectRoot, 'scripts', 'build-site.ts')], {
    cwd: projectRoot,
    env: { NODE_ENV: 'production', SITE_AUTO_REBUILD: '0' },
  })
}

export const hasLiveSite = (): boolean => liveRelease(liveDir) !== null

/** The dashboard's «Trang công khai» panel shows the build made at start like any other. */
export async function recordStartupBuild(payload: Payload): Promise<void> {
  const live = liveRelease(liveDir)
  const manifest = live ? readManifest(live) : null
  if (!manifest) return
  await payload.updateGlobal({
    slug: 'site-status',
    overrideAccess: true,
    data: {
      running: { since: null, mode: null },
      lastSuccess: {
        at: manifest.builtAt,
        seconds: manifest.seconds,
        pages: manifest.pages,
        renderedPages: manifest.pages,
        mode: manifest.mode,
        materials: 0,
      },
    },
  })
}

/** True when the site's code (templates, collections, dependencies) is newer than the live release. */
export function siteCodeChangedSinceLiveBuild(): boolean {
  const live = liveRelease(liveDir)
  const manifest = live ? readManifest(live) : null
  if (!manifest) return true
  const builtAt = Date.parse(manifest.builtAt)
  const sources = [path.join(projectRoot, 'site', 'src'), path.join(projectRoot, 'cms', 'collections')]
  const files = [path.join(projectRoot, 'pnpm-lock.yaml'), path.join(projectRoot, 'package.json')]
  const newest = Math.max(
    ...sources.filter((dir) => fs.existsSync(dir)).map((dir) => newestMtime(dir)),
    ...files.filter((file) => fs.existsSync(file)).map((file) => fs.statSync(file).mtimeMs),
  )
  return newest > builtAt
}
