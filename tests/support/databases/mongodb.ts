import { MongoClient } from 'mongodb'
import type { TestProject } from 'vitest/node'

import { uniqueRunName } from './tmpDir'
import { hidePassword, withDatabase } from './url'

export const MONGODB_SKIPPED = 'MongoDB skipped: set MONGODB_URL to run the integration suite on MongoDB'

async function withClient<T>(url: string, use: (client: MongoClient) => Promise<T>): Promise<T> {
  const client = new MongoClient(url, { serverSelectionTimeoutMS: 5000 })
  try {
    await client.connect()
    return await use(client)
  } finally {
    await client.close()
  }
}

/**
 * globalSetup of `int-mongodb`. There is no MongoDB server on these machines,
 * so without MONGODB_URL the suite is reported as skipped (never as passed).
 * With it, each run gets its own database, dropped at the end; a server that
 * does not answer fails every file at once with one clear reason.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const serverUrl = process.env.MONGODB_URL?.trim()
  if (!serverUrl) {
    console.warn(`\n[int-mongodb] ${MONGODB_SKIPPED}\n`)
    project.provide('databaseUrl', '')
    project.provide('databaseSkipReason', MONGODB_SKIPPED)
    project.provide('databaseProblem', '')
    return async () => undefined
  }

  project.provide('databaseSkipReason', '')
  const url = withDatabase(serverUrl, uniqueRunName('dvctt_test'))
  try {
    await withClient(url, (client) => client.db().command({ ping: 1 }))
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    project.provide('databaseUrl', '')
    project.provide('databaseProblem', `MONGODB_URL=${hidePassword(serverUrl)} does not answer: ${reason}`)
    return async () => undefined
  }

  project.provide('databaseUrl', url)
  project.provide('databaseProblem', '')
  return async () => {
    await withClient(url, (client) => client.db().dropDatabase())
  }
}
