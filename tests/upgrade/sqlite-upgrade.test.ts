/**
 * A library made by the previous release's seed (what its `npm start` runs on
 * an empty database: the schema pushed in development mode, 47 materials,
 * 63 files…) upgraded by this release's `npm run migrate`: every row of every
 * table and every file is still there, the tables are exactly those a new
 * database gets, and an id deleted after the upgrade never comes back.
 */
import { execFileSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { DatabaseSync } from 'node:sqlite'

import { beforeAll, describe, expect, it } from 'vitest'

import { childEnv, previousReleaseCheckout, projectRoot } from './previousRelease'

const work = path.join(projectRoot, '.tmp', `upgrade-${process.pid}`)
const oldDb = path.join(work, 'library.db')
const freshDb = path.join(work, 'fresh.db')
const media = path.join(work, 'media')
const secret = 'upgrade-test-secret-0123456789abcdef'

type Rows = Map<string, string[]>

/**
 * Every table's rows as sorted JSON lines (the migration's own bookkeeping table aside). `columns` keeps
 * only the columns each table had before the upgrade: the values of those must not change, and the
 * columns a migration adds are checked by the schema comparison.
 */
function readRows(file: string, columns?: Map<string, string[]>): Rows {
  const db = new DatabaseSync(file)
  try {
    const tables = db
      .prepare(
        `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT IN ('sqlite_sequence', 'payload_migrations')`,
      )
      .all()
    const rows: Rows = new Map()
    for (const { name } of tables as { name: string }[]) {
      rows.set(
        name,
        db
          .prepare(`SELECT * FROM "${name}"`)
          .all()
          .map((row) => JSON.stringify(row, columns?.get(name) ?? Object.keys(row as object).sort()))
          .sort(),
      )
    }
    return rows
  } finally {
    db.close()
  }
}

/** Tables and indexes as SQL, quoting and spacing normalised (a renamed table keeps its name's quotes). */
/** The columns of each table, from rows read by readRows. */
const columnsOf = (rows: Rows): Map<string, string[]> =>
  new Map([...rows].flatMap(([table, lines]) => (lines[0] ? [[table, Object.keys(JSON.parse(lines[0]))]] : [])))

function readSchema(file: string): string[] {
  const db = new DatabaseSync(file)
  try {
    const items = db
      .prepare(
        `SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' ORDER BY type, name`,
      )
      .all()
    return (items as { type: string; name: string; sql: string }[]).map(
      ({ type, name, sql }) => `${type} ${name}: ${sql.replace(/[`"]/g, '').replace(/\s+/g, ' ')}`,
    )
  } finally {
    db.close()
  }
}

function mediaFiles(): Map<string, string> {
  return new Map(
    fs
      .readdirSync(media)
      .sort()
      .map((name) => [
        name,
        crypto
          .createHash('sha256')
          .update(fs.readFileSync(path.join(media, name)))
          .digest('hex'),
      ]),
  )
}

function runScript(cwd: string, script: string, env: Record<string, string>, args: string[] = []): string {
  return execFileSync(
    path.join(projectRoot, '.runtime', 'node_modules', '.bin', 'node'),
    ['--import', 'tsx', path.join(cwd, 'scripts', script), ...args],
    {
      cwd,
      env: childEnv({ PAYLOAD_SECRET: secret, MEDIA_DIR: media, PROJECT_ROOT: cwd, SITE_AUTO_REBUILD: '0', ...env }),
      encoding: 'utf8',
      timeout: 300_000,
    },
  )
}

describe('upgrading a library made by the previous release (SQLite)', () => {
  let before: Rows
  let filesBefore: Map<string, string>
  let migrateOutput: string

  beforeAll(() => {
    fs.rmSync(work, { recursive: true, force: true })
    fs.mkdirSync(media, { recursive: true })
    const previous = previousReleaseCheckout()
    runScript(previous, 'seed.ts', { DATABASE_URL: `file:${oldDb}` })
    before = readRows(oldDb)
    filesBefore = mediaFiles()
    migrateOutput = runScript(projectRoot, 'migrate.ts', { DATABASE_URL: `file:${oldDb}` })
    runScript(projectRoot, 'migrate.ts', { DATABASE_URL: `file:${freshDb}` })
    return () => fs.rmSync(work, { recursive: true, force: true })
  }, 600_000)

  it('recognises the pushed schema and applies the later migrations', () => {
    expect(before.get('materials')?.length).toBe(47)
    expect(migrateOutput).toContain('đã ghi nhận, giữ nguyên mọi dòng dữ liệu')
    expect(migrateOutput).toMatch(/Đã áp dụng bước nâng cấp \d{8}_\d{6}_ids_never_reused/)
  })

  it('keeps every row of every table, value for value', () => {
    const after = readRows(oldDb, columnsOf(before))
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort())
    for (const [table, rows] of before) expect(after.get(table), table).toEqual(rows)
  })

  it('keeps every uploaded file, byte for byte, and every media row still has its file', () => {
    expect(mediaFiles()).toEqual(filesBefore)
    const db = new DatabaseSync(oldDb)
    const names = db.prepare('SELECT filename FROM media').all() as { filename: string }[]
    db.close()
    expect(names.length).toBe(63)
    for (const { filename } of names) expect(fs.existsSync(path.join(media, filename)), filename).toBe(true)
  })

  it('ends with exactly the tables and indexes a new database gets', () => {
    expect(readSchema(oldDb)).toEqual(readSchema(freshDb))
  })

  it('after the upgrade a deleted id is never given again', async () => {
    const script = `
      const { getCmsPayload } = await import('@dvctt/cms/lib/getCmsPayload')
      const payload = await getCmsPayload()
      const { docs: [newest] } = await payload.find({ collection: 'materials', sort: '-id', limit: 1, depth: 0, draft: true })
      await payload.delete({ collection: 'materials', id: newest.id })
      const next = await payload.create({ collection: 'materials', draft: true, data: { title: 'Bản nháp sau nâng cấp', kind: 'leaflet', language: 'vi', summary: 'Tạo sau khi nâng cấp.', ownerUnit: newest.ownerUnit, _status: 'draft' } })
      console.log(JSON.stringify({ deleted: newest.id, next: next.id }))
      await payload.destroy()
      process.exit(0)`
    const output = execFileSync(
      path.join(projectRoot, '.runtime', 'node_modules', '.bin', 'node'),
      ['--import', 'tsx', '--input-type=module', '-e', script],
      {
        cwd: projectRoot,
        env: childEnv({
          PAYLOAD_SECRET: secret,
          MEDIA_DIR: media,
          PROJECT_ROOT: projectRoot,
          SITE_AUTO_REBUILD: '0',
          DATABASE_URL: `file:${oldDb}`,
        }),
        encoding: 'utf8',
      },
    )
    const { deleted, next } = JSON.parse(output.trim().split('\n').at(-1) ?? '{}') as { deleted: number; next: number }
    expect(next).toBeGreaterThan(deleted)
  }, 120_000)
})
