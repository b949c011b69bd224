import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import pg from 'pg'

import { projectRoot } from '@dvctt/cms/lib/paths'

import { startPrivateCluster } from '../../tests/support/databases/postgresCluster'
import { adminBuildIsCurrent, buildAdmin } from '../lib/admin'
import { type Env, run } from '../lib/processes'
import { type LoadFigures, runLoad } from './api-load'
import type { Section, Value } from './report'
import { startBenchCms } from './benchCms'

const root = path.join(projectRoot, '.tmp', 'bench-api')
const MATERIALS = 10_000
const SECONDS = 30
const PATH = '/api/materials?limit=20'

async function seed(env: Env): Promise<void> {
  console.log(`› api: nạp ${MATERIALS.toLocaleString('vi-VN')} tài liệu tổng hợp (${env.DATABASE_URL?.split(':')[0]})…`)
  await run(
    process.execPath,
    ['--import', 'tsx', path.join('scripts', 'bench', 'seed-synthetic.ts'), String(MATERIALS)],
    {
      cwd: projectRoot,
      env: { ...env, SITE_AUTO_REBUILD: '0' },
    },
  )
}

/** SQLite: seeded once into .tmp/bench-api/seed-sqlite (kept with BENCH_REUSE_SEED=1), copied for the run. */
async function sqliteDatabase(): Promise<{ env: Env; stop: () => Promise<void> }> {
  const seedDir = path.join(root, 'seed-sqlite')
  const seedDb = path.join(seedDir, 'bench.db')
  const env = (db: string): Env => ({ DATABASE_URL: `file:${db}`, MEDIA_DIR: path.join(seedDir, 'media') })
  if (process.env.BENCH_REUSE_SEED !== '1' || !fs.existsSync(seedDb)) {
    fs.rmSync(seedDir, { recursive: true, force: true })
    fs.mkdirSync(seedDir, { recursive: true })
    await seed(env(seedDb))
  }
  const work = path.join(root, 'run-sqlite')
  fs.rmSync(work, { recursive: true, force: true })
  fs.mkdirSync(work, { recursive: true })
  for (const suffix of ['', '-wal'])
    if (fs.existsSync(seedDb + suffix)) fs.copyFileSync(seedDb + suffix, path.join(work, `bench.db${suffix}`))
  return { env: env(path.join(work, 'bench.db')), stop: async () => undefined }
}

/** PostgreSQL: POSTGRES_URL's server or a private cluster, a new database seeded each run. */
async function postgresDatabase(): Promise<{ env: Env; stop: () => Promise<void> }> {
  const external = process.env.POSTGRES_URL?.trim()
  const server = external ? { adminUrl: external, stop: async () => undefined } : await startPrivateCluster()
  const name = `dvctt_bench_api_${crypto.randomBytes(3).toString('hex')}`
  const admin = new pg.Client({ connectionString: server.adminUrl })
  await admin.connect()
  await admin.query(`CREATE DATABASE "${name}"`)
  await admin.end()
  const url = new URL(server.adminUrl)
  url.pathname = `/${name}`
  const mediaDir = path.join(root, 'run-postgres-media')
  fs.rmSync(mediaDir, { recursive: true, force: true })
  const env: Env = { DATABASE_URL: url.toString(), MEDIA_DIR: mediaDir }
  await seed(env)
  return {
    env,
    stop: async () => {
      const client = new pg.Client({ connectionString: server.adminUrl })
      await client.connect()
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
      await client.end()
      await server.stop()
    },
  }
}

const SCENARIOS = [
  { name: 'c20-distinct', connections: 20, addresses: 'distinct' },
  { name: 'c100-distinct', connections: 100, addresses: 'distinct' },
  { name: 'c20-oneAddress', connections: 20, addresses: 'one' },
  { name: 'c100-oneAddress', connections: 100, addresses: 'one' },
] as const

/** The production server (`next start`) on one database: cold reads, then each load scenario. */
async function measure(database: 'sqlite' | 'postgres', env: Env): Promise<Record<string, Value>> {
  const server = await startBenchCms(env)
  const figures: Record<string, Value> = {}
  try {
    const url = `${server.base}${PATH}`
    await server.ready(PATH)
    // Every request another page: what a cache miss costs, one client at a time.
    console.log(`› api (${database}): 10 giây đọc không qua bộ đệm, 1 kết nối…`)
    const cold = await runLoad({ url, connections: 1, seconds: 10, addresses: 'distinct', bustCache: true })
    figures.uncached = { apiP50Ms: cold.apiP50Ms, apiP95Ms: cold.apiP95Ms, apiRps: cold.apiRps, ok2xx: cold.ok2xx }
    console.log(`  p50 ${cold.apiP50Ms} ms, p95 ${cold.apiP95Ms} ms, ${cold.apiRps} yêu cầu/giây`)
    for (const scenario of SCENARIOS) {
      console.log(
        `› api (${database}): ${scenario.connections} kết nối, ${SECONDS} giây, ${scenario.addresses === 'one' ? 'một địa chỉ' : 'mỗi yêu cầu một địa chỉ'}…`,
      )
      const result: LoadFigures = await runLoad({
        url,
        connections: scenario.connections,
        seconds: SECONDS,
        addresses: scenario.addresses,
      })
      figures[scenario.name] = { ...result }
      console.log(
        `  p95 ${result.apiP95Ms} ms, ${result.apiRps} yêu cầu/giây; 2xx ${result.ok2xx}, 429 ${result.throttled429}, lỗi ${result.errors}, quá giờ ${result.timeouts}`,
      )
    }
  } finally {
    await server.stop()
  }
  return figures
}

/**
 * `npm run bench -- --only api`: anonymous `GET /api/materials?limit=20` at
 * 10,000 materials through `next start`, on SQLite and PostgreSQL, with 20 and
 * 100 clients for 30 s each; clients from one address (the throttle answers
 * most) and from a new address per request (TRUSTED_PROXY=1, X-Forwarded-For).
 */
export async function benchApi(): Promise<Section> {
  // Both databases first: the PostgreSQL seed takes minutes, and the servers then run back to back.
  const sqlite = await sqliteDatabase()
  const postgres = await postgresDatabase()
  try {
    if (!adminBuildIsCurrent()) {
      console.log('› api: dựng giao diện quản trị (next build)…')
      await buildAdmin()
    }
    const section: Section = { materials: MATERIALS, seconds: SECONDS, path: PATH }
    section.sqlite = await measure('sqlite', sqlite.env)
    section.postgres = await measure('postgres', postgres.env)
    return section
  } finally {
    await sqlite.stop()
    await postgres.stop()
  }
}
