/**
 * A library made by the previous release's seed (what its `npm start` runs on
 * an empty database: the schema pushed in development mode, 47 materials,
 * 63 files…) upgraded by this release's `npm run migrate`: every row of every
 * table and every file is still there, the tables are exactly those a new
 * database gets, and no deleted id comes back: neither one deleted before the
 * upgrade (the previous release reused them; its audit trail remembers them) nor
 * one deleted after it, in any collection a person links to.
 */
import { execFileSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { DatabaseSync } from 'node:sqlite'

import { beforeAll, describe, expect, it } from 'vitest'

import { captionsAfter, captionsMove } from './captionsMove'
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

/** Runs an ES module snippet with the CMS of `cwd` on the upgraded library; returns its last line, as JSON. */
function runSnippet<T>(cwd: string, body: string): T {
  const script = `
      const { getCmsPayload } = await import('@dvctt/cms/lib/getCmsPayload')
      const payload = await getCmsPayload()
      const result = await (async () => { ${body} })()
      console.log(JSON.stringify(result))
      await payload.destroy()
      process.exit(0)`
  const output = execFileSync(
    path.join(projectRoot, '.runtime', 'node_modules', '.bin', 'node'),
    ['--import', 'tsx', '--input-type=module', '-e', script],
    {
      cwd,
      env: childEnv({
        PAYLOAD_SECRET: secret,
        MEDIA_DIR: media,
        PROJECT_ROOT: cwd,
        SITE_AUTO_REBUILD: '0',
        DATABASE_URL: `file:${oldDb}`,
      }),
      encoding: 'utf8',
      timeout: 120_000,
    },
  )
  return JSON.parse(output.trim().split('\n').at(-1) ?? 'null') as T
}

/** Deletes the newest document of each collection, then creates one: the ids, as [deleted, next]. */
const DELETE_THEN_CREATE = `
  const material = (await payload.find({ collection: 'materials', sort: '-id', limit: 1, depth: 0, draft: true })).docs[0]
  const make = {
    materials: () => ({ title: 'Bản nháp sau nâng cấp', kind: 'leaflet', language: 'vi', summary: 'Tạo sau khi nâng cấp.', ownerUnit: material.ownerUnit, _status: 'draft' }),
    procedures: () => ({ code: '9.999001', name: 'Thủ tục sau nâng cấp', field: 'Thử nghiệm', onlineLevel: 'full', implementingLevel: 'province' }),
    units: () => ({ name: 'Đơn vị sau nâng cấp', type: 'commune' }),
    topics: () => ({ name: 'Chủ đề sau nâng cấp' }),
    audiences: () => ({ name: 'Nhóm sau nâng cấp' }),
    campaigns: () => ({ name: 'Chiến dịch sau nâng cấp' }),
    users: () => ({ email: 'sau-nang-cap@thuvien.example', password: 'Mật-khẩu-sau-nâng-cấp-1', role: 'editor', name: 'Người dùng sau nâng cấp' }),
  }
  const ids = {}
  for (const [collection, data] of Object.entries(make)) {
    const newest = (await payload.create({ collection, data: data(), draft: true, context: { skipSiteRebuild: true } })).id
    await payload.delete({ collection, id: newest, context: { skipSiteRebuild: true } })
    const next = await payload.create({ collection, data: data(), draft: true, context: { skipSiteRebuild: true } })
    ids[collection] = [newest, next.id]
  }
  return ids`

describe('upgrading a library made by the previous release (SQLite)', () => {
  let before: Rows
  let filesBefore: Map<string, string>
  let migrateOutput: string
  /** The newest material, deleted by the previous release before the upgrade. */
  let deletedBefore: { id: number; title: string }

  beforeAll(() => {
    fs.rmSync(work, { recursive: true, force: true })
    fs.mkdirSync(media, { recursive: true })
    const previous = previousReleaseCheckout()
    runScript(previous, 'seed.ts', { DATABASE_URL: `file:${oldDb}` })
    deletedBefore = runSnippet(
      previous,
      `const { docs: [newest] } = await payload.find({ collection: 'materials', sort: '-id', limit: 1, depth: 0, draft: true })
      await payload.delete({ collection: 'materials', id: newest.id })
      return { id: newest.id, title: newest.title }`,
    )
    before = readRows(oldDb)
    filesBefore = mediaFiles()
    migrateOutput = runScript(projectRoot, 'migrate.ts', { DATABASE_URL: `file:${oldDb}` })
    runScript(projectRoot, 'migrate.ts', { DATABASE_URL: `file:${freshDb}` })
    return () => fs.rmSync(work, { recursive: true, force: true })
  }, 600_000)

  it('recognises the pushed schema and applies the later migrations', () => {
    // The seed's 47, less the one the previous release deleted.
    expect(before.get('materials')?.length).toBe(46)
    expect(migrateOutput).toContain('đã ghi nhận, giữ nguyên mọi dòng dữ liệu')
    expect(migrateOutput).toMatch(/Đã áp dụng bước nâng cấp \d{8}_\d{6}_ids_never_reused/)
  })

  it('keeps every row of every table, value for value (a video’s captions row moves to its own field)', () => {
    const after = readRows(oldDb, columnsOf(before))
    const { expectedRows } = captionsMove(before)
    // Every table is still there; a table a later migration adds (e.g. the usage counters) starts empty.
    expect([...before.keys()].filter((table) => !after.has(table))).toEqual([])
    expect([...after].filter(([table, rows]) => !before.has(table) && rows.length > 0)).toEqual([])
    for (const [table, rows] of expectedRows) expect(after.get(table), table).toEqual(rows)
  })

  it('moves each video’s and recording’s WebVTT download into «Phụ đề / lời thoại», so its transcript keeps showing', () => {
    const { captionsOf } = captionsMove(before)
    expect(captionsOf.get('materials')?.size).toBeGreaterThan(0)
    expect(captionsAfter(readRows(oldDb))).toEqual(captionsOf)
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

  it('earlier audit entries of a document still there get its creation time', () => {
    const db = new DatabaseSync(oldDb)
    const rows = db
      .prepare(
        `SELECT a.doc_created_at AS key, m.created_at AS created FROM audit_log a JOIN materials m ON CAST(m.id AS TEXT) = a.doc_id WHERE a.collection = 'materials'`,
      )
      .all() as { key: string | null; created: string }[]
    db.close()
    expect(rows.length).toBeGreaterThan(0)
    for (const row of rows) expect(row.key).toBe(row.created)
  })

  it('no deleted id comes back: not one the previous release deleted, not the newest of any collection deleted after', () => {
    const { ids, entries } = runSnippet<{
      ids: Record<string, [number, number]>
      entries: { title: string; docCreatedAt: string | null }[]
    }>(
      projectRoot,
      `const entries = (await payload.find({ collection: 'audit-log', where: { collection: { equals: 'materials' }, docId: { equals: '${deletedBefore.id}' } }, depth: 0, limit: 100 })).docs
        .map(({ title, docCreatedAt }) => ({ title, docCreatedAt: docCreatedAt ?? null }))
      const ids = await (async () => { ${DELETE_THEN_CREATE} })()
      return { ids, entries }`,
    )
    // The first material made after the upgrade gets an id above the one the previous release deleted…
    expect(ids.materials?.[0]).toBeGreaterThan(deletedBefore.id)
    // …whose entries keep its title and no creation time of another document.
    expect(entries.length).toBeGreaterThan(0)
    for (const entry of entries) expect(entry).toEqual({ title: deletedBefore.title, docCreatedAt: null })
    expect(Object.keys(ids).sort()).toEqual(
      ['audiences', 'campaigns', 'materials', 'procedures', 'topics', 'units', 'users'].sort(),
    )
    for (const [collection, [deleted, next]] of Object.entries(ids)) expect(next, collection).toBeGreaterThan(deleted)
  }, 120_000)
})
