import fs from 'node:fs'
import path from 'node:path'

import { projectRoot } from '@dvctt/cms/lib/paths'

import { type Env, run } from '../lib/processes'
import type { Section } from './report'

const root = path.join(projectRoot, '.tmp', 'bench-publish')
const DEBOUNCE_MS = '500'

type PublishRun = {
  seconds: number
  coldSeconds: number
  listingSeconds: number
  buildSeconds: number | null
  mode: string | null
  renderedPages: number | null
  pages: number | null
}

/** Runs a node script (tsx) and returns its last stdout line parsed as JSON; output is shown as it comes. */
function runJson<T>(script: string, args: string[], env: Env): Promise<T> {
  const out = path.join(root, `result-${process.pid}.json`)
  return run(
    'bash',
    [
      '-c',
      `set -o pipefail; "${process.execPath}" --import tsx ${script} ${args.join(' ')} | tee -a /dev/stderr | tail -n 1 > "${out}"`,
    ],
    {
      cwd: projectRoot,
      env,
    },
  ).then(() => JSON.parse(fs.readFileSync(out, 'utf8')) as T)
}

const round = (value: number | null | undefined) => (value == null ? 'n/a' : Math.round(value * 100) / 100)

/**
 * Publish-to-live at one N: seed N synthetic materials (reused from an earlier
 * run with BENCH_REUSE_SEED=1), build the full site once (the live release),
 * then time a published change from the Local API call to its page served.
 */
async function measure(n: number): Promise<Record<string, number | string>> {
  const seedDir = path.join(root, `seed-${n}`)
  const work = path.join(root, `n${n}`)
  const env: Env = {
    DATABASE_URL: `file:${path.join(work, 'bench.db')}`,
    MEDIA_DIR: path.join(seedDir, 'media'),
    SITE_DIST_DIR: path.join(work, 'dist'),
  }
  const seedDb = path.join(seedDir, 'bench.db')
  if (process.env.BENCH_REUSE_SEED !== '1' || !fs.existsSync(seedDb)) {
    fs.rmSync(seedDir, { recursive: true, force: true })
    fs.mkdirSync(seedDir, { recursive: true })
    console.log(`› publishToLive: nạp ${n.toLocaleString('vi-VN')} tài liệu tổng hợp…`)
    await run(process.execPath, ['--import', 'tsx', path.join('scripts', 'bench', 'seed-synthetic.ts'), String(n)], {
      cwd: projectRoot,
      env: { DATABASE_URL: `file:${seedDb}`, MEDIA_DIR: path.join(seedDir, 'media'), SITE_AUTO_REBUILD: '0' },
    })
  }
  fs.rmSync(work, { recursive: true, force: true })
  fs.mkdirSync(work, { recursive: true })
  // With its write-ahead log: the seed process may exit before SQLite folds it into the file.
  for (const suffix of ['', '-wal'])
    if (fs.existsSync(seedDb + suffix)) fs.copyFileSync(seedDb + suffix, path.join(work, `bench.db${suffix}`))

  await run(process.execPath, ['--import', 'tsx', path.join('scripts', 'bench', 'prepare-db.ts')], {
    cwd: projectRoot,
    env: { ...env, SITE_AUTO_REBUILD: '0' },
    quiet: true,
  })
  const province = await runJson<{ id: number | string }>(path.join('scripts', 'bench', 'prepare-province.ts'), [], {
    ...env,
    SITE_AUTO_REBUILD: '0',
  })
  console.log(`› publishToLive: dựng đầy đủ ${n.toLocaleString('vi-VN')} tài liệu (bản đang chạy)…`)
  const full = await runJson<{ seconds: number; pages: number }>('scripts/build-site.ts', ['--json'], {
    ...env,
    NODE_ENV: 'production',
    SITE_AUTO_REBUILD: '0',
  })

  const runs = { ...env, SITE_AUTO_REBUILD: '1', CMS_RUN_JOBS: '0' }
  console.log('› publishToLive: sửa một tài liệu của một xã và chờ trang mới được phục vụ…')
  const unit = await runJson<PublishRun>('scripts/bench/publish-run.ts', [], {
    ...runs,
    SITE_REBUILD_DEBOUNCE_MS: DEBOUNCE_MS,
    BENCH_REACH: 'unit',
  })
  console.log('› publishToLive: sửa một tài liệu áp dụng cho toàn tỉnh…')
  const provinceWide = await runJson<PublishRun>('scripts/bench/publish-run.ts', [], {
    ...runs,
    SITE_REBUILD_DEBOUNCE_MS: DEBOUNCE_MS,
    BENCH_REACH: 'province',
    BENCH_PROVINCE_MATERIAL: String(province.id),
  })
  console.log('› publishToLive: xuất bản một tài liệu mới của một xã…')
  const added = await runJson<PublishRun>('scripts/bench/publish-run.ts', [], {
    ...runs,
    SITE_REBUILD_DEBOUNCE_MS: DEBOUNCE_MS,
    BENCH_REACH: 'new',
  })
  // Again with the CMS server's own timing: default debounce, and its job runner's 2 s cron.
  console.log(
    '› publishToLive: lần nữa với cấu hình mặc định của CMS (debounce mặc định, hàng đợi kiểm tra mỗi 2 giây)…',
  )
  const serverDefaults = await runJson<PublishRun>('scripts/bench/publish-run.ts', [], {
    ...runs,
    BENCH_JOB_POLL_MS: '2000',
    BENCH_REACH: 'unit',
  })
  return {
    [`n${n}Seconds`]: round(unit.seconds),
    [`n${n}ProvinceSeconds`]: round(provinceWide.seconds),
    [`n${n}NewMaterialSeconds`]: round(added.seconds),
    [`n${n}NewMaterialRenderedPages`]: added.renderedPages ?? 'n/a',
    [`n${n}SecondsWithCmsDefaults`]: round(serverDefaults.seconds),
    [`n${n}FirstAfterStartSeconds`]: round(unit.coldSeconds),
    [`n${n}BuildSecondsWithCmsDefaults`]: round(serverDefaults.buildSeconds),
    [`n${n}ListingSeconds`]: round(unit.listingSeconds),
    [`n${n}BuildSeconds`]: round(unit.buildSeconds),
    [`n${n}ProvinceBuildSeconds`]: round(provinceWide.buildSeconds),
    [`n${n}BuildMode`]: unit.mode ?? 'n/a',
    [`n${n}RenderedPages`]: unit.renderedPages ?? 'n/a',
    [`n${n}ProvinceRenderedPages`]: provinceWide.renderedPages ?? 'n/a',
    [`n${n}Pages`]: full.pages,
    [`n${n}FullBuildSeconds`]: round(full.seconds),
  }
}

/** `npm run bench -- --only publishToLive [--n N]`: N = 1,000 and 10,000 unless --n is given. */
export async function benchPublishToLive(n: number | undefined): Promise<Section> {
  const section: Section = { debounceMs: Number(DEBOUNCE_MS), jobPollMs: Number(process.env.BENCH_JOB_POLL_MS ?? 250) }
  for (const size of n ? [n] : [1000, 10000]) Object.assign(section, await measure(size))
  return section
}
