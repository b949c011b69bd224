import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import pg from 'pg'

/** The schema Payload's PostgreSQL adapter uses (cms/db.ts sets no other). */
export const PAYLOAD_SCHEMA = 'public'

/** Debian's versioned client folders, newest first: /usr/lib/postgresql/15/bin … */
function clientDirs(): { major: number; dir: string }[] {
  const root = '/usr/lib/postgresql'
  if (!fs.existsSync(root)) return []
  return fs
    .readdirSync(root)
    .map((name) => ({ major: Number(name), dir: path.join(root, name, 'bin') }))
    .filter((entry) => Number.isInteger(entry.major) && fs.existsSync(path.join(entry.dir, 'pg_dump')))
    .sort((a, b) => b.major - a.major)
}

/**
 * pg_dump refuses a server newer than itself; pick the newest client installed,
 * else whatever is in PATH (Debian's wrapper picks a version itself).
 */
export function postgresClient(tool: 'pg_dump' | 'psql', serverMajor: number): string {
  const dirs = clientDirs()
  const newest = dirs[0]
  if (newest && newest.major < serverMajor && tool === 'pg_dump') {
    throw new Error(
      `máy chủ PostgreSQL là bản ${serverMajor}, còn pg_dump trên máy này là bản ${newest.major} (pg_dump không sao lưu được máy chủ mới hơn nó). ` +
        `Cài gói postgresql-client-${serverMajor} rồi chạy lại.`,
    )
  }
  return newest ? path.join(newest.dir, tool) : tool
}

/** Connection settings for the client tools, with the password in PGPASSWORD, never on the command line. */
export function clientConnection(url: string): { dbname: string; env: Record<string, string> } {
  const parsed = new URL(url)
  const password = decodeURIComponent(parsed.password)
  parsed.password = ''
  const env: Record<string, string> = {}
  if (password) env.PGPASSWORD = password
  return { dbname: parsed.toString(), env }
}

export async function withPgClient<T>(url: string, use: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 })
  await client.connect()
  try {
    return await use(client)
  } finally {
    await client.end().catch(() => undefined)
  }
}

export async function serverMajorVersion(client: pg.Client): Promise<number> {
  const { rows } = await client.query<{ server_version_num: string }>('SHOW server_version_num')
  return Math.floor(Number(rows[0]?.server_version_num ?? 0) / 10000)
}

export const quoteIdent = (name: string): string => `"${name.replaceAll('"', '""')}"`

/** Runs a client tool; rejects with the last lines it printed. `input` is piped to its stdin. */
export function runClientTool(
  binary: string,
  args: string[],
  env: Record<string, string>,
  input?: NodeJS.ReadableStream,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(binary, args, {
      env: { ...process.env, ...env },
      stdio: [input ? 'pipe' : 'ignore', 'ignore', 'pipe'],
    })
    let stderr = ''
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString('utf8')).slice(-4000)
    })
    if (input && child.stdin) {
      input.pipe(child.stdin)
      child.stdin.on('error', () => undefined)
    }
    child.on('error', (error: NodeJS.ErrnoException) =>
      reject(
        new Error(
          error.code === 'ENOENT' ? `không tìm thấy ${binary}: cài gói postgresql-client rồi chạy lại` : error.message,
        ),
      ),
    )
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${path.basename(binary)} thất bại (mã ${code}): ${stderr.trim()}`)),
    )
  })
}
