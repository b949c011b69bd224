import pg from 'pg'
import type { TestProject } from 'vitest/node'

import { type PostgresServer, startPrivateCluster } from './postgresCluster'
import { uniqueRunName } from './tmpDir'
import { hidePassword, withDatabase } from './url'

async function execute(connectionString: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString, connectionTimeoutMillis: 5000 })
  await client.connect()
  try {
    await client.query(sql)
  } finally {
    await client.end()
  }
}

/**
 * globalSetup of `int-postgres`: a uniquely named database, dropped at the end,
 * on the server in POSTGRES_URL (CI) or on a private cluster started here.
 * Problems do not abort the other projects: every int-postgres file fails with the reason.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  project.provide('databaseSkipReason', '')
  let server: PostgresServer
  const external = process.env.POSTGRES_URL?.trim()
  try {
    server = external ? { adminUrl: external, stop: async () => undefined } : await startPrivateCluster()
  } catch (error) {
    project.provide('databaseUrl', '')
    project.provide('databaseProblem', error instanceof Error ? error.message : String(error))
    return async () => undefined
  }

  const database = uniqueRunName('dvctt_test')
  try {
    await execute(server.adminUrl, `CREATE DATABASE "${database}"`)
  } catch (error) {
    await server.stop()
    const reason = error instanceof Error ? error.message : String(error)
    project.provide('databaseUrl', '')
    project.provide(
      'databaseProblem',
      `Could not create a test database on ${hidePassword(server.adminUrl)}: ${reason}`,
    )
    return async () => undefined
  }

  project.provide('databaseUrl', withDatabase(server.adminUrl, database))
  project.provide('databaseProblem', '')
  return async () => {
    try {
      // WITH (FORCE) ends the connections test workers left open (PostgreSQL ≥ 13).
      await execute(server.adminUrl, `DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`)
    } finally {
      await server.stop()
    }
  }
}
