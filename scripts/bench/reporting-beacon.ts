import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { DatabaseSync } from 'node:sqlite'

import autocannon from 'autocannon'
import pg from 'pg'

import { projectRoot } from '@dvctt/cms/lib/paths'
import { USAGE_PATH } from '@dvctt/cms/vocabulary'

import { startPrivateCluster } from '../../tests/support/databases/postgresCluster'
import { adminBuildIsCurrent, buildAdmin } from '../lib/admin'
import { type Env, run } from '../lib/processes'
import type { Value } from './report'
import { startBenchCms } from './benchCms'

const root = path.join(projectRoot, '.tmp', 'bench-beacon')
const CONNECTIONS = 50
const SECONDS = Number(process.env.BENCH_BEACON_SECONDS ?? 20)
const BROWSER =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36'

async function prepare(env: Env): Promise<void> {
  await run(process.execPath, ['--import', 'tsx', path.join('scripts', 'bench', 'reporting-beacon-prepare.ts')], {
    cwd: projectRoot,
    env: { ...env, SITE_AUTO_REBUILD: '0' },
  })
}

async function sqliteDatabase(): Promise<{ env: Env; stop: () => Promise<void> }> {
  fs.rmSync(root, { recursive: true, force: true })
  fs.mkdirSync(root, { recursive: true })
  const env: Env = { DATABASE_URL: `file:${path.join(root, 'bench.db')}`, MEDIA_DIR: path.join(root, 'media') }
  await prepare(env)
  return { env, stop: async () => fs.rmSync(root, { recursive: true, force: true }) }
}

async function postgresDatabase(): Promise<{ env: Env; stop: () => Promise<void> }> {
  const external = process.env.POSTGRES_URL?.trim()
  const server = external ? { adminUrl: external, stop: async () => undefined } : await startPrivateCluster()
  const name = `dvctt_bench_beacon_${crypto.randomBytes(3).toString('hex')}`
  const sql = async (text: string): Promise<void> => {
    const client = new pg.Client({ connectionString: server.adminUrl })
    await client.connect()
    await client.query(text).finally(() => client.end())
  }
  await sql(`CREATE DATABASE "${name}"`)
  const url = new URL(server.adminUrl)
  url.pathname = `/${name}`
  const env: Env = { DATABASE_URL: url.toString(), MEDIA_DIR: path.join(root, 'media-postgres') }
  await prepare(env)
  return {
    env,
    stop: async () => {
      await sql(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
      await server.stop()
    },
  }
}

/** What a page sends: mostly views, some embeds from the unit's portal; a new reader address each time. */
function beaconBodies(materialIds: (string | number)[]): string[] {
  return materialIds.flatMap((m) => [
    JSON.stringify({ m, e: 'view' }),
    JSON.stringify({ m, e: 'view' }),
    JSON.stringify({ m, e: 'embed-widget', h: 'sinho.laichau.gov.vn' }),
  ])
}

const percentile = (sorted: number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN

async function load(url: string, bodies: string[]): Promise<Record<string, Value>> {
  let counter = 0
  const latencies: number[] = []
  const statuses = { ok204: 0, other: 0 }
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        method: 'POST',
        connections: CONNECTIONS,
        duration: SECONDS,
        timeout: 10,
        requests: [
          {
            setupRequest: (request) => {
              counter += 1
              const n = counter
              return {
                ...request,
                method: 'POST',
                body: bodies[n % bodies.length],
                headers: {
                  'content-type': 'text/plain;charset=UTF-8',
                  'user-agent': BROWSER,
                  // Readers come from many addresses (TRUSTED_PROXY=1: the proxy's header).
                  'x-forwarded-for': `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`,
                },
              }
            },
          },
        ],
      },
      (error, finished) => (error ? reject(error) : resolve(finished)),
    )
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      latencies.push(responseTime)
      if (statusCode === 204) statuses.ok204++
      else statuses.other++
    })
  })
  latencies.sort((a, b) => a - b)
  return {
    beaconRps: Math.round(latencies.length / SECONDS),
    beaconP50Ms: Math.round(percentile(latencies, 50) * 10) / 10,
    beaconP99Ms: Math.round(percentile(latencies, 99) * 10) / 10,
    ok204: statuses.ok204,
    errors: statuses.other + result.errors,
  }
}

/** `next start` on one database: the published materials' ids from the public API, then the load. */
async function measure(database: string, env: Env): Promise<Record<string, Value>> {
  const server = await startBenchCms(env)
  try {
    const list = '/api/materials?limit=50&depth=0&select[title]=true'
    await server.ready(list)
    const { docs } = (await (await fetch(`${server.base}${list}`)).json()) as { docs: { id: string | number }[] }
    const url = `${server.base}${USAGE_PATH}`
    const bodies = beaconBodies(docs.map((doc) => doc.id))
    // The first beacon reads the published materials and the day's caps: not part of the figure.
    const first = await fetch(url, { method: 'POST', body: bodies[0], headers: { 'user-agent': BROWSER } })
    if (first.status !== 204) throw new Error(`POST ${USAGE_PATH}: HTTP ${first.status} ${await first.text()}`)
    console.log(`› reporting (${database}): ${CONNECTIONS} kết nối, ${SECONDS} giây, ${docs.length} tài liệu…`)
    const figures = await load(url, bodies)
    console.log(`  ${figures.beaconRps} lượt/giây, p99 ${figures.beaconP99Ms} ms, lỗi ${figures.errors}`)
    // Stopped at once, as a deployment stops it: the counts still in memory must be written on the way out.
    await server.stop()
    if (/Ghi số lượt sử dụng thất bại/.test(server.log())) throw new Error(`Ghi số lượt thất bại:\n${server.log()}`)
    const counted = await countedBeacons(env)
    // Counted can exceed the 204s by the requests still in flight when the load stopped (their answers are not timed).
    return { ...figures, counted, lost: Math.max(0, Number(figures.ok204) + 1 - counted) }
  } finally {
    await server.stop()
  }
}

/** Every count in the database, read straight from it after the CMS stopped. */
async function countedBeacons(env: Env): Promise<number> {
  const url = env.DATABASE_URL ?? ''
  if (url.startsWith('file:')) {
    const db = new DatabaseSync(url.slice('file:'.length))
    try {
      return Number((db.prepare('SELECT SUM(count) AS total FROM usage_counts').get() as { total: number }).total)
    } finally {
      db.close()
    }
  }
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return Number((await client.query('SELECT SUM(count) AS total FROM usage_counts')).rows[0]?.total)
  } finally {
    await client.end()
  }
}

/**
 * beaconRps and beaconP99Ms (issue 17): `POST /api/usage` through `next start`, 50 clients for 20 s, on
 * SQLite and PostgreSQL (goal ≥ 1,000 a second, p99 ≤ 50 ms, 0 errors). Each request a new reader
 * address, as many readers behind the proxy; the per-address throttle is tested in tests/int. `counted`
 * is what reached the database after a SIGTERM right after the load (`lost` should be 0).
 */
export async function benchBeacon(): Promise<Record<string, Value>> {
  if (!adminBuildIsCurrent()) {
    console.log('› reporting: dựng giao diện quản trị (next build)…')
    await buildAdmin()
  }
  const figures: Record<string, Value> = { connections: CONNECTIONS, seconds: SECONDS }
  const sqlite = await sqliteDatabase()
  try {
    figures.sqlite = await measure('sqlite', sqlite.env)
  } finally {
    await sqlite.stop()
  }
  const postgres = await postgresDatabase()
  try {
    figures.postgres = await measure('postgres', postgres.env)
  } finally {
    await postgres.stop()
  }
  return figures
}
