/**
 * For the backup/restore tests: run the commands as a person would (child
 * processes), make a fresh database of the project's kind to restore into
 * (the project's own database is shared with other test files), and take
 * fingerprints of a database and a media folder to prove they did not change.
 */
import { execFileSync, spawn } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { BSON, MongoClient } from 'mongodb'
import pg from 'pg'

import { type DatabaseKind, readDatabaseUrl } from '@dvctt/cms/lib/env'
import { projectRoot } from '@dvctt/cms/lib/paths'

import { withDatabase } from './databases/url'

export type CommandResult = { code: number | null; stdout: string; stderr: string }

/** `node --import tsx <file> …args` from the project root, like `npm run`, with these variables. */
export function runNodeScript(file: string, args: string[], env: Record<string, string>): Promise<CommandResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(projectRoot, file), ...args], {
      cwd: projectRoot,
      env: { ...process.env, CMS_RUN_JOBS: '0', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')))
    child.on('error', reject)
    child.on('exit', (code) => resolve({ code, stdout, stderr }))
  })
}

async function pgExecute(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    await client.query(sql)
  } finally {
    await client.end()
  }
}

/** An empty database of the same kind, on the same server as `projectUrl`, to restore into. */
export async function freshTarget(
  projectUrl: string,
  dir: string,
): Promise<{ url: string; drop: () => Promise<void> }> {
  const { kind } = readDatabaseUrl(projectUrl)
  const name = `dvctt_restore_${process.pid}_${crypto.randomBytes(3).toString('hex')}`
  if (kind === 'sqlite') return { url: `file:${path.join(dir, `${name}.db`)}`, drop: async () => undefined }
  const url = withDatabase(projectUrl, name)
  if (kind === 'postgres') {
    await pgExecute(projectUrl, `CREATE DATABASE "${name}"`)
    return { url, drop: () => pgExecute(projectUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) }
  }
  return {
    url,
    drop: async () => {
      const client = new MongoClient(url)
      await client.connect()
      await client.db().dropDatabase()
      await client.close()
    },
  }
}

const sha256 = (data: string | Buffer): string => crypto.createHash('sha256').update(data).digest('hex')

/**
 * Every row of every table of a SQLite file, read by node:sqlite in a child process. Never in this
 * process: the CMS under test holds the same file through libsql, and a second SQLite library in one
 * process drops the first one's POSIX locks when it closes the file (sqlite.org/howtocorrupt.html,
 * 2.2.1). Another process opening the database then took the WAL index for unused and reset it under
 * libsql's mapping: the int-sqlite worker died of SIGBUS in the CI run at 16768c9.
 */
function sqliteRows(file: string): string {
  const script = `
    import { DatabaseSync } from 'node:sqlite'
    const db = new DatabaseSync(process.argv[1], { readOnly: true })
    const parts = []
    for (const { name } of db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all())
      parts.push(name, JSON.stringify(db.prepare('SELECT * FROM "' + name + '" ORDER BY rowid').all()))
    db.close()
    process.stdout.write(parts.join('\\0'))`
  return execFileSync(process.execPath, ['--input-type=module', '-e', script, file], {
    encoding: 'utf8',
    maxBuffer: 1024 ** 3,
  })
}

/** A hash of every row of every table (every document of every collection), read through the database itself. */
export async function databaseFingerprint(url: string): Promise<string> {
  const { kind, url: resolved } = readDatabaseUrl(url)
  const parts: string[] = []
  if (kind === 'sqlite') {
    const file = resolved.slice('file:'.length)
    if (!fs.existsSync(file)) return 'absent'
    parts.push(sqliteRows(file))
  } else if (kind === 'postgres') {
    const client = new pg.Client({ connectionString: url })
    await client.connect()
    const { rows } = await client.query<{ table_name: string }>(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name",
    )
    for (const { table_name: name } of rows) {
      const result = await client.query<{ digest: string }>(
        `SELECT md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) AS digest FROM "${name}" t`,
      )
      parts.push(name, result.rows[0]?.digest ?? '')
    }
    await client.end()
  } else {
    const client = new MongoClient(url)
    await client.connect()
    const db = client.db()
    for (const { name } of await db.listCollections({}, { nameOnly: true }).toArray()) {
      const docs = await db.collection(name).find().sort({ _id: 1 }).toArray()
      parts.push(name, BSON.EJSON.stringify(docs, { relaxed: false }))
    }
    await client.close()
  }
  return sha256(parts.join('\0'))
}

/** File name → SHA-256 of every file in a media folder ({} when there is no folder). */
export function mediaFingerprint(dir: string): Record<string, string> {
  if (!fs.existsSync(dir)) return {}
  return Object.fromEntries(
    fs
      .readdirSync(dir)
      .sort()
      .map((name) => [name, sha256(fs.readFileSync(path.join(dir, name)))]),
  )
}

export const fileSha256 = (file: string): string => sha256(fs.readFileSync(file))

export type { DatabaseKind }
