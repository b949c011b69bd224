/**
 * The same upgrade on PostgreSQL: a library made by the previous release's
 * seed (schema pushed in development mode) upgraded by this release's
 * `npm run migrate` keeps every row, and ends with the columns and indexes of
 * a database this release makes from nothing.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type PostgresServer, startPrivateCluster } from '../support/databases/postgresCluster'
import { withDatabase } from '../support/databases/url'
import { captionsAfter, captionsMove } from './captionsMove'
import { childEnv, previousReleaseCheckout, projectRoot } from './previousRelease'

const work = path.join(projectRoot, '.tmp', `upgrade-pg-${process.pid}`)
const media = path.join(work, 'media')
const suffix = `${process.pid}_${Date.now()}`
const databases = { old: `dvctt_upgrade_old_${suffix}`, fresh: `dvctt_upgrade_fresh_${suffix}` }

async function query<T>(url: string, text: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return (await client.query(text)).rows as T[]
  } finally {
    await client.end()
  }
}

/** Every table's rows as sorted JSON lines; `columns` keeps only those each table had before the upgrade. */
async function readRows(url: string, columns?: Map<string, string[]>): Promise<Map<string, string[]>> {
  const tables = await query<{ name: string }>(
    url,
    `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> 'payload_migrations'`,
  )
  const rows = new Map<string, string[]>()
  for (const { name } of tables) {
    const all = await query<Record<string, unknown>>(url, `SELECT * FROM "${name}"`)
    rows.set(name, all.map((row) => JSON.stringify(row, columns?.get(name) ?? Object.keys(row).sort())).sort())
  }
  return rows
}

/** The columns of each table, from rows read by readRows (columns a migration adds are checked by readSchema). */
const columnsOf = (rows: Map<string, string[]>): Map<string, string[]> =>
  new Map([...rows].flatMap(([table, lines]) => (lines[0] ? [[table, Object.keys(JSON.parse(lines[0]))]] : [])))

async function readSchema(url: string): Promise<string[]> {
  const columns = await query<{ line: string }>(
    url,
    `SELECT table_name || '.' || column_name || ' ' || data_type || ' ' || is_nullable || ' ' || coalesce(column_default, '') AS line
       FROM information_schema.columns WHERE table_schema = 'public'`,
  )
  const indexes = await query<{ line: string }>(
    url,
    `SELECT indexdef AS line FROM pg_indexes WHERE schemaname = 'public'`,
  )
  return [...columns, ...indexes].map(({ line }) => line).sort()
}

function runScript(cwd: string, script: string, databaseUrl: string): string {
  return execFileSync(
    path.join(projectRoot, '.runtime', 'node_modules', '.bin', 'node'),
    ['--import', 'tsx', path.join(cwd, 'scripts', script)],
    {
      cwd,
      env: childEnv({
        PAYLOAD_SECRET: 'upgrade-test-secret-0123456789abcdef',
        MEDIA_DIR: media,
        PROJECT_ROOT: cwd,
        SITE_AUTO_REBUILD: '0',
        DATABASE_URL: databaseUrl,
      }),
      encoding: 'utf8',
      timeout: 300_000,
    },
  )
}

describe('upgrading a library made by the previous release (PostgreSQL)', () => {
  let server: PostgresServer
  let oldUrl: string
  let freshUrl: string
  let before: Map<string, string[]>
  let output: string

  beforeAll(async () => {
    const external = process.env.POSTGRES_URL?.trim()
    server = external ? { adminUrl: external, stop: async () => undefined } : await startPrivateCluster()
    oldUrl = withDatabase(server.adminUrl, databases.old)
    freshUrl = withDatabase(server.adminUrl, databases.fresh)
    for (const name of Object.values(databases)) await query(server.adminUrl, `CREATE DATABASE "${name}"`)
    fs.mkdirSync(media, { recursive: true })
    runScript(previousReleaseCheckout(), 'seed.ts', oldUrl)
    before = await readRows(oldUrl)
    output = runScript(projectRoot, 'migrate.ts', oldUrl)
    runScript(projectRoot, 'migrate.ts', freshUrl)
  }, 600_000)

  afterAll(async () => {
    for (const name of Object.values(databases))
      await query(server.adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).catch(() => undefined)
    await server?.stop()
    fs.rmSync(work, { recursive: true, force: true })
  })

  it('recognises the pushed schema, keeps every row of every table and moves captions to their field', async () => {
    expect(before.get('materials')?.length).toBe(47)
    expect(output).toContain('đã ghi nhận, giữ nguyên mọi dòng dữ liệu')
    const after = await readRows(oldUrl, columnsOf(before))
    // A video's WebVTT download row moves to its captions field (captionsMove.ts); every other row stays.
    const { expectedRows, captionsOf } = captionsMove(before)
    // Every table is still there; a table a later migration adds (e.g. the usage counters) starts empty.
    expect([...before.keys()].filter((table) => !after.has(table))).toEqual([])
    expect([...after].filter(([table, rows]) => !before.has(table) && rows.length > 0)).toEqual([])
    for (const [table, rows] of expectedRows) expect(after.get(table), table).toEqual(rows)
    expect(captionsOf.get('materials')?.size).toBeGreaterThan(0)
    expect(captionsAfter(await readRows(oldUrl))).toEqual(captionsOf)
  })

  it('ends with exactly the columns and indexes of a database made from nothing', async () => {
    expect(await readSchema(oldUrl)).toEqual(await readSchema(freshUrl))
  })
})
