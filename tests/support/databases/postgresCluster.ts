import { execFileSync, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { freePort } from '../../../scripts/lib/processes'
import { ensureTestTmpDir, isProcessAlive, uniqueRunName } from './tmpDir'

export const POSTGRES_MISSING =
  'PostgreSQL not installed: run `apt-get install -y postgresql` or set POSTGRES_URL to a server the tests may create databases on.'

export interface PostgresServer {
  /** Connection URL of the server's maintenance database, for CREATE/DROP DATABASE. */
  adminUrl: string
  stop(): Promise<void>
}

/** The newest Debian-style PostgreSQL bin directory, e.g. /usr/lib/postgresql/15/bin. */
function findPostgresBinDir(): string | undefined {
  const root = '/usr/lib/postgresql'
  if (!fs.existsSync(root)) return undefined
  const versions = fs
    .readdirSync(root)
    .filter((version) => fs.existsSync(path.join(root, version, 'bin', 'pg_ctl')))
    .sort((a, b) => Number(b) - Number(a))
  return versions[0] ? path.join(root, versions[0], 'bin') : undefined
}

/**
 * initdb refuses to run as root. As root we run the server as the `postgres`
 * account Debian's package creates, in a folder that account owns.
 */
function serverAccount(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined
  const lookup = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' })
  const gidLookup = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' })
  if (lookup.status !== 0 || gidLookup.status !== 0) {
    throw new Error(
      'Running as root but there is no `postgres` account to run the test cluster as (initdb refuses root).',
    )
  }
  return { uid: Number(lookup.stdout.trim()), gid: Number(gidLookup.stdout.trim()) }
}

function run(binary: string, args: string[], asPostgres: boolean): void {
  const [command, commandArgs] = asPostgres ? ['runuser', ['-u', 'postgres', '--', binary, ...args]] : [binary, args]
  try {
    execFileSync(command, commandArgs, { stdio: 'pipe', encoding: 'utf8' })
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr ?? ''
    throw new Error(`${path.basename(binary)} failed: ${stderr.trim() || String(error)}`, { cause: error })
  }
}

const CLUSTER_PREFIX = 'int-postgres'

/** Stops and removes clusters whose vitest run died before its teardown. */
function removeStaleClusters(dir: string, binDir: string, asPostgres: boolean): void {
  for (const name of fs.readdirSync(dir)) {
    const match = new RegExp(`^${CLUSTER_PREFIX}_(\\d+)_`).exec(name)
    if (!match || isProcessAlive(Number(match[1]))) continue
    const dataDir = path.join(dir, name, 'data')
    if (fs.existsSync(path.join(dataDir, 'postmaster.pid'))) {
      try {
        run(path.join(binDir, 'pg_ctl'), ['stop', '-D', dataDir, '-m', 'immediate'], asPostgres)
      } catch {
        // Already dead: the folder is removed below either way.
      }
    }
    fs.rmSync(path.join(dir, name), { recursive: true, force: true })
  }
}

/**
 * A private PostgreSQL cluster for one test run: trust auth, a free port on
 * 127.0.0.1, durability off (a test database is thrown away). About 3 s.
 */
export async function startPrivateCluster(): Promise<PostgresServer> {
  const binDir = findPostgresBinDir()
  if (!binDir) throw new Error(POSTGRES_MISSING)
  const account = serverAccount()
  const asPostgres = account !== undefined
  const tmp = ensureTestTmpDir()
  removeStaleClusters(tmp, binDir, asPostgres)

  const home = path.join(tmp, uniqueRunName(CLUSTER_PREFIX))
  const dataDir = path.join(home, 'data')
  fs.mkdirSync(home, { recursive: true, mode: 0o700 })
  if (account) fs.chownSync(home, account.uid, account.gid)

  const port = await freePort()
  run(
    path.join(binDir, 'initdb'),
    ['-D', dataDir, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--locale=C.UTF-8'],
    asPostgres,
  )
  const options = [
    `-p ${port}`,
    `-k ${home}`,
    '-c listen_addresses=127.0.0.1',
    '-c fsync=off',
    '-c synchronous_commit=off',
    '-c full_page_writes=off',
    '-c max_connections=200',
  ].join(' ')
  run(
    path.join(binDir, 'pg_ctl'),
    ['start', '-w', '-D', dataDir, '-l', path.join(home, 'server.log'), '-o', options],
    asPostgres,
  )

  const stopNow = (mode: 'fast' | 'immediate'): void => {
    try {
      run(path.join(binDir, 'pg_ctl'), ['stop', '-D', dataDir, '-m', mode, '-w'], asPostgres)
    } finally {
      fs.rmSync(home, { recursive: true, force: true })
    }
  }
  // Ctrl-C makes Vitest exit without its teardown: stop the server on the way out anyway.
  const stopOnExit = (): void => stopNow('immediate')
  process.once('exit', stopOnExit)

  return {
    adminUrl: `postgres://postgres@127.0.0.1:${port}/postgres`,
    async stop() {
      process.off('exit', stopOnExit)
      stopNow('fast')
    },
  }
}
