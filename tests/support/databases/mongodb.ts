import { MongoClient } from 'mongodb'
import type { TestProject } from 'vitest/node'

import { uniqueRunName } from './tmpDir'

export const MONGODB_SKIPPED = 'MongoDB skipped: set MONGODB_URL to run the integration suite on MongoDB'

/** The same server URL pointing at another database; options such as ?authSource= are kept. */
function withDatabase(serverUrl: string, database: string): string {
  const url = new URL(serverUrl)
  url.pathname = `/${database}`
  return url.toString()
}

/**
 * globalSetup of `int-mongodb`. There is no MongoDB server on these machines,
 * so without MONGODB_URL the suite is reported as skipped (never as passed).
 * With it, each run gets its own database, dropped at the end.
 */
export default function setup(project: TestProject): () => Promise<void> {
  const serverUrl = process.env.MONGODB_URL?.trim()
  project.provide('databaseProblem', '')
  if (!serverUrl) {
    console.warn(`\n[int-mongodb] ${MONGODB_SKIPPED}\n`)
    project.provide('databaseUrl', '')
    project.provide('databaseSkipReason', MONGODB_SKIPPED)
    return async () => undefined
  }
  const url = withDatabase(serverUrl, uniqueRunName('dvctt_test'))
  project.provide('databaseUrl', url)
  project.provide('databaseSkipReason', '')
  return async () => {
    const client = new MongoClient(url, { serverSelectionTimeoutMS: 5000 })
    try {
      await client.connect()
      await client.db().dropDatabase()
    } finally {
      await client.close()
    }
  }
}
