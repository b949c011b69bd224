import fs from 'node:fs'
import path from 'node:path'

import { projectRoot } from '@dvctt/cms/lib/paths'

import { type Env, run } from '../lib/processes'
import { type BenchDatabase, seededDatabase } from './publish-databases'
import type { Section } from './report'

const root = path.join(projectRoot, '.tmp', 'bench-publish')
const DEBOUNCE_MS = '500'

type PublishRun = {
  seconds: number
  coldSeconds: number
  listingSeconds: number
  buildSeconds: number | null
  /** A new material: saved → listed by a search on /tim-kiem/ in Chromium (0: not within the timeout). */
  searchableMs: number | null
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
 * Publish-to-live at one N on one database: seed N synthetic materials, build
 * the full site once (the live release), then time a published change from the
 * Local API call to its page served. Keys are `n<N>…` on SQLite (as before
 * --databases), `<database>_n<N>…` on the others.
 */
async function measure(n: number, database: BenchDatabase): Promise<Record<string, number | string>> {
  const work = path.join(root, database === 'sqlite' ? `n${n}` : `${database}-n${n}`)
  fs.rmSync(work, { recursive: true, force: true })
  fs.mkdirSync(work, { recursive: true })
  const seeded = await seededDatabase(database, n, root, work)
  try {
    const figures = await measureSeeded(n, { ...seeded.env, SITE_DIST_DIR: path.join(work, 'dist') })
    const prefix = database === 'sqlite' ? '' : `${database}_`
    return Object.fromEntries([
      ...(database === 'sqlite' ? [] : [[`${prefix}server`, seeded.server]]),
      ...Object.entries(figures).map(([key, value]) => [`${prefix}${key}`, value]),
    ])
  } finally {
    await seeded.stop()
  }
}

async function measureSeeded(n: number, env: Env): Promise<Record<string, number | string>> {
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
    // Issue 18: the same new material, from its save until a search on the site finds it.
    [`n${n}PublishToSearchableMs`]: added.searchableMs || 'n/a',
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

/**
 * `npm run bench -- --only publishToLive [--n N] [--databases sqlite,postgres,mongodb]`: N = 1,000 and
 * 10,000 unless --n is given; on SQLite unless --databases names others (mongodb needs MONGODB_URL).
 */
export async function benchPublishToLive(n: number | undefined, databases: BenchDatabase[]): Promise<Section> {
  const section: Section = { debounceMs: Number(DEBOUNCE_MS), jobPollMs: Number(process.env.BENCH_JOB_POLL_MS ?? 250) }
  for (const size of n ? [n] : [1000, 10000])
    for (const database of databases) Object.assign(section, await measure(size, database))
  return section
}
