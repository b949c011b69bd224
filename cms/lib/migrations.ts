/**
 * The database schema's one owner: the committed migrations in
 * cms/migrations/<dialect>/ (made by `payload migrate:create`, see cms/README.md),
 * applied by `npm run migrate`, `npm start`, `npm run serve`, `npm run seed`,
 * `npm run create-admin` and `npm run restore`. Every other entry point refuses
 * an out-of-date database with one message naming `npm run migrate`.
 * MongoDB has no schema to migrate: its indexes are built when the adapter connects, and
 * data in an older shape is moved by the idempotent steps of ./migrate/mongoDataSteps.ts.
 */
import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'

import { adoptPushedSchema } from './migrate/adoptPushedSchema'
import { applyMongoDataSteps } from './migrate/mongoDataSteps'
import { type Dialect, type MigrationStep, readAppliedNames, runMigration } from './migrate/runMigration'
import { ConfigError, type DatabaseKind } from './env'
import { migrationsDir } from './paths'

const MIGRATION_FILE = /^(\d{8}_\d{6}_[\w-]+)\.ts$/

const migrationDirOf = (dialect: Dialect): string => path.join(migrationsDir, dialect)

export const databaseKindOf = (payload: Payload): DatabaseKind =>
  payload.db.name === 'mongoose' ? 'mongodb' : payload.db.name === 'postgres' ? 'postgres' : 'sqlite'

/** The migrations this code knows, oldest first ([] for MongoDB). */
export function knownMigrationNames(kind: DatabaseKind): string[] {
  if (kind === 'mongodb') return []
  return fs
    .readdirSync(migrationDirOf(kind))
    .map((file) => MIGRATION_FILE.exec(file)?.[1])
    .filter((name): name is string => Boolean(name))
    .sort()
}

/** Names recorded in the database's payload_migrations table, oldest first ([] for MongoDB or a new database). */
export async function appliedMigrationNames(payload: Payload): Promise<string[]> {
  const kind = databaseKindOf(payload)
  return kind === 'mongodb' ? [] : readAppliedNames(payload, kind)
}

export interface MigrationState {
  kind: DatabaseKind
  applied: string[]
  pending: string[]
  /** Applied names this code does not know: the database comes from a newer release. */
  unknown: string[]
}

export async function migrationState(payload: Payload): Promise<MigrationState> {
  const kind = databaseKindOf(payload)
  const known = knownMigrationNames(kind)
  const applied = await appliedMigrationNames(payload)
  return {
    kind,
    applied,
    pending: known.filter((name) => !applied.includes(name)),
    unknown: applied.filter((name) => !known.includes(name)),
  }
}

export class MigrationError extends ConfigError {
  override name = 'MigrationError'
}

export function newerSchemaError(unknown: string[]): MigrationError {
  return new MigrationError(
    `Cơ sở dữ liệu đã được nâng cấp bởi một phiên bản mới hơn mã nguồn đang chạy (có các bước nâng cấp mà phiên bản này không biết: ${unknown.join(', ')}). ` +
      'Không có gì bị thay đổi. Hãy cập nhật mã nguồn lên phiên bản mới nhất (git pull) rồi chạy lại.',
  )
}

/** Throws a clear message when the database is not at this code's schema. */
export async function assertSchemaCurrent(payload: Payload): Promise<void> {
  const state = await migrationState(payload)
  if (state.unknown.length > 0) throw newerSchemaError(state.unknown)
  if (state.pending.length > 0) {
    const empty = state.applied.length === 0
    throw new MigrationError(
      (empty
        ? 'Cơ sở dữ liệu chưa có bảng nào của thư viện (cơ sở dữ liệu mới). '
        : `Cơ sở dữ liệu chưa được nâng cấp lên phiên bản này (còn ${state.pending.length} bước: ${state.pending.join(', ')}). `) +
        'Chưa có gì được ghi. Hãy chạy `npm run migrate` (hoặc khởi động bằng `npm run serve`, lệnh này tự nâng cấp) rồi chạy lại lệnh.',
    )
  }
}

async function loadSteps(kind: Dialect): Promise<MigrationStep[]> {
  // Loaded at run time from the source folder, never bundled (the admin build only needs the names).
  const file = path.join(migrationDirOf(kind), 'index.ts')
  const { migrations } = (await import(/* webpackIgnore: true */ /* turbopackIgnore: true */ file)) as {
    migrations: MigrationStep[]
  }
  return migrations
}

/**
 * Applies every pending migration in order, each in its own transaction. A
 * database made before migrations existed (the schema pushed in development by
 * an earlier release) is first recognised and recorded as being at the initial
 * migration, so it upgrades without losing a row.
 */
export async function applyPendingMigrations(
  payload: Payload,
  options: { log?: (line: string) => void } = {},
): Promise<{ applied: string[] }> {
  const kind = databaseKindOf(payload)
  const log = options.log ?? (() => undefined)
  if (kind === 'mongodb') {
    await applyMongoDataSteps(payload, log)
    return { applied: [] }
  }
  const steps = await loadSteps(kind)
  const adopted = await adoptPushedSchema(payload, kind, steps[0]?.name)
  if (adopted) log(adopted)
  const state = await migrationState(payload)
  if (state.unknown.length > 0) throw newerSchemaError(state.unknown)
  const applied: string[] = []
  for (const step of steps) {
    if (!state.pending.includes(step.name)) continue
    const started = Date.now()
    await runMigration(payload, kind, step)
    applied.push(step.name)
    log(`Đã áp dụng bước nâng cấp ${step.name} (${Date.now() - started} ms).`)
  }
  return { applied }
}
