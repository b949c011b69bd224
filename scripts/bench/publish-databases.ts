// The databases publishToLive runs on (`--databases sqlite,postgres,mongodb`), each seeded with N
// synthetic materials: SQLite in a file (kept with BENCH_REUSE_SEED=1 and copied for each run),
// PostgreSQL on POSTGRES_URL's server or a private cluster, MongoDB on MONGODB_URL's server
// (a MongoDB-wire server: MongoDB, or FerretDB / mongo-java-server on these machines).
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { MongoClient } from 'mongodb'
import pg from 'pg'

import { projectRoot } from '@dvctt/cms/lib/paths'

import { startPrivateCluster } from '../../tests/support/databases/postgresCluster'
import { hidePassword, withDatabase } from '../../tests/support/databases/url'
import { identifyServer } from '../../tests/support/databases/mongoWire'
import { type Env, run } from '../lib/processes'

export const BENCH_DATABASES = ['sqlite', 'postgres', 'mongodb'] as const
export type BenchDatabase = (typeof BENCH_DATABASES)[number]

export interface SeededDatabase {
  /** DATABASE_URL and MEDIA_DIR of the seeded library. */
  env: Env
  /** What the figures were measured on, e.g. «FerretDB 1.24.0» for MongoDB. */
  server: string
  stop: () => Promise<void>
}

/** `sqlite,postgres,mongodb` → the list, refusing names it does not know. */
export function parseDatabases(value: string | undefined): BenchDatabase[] {
  if (!value) return ['sqlite']
  const names = value.split(',').map((name) => name.trim())
  const unknown = names.filter((name) => !(BENCH_DATABASES as readonly string[]).includes(name))
  if (unknown.length)
    throw new Error(`--databases không biết "${unknown.join(', ')}". Các loại có: ${BENCH_DATABASES.join(', ')}`)
  return [...new Set(names)] as BenchDatabase[]
}

async function seed(n: number, env: Env): Promise<void> {
  console.log(
    `› publishToLive: nạp ${n.toLocaleString('vi-VN')} tài liệu tổng hợp (${env.DATABASE_URL?.split(':')[0]})…`,
  )
  await run(process.execPath, ['--import', 'tsx', path.join('scripts', 'bench', 'seed-synthetic.ts'), String(n)], {
    cwd: projectRoot,
    env: { ...env, SITE_AUTO_REBUILD: '0' },
  })
}

/** SQLite: seeded once into seed-<n>/ (reused with BENCH_REUSE_SEED=1), copied into the run's folder. */
async function sqliteDatabase(n: number, root: string, work: string): Promise<SeededDatabase> {
  const seedDir = path.join(root, `seed-${n}`)
  const seedDb = path.join(seedDir, 'bench.db')
  const mediaDir = path.join(seedDir, 'media')
  if (process.env.BENCH_REUSE_SEED !== '1' || !fs.existsSync(seedDb)) {
    fs.rmSync(seedDir, { recursive: true, force: true })
    fs.mkdirSync(seedDir, { recursive: true })
    await seed(n, { DATABASE_URL: `file:${seedDb}`, MEDIA_DIR: mediaDir })
  }
  // With its write-ahead log: the seed process may exit before SQLite folds it into the file.
  for (const suffix of ['', '-wal'])
    if (fs.existsSync(seedDb + suffix)) fs.copyFileSync(seedDb + suffix, path.join(work, `bench.db${suffix}`))
  return {
    env: { DATABASE_URL: `file:${path.join(work, 'bench.db')}`, MEDIA_DIR: mediaDir },
    server: 'SQLite',
    stop: async () => undefined,
  }
}

async function postgresQuery(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    await client.query(statement)
  } finally {
    await client.end()
  }
}

/** PostgreSQL: a new database on POSTGRES_URL's server (or a private cluster), seeded, dropped at the end. */
async function postgresDatabase(n: number, work: string): Promise<SeededDatabase> {
  const external = process.env.POSTGRES_URL?.trim()
  const server = external ? { adminUrl: external, stop: async () => undefined } : await startPrivateCluster()
  const name = `dvctt_bench_publish_${crypto.randomBytes(3).toString('hex')}`
  await postgresQuery(server.adminUrl, `CREATE DATABASE "${name}"`)
  const env: Env = { DATABASE_URL: withDatabase(server.adminUrl, name), MEDIA_DIR: path.join(work, 'media') }
  const stop = async () => {
    await postgresQuery(server.adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
    await server.stop()
  }
  try {
    await seed(n, env)
  } catch (error) {
    await stop()
    throw error
  }
  return { env, server: 'PostgreSQL', stop }
}

/** MongoDB: a new database on MONGODB_URL's server, seeded, dropped at the end. */
async function mongodbDatabase(n: number, work: string): Promise<SeededDatabase> {
  const serverUrl = process.env.MONGODB_URL?.trim()
  if (!serverUrl)
    throw new Error(
      '--databases có mongodb nhưng chưa đặt MONGODB_URL (máy chủ nói giao thức MongoDB, ví dụ mongodb://127.0.0.1:27017/)',
    )
  const url = withDatabase(serverUrl, `dvctt_bench_publish_${crypto.randomBytes(3).toString('hex')}`)
  const client = new MongoClient(url, { serverSelectionTimeoutMS: 5000 })
  let label: string
  try {
    await client.connect()
    label = identifyServer(await client.db().admin().command({ buildInfo: 1 })).label
  } catch (error) {
    await client.close()
    throw new Error(`MONGODB_URL=${hidePassword(serverUrl)} không trả lời: ${(error as Error).message}`)
  }
  const stop = async () => {
    await client.db().dropDatabase()
    await client.close()
  }
  const env: Env = { DATABASE_URL: url, MEDIA_DIR: path.join(work, 'media') }
  try {
    await seed(n, env)
  } catch (error) {
    await stop()
    throw error
  }
  return { env, server: label, stop }
}

/** A library of N synthetic materials on `database`; `work` is the run's own (empty) folder. */
export function seededDatabase(
  database: BenchDatabase,
  n: number,
  root: string,
  work: string,
): Promise<SeededDatabase> {
  if (database === 'postgres') return postgresDatabase(n, work)
  if (database === 'mongodb') return mongodbDatabase(n, work)
  return sqliteDatabase(n, root, work)
}
