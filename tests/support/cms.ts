import type { Payload } from 'payload'
import { describe, inject } from 'vitest'

/** Why this project's suite is skipped ('' when it runs), e.g. no MongoDB server configured. */
export const databaseSkipReason = inject('databaseSkipReason')

/**
 * `describe` for suites that need the database: reported as skipped, with the
 * reason in its name, when the project has no database to run against.
 */
export const describeWithDatabase = describe.skipIf(Boolean(databaseSkipReason))

const databaseUrl = inject('databaseUrl')
const connectedTo = Symbol.for('dvctt.tests.connectedDatabaseUrl')
type WorkerGlobal = typeof globalThis & { [connectedTo]?: string }

/** The CMS's Local API on this project's test database (one instance per worker process). */
export async function getTestPayload(): Promise<Payload> {
  // getPayload() caches per process: a worker reused by another project would
  // silently test the wrong database. Refuse instead.
  const worker = globalThis as WorkerGlobal
  worker[connectedTo] ??= databaseUrl
  if (worker[connectedTo] !== databaseUrl || process.env.DATABASE_URL !== databaseUrl) {
    throw new Error(
      `This worker's Payload is connected to ${worker[connectedTo]}, not to this project's ${databaseUrl}.`,
    )
  }
  // Imported lazily so a skipped suite never loads the config or touches a database.
  const { getCmsPayload } = await import('@dvctt/cms/lib/getCmsPayload')
  const payload = await getCmsPayload({ migrate: true })
  // Payload logs every refused request with a stack trace, and refusing is much
  // of what these tests check. TEST_LOG_LEVEL=info brings the log back.
  payload.logger.level = process.env.TEST_LOG_LEVEL ?? 'fatal'
  return payload
}
