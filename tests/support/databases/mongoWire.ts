import { MongoClient } from 'mongodb'
import type { TestProject } from 'vitest/node'

import { uniqueRunName } from './tmpDir'
import { hidePassword, withDatabase } from './url'

async function withClient<T>(url: string, use: (client: MongoClient) => Promise<T>): Promise<T> {
  const client = new MongoClient(url, { serverSelectionTimeoutMS: 5000 })
  try {
    await client.connect()
    return await use(client)
  } finally {
    await client.close()
  }
}

/** Which server answers on the MongoDB wire. */
export type MongoWireServer = 'mongodb' | 'ferretdb' | 'mongo-java-server'

/**
 * Tells the stand-ins from MongoDB by their buildInfo, for the log (so a run says what it tested):
 * FerretDB adds `ferretdbVersion`; mongo-java-server answers only version, versionArray and
 * maxBsonObjectSize (no gitVersion).
 */
export function identifyServer(buildInfo: Record<string, unknown>): { server: MongoWireServer; label: string } {
  if (typeof buildInfo.ferretdbVersion === 'string') {
    return { server: 'ferretdb', label: `FerretDB ${buildInfo.ferretdbVersion}` }
  }
  if (!('gitVersion' in buildInfo)) return { server: 'mongo-java-server', label: 'mongo-java-server' }
  return { server: 'mongodb', label: `MongoDB ${String(buildInfo.version)}` }
}

type MongoWireProject = { name: string; envVar: string; skipped: string }

/**
 * globalSetup shared by the projects on the MongoDB wire. Without the project's URL variable the
 * suite is reported as skipped (never as passed). With it, each run gets its own database, dropped
 * at the end; a server that does not answer fails every file at once with one clear reason.
 */
export async function setupMongoWire(project: TestProject, { name, envVar, skipped }: MongoWireProject) {
  const serverUrl = process.env[envVar]?.trim()
  if (!serverUrl) {
    console.warn(`\n[${name}] ${skipped}\n`)
    project.provide('databaseUrl', '')
    project.provide('databaseSkipReason', skipped)
    project.provide('databaseProblem', '')
    return async () => undefined
  }

  project.provide('databaseSkipReason', '')
  const url = withDatabase(serverUrl, uniqueRunName('dvctt_test'))
  let server: string
  try {
    server = await withClient(url, async (client) => {
      await client.db().command({ ping: 1 })
      return identifyServer(await client.db().admin().command({ buildInfo: 1 })).label
    })
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    project.provide('databaseUrl', '')
    project.provide('databaseProblem', `${envVar}=${hidePassword(serverUrl)} does not answer: ${reason}`)
    return async () => undefined
  }

  console.log(`\n[${name}] ${server} at ${hidePassword(serverUrl)}\n`)
  project.provide('databaseUrl', url)
  project.provide('databaseProblem', '')
  return async () => {
    await withClient(url, (client) => client.db().dropDatabase())
  }
}
