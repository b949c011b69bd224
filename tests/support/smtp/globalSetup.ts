/**
 * globalSetup of `int-email`: a fresh SQLite file (as int-sqlite) and the SMTP server the CMS
 * sends to (server.ts); the workers get its URL and mail folder through `inject`.
 */
import fs from 'node:fs'
import path from 'node:path'

import type { TestProject } from 'vitest/node'

import { ensureTestTmpDir } from '../databases/tmpDir'
import { startSmtpServer } from './server'

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const tmp = ensureTestTmpDir()
  const file = path.join(tmp, `int-email-${process.pid}.db`)
  fs.rmSync(file, { force: true })
  project.provide('databaseUrl', `file:${file}`)
  project.provide('databaseProblem', '')
  project.provide('databaseSkipReason', '')
  const server = await startSmtpServer(tmp)
  console.info(`[int-email] SMTP ${server.url}, mail in ${server.maildir}`)
  project.provide('smtpUrl', server.url)
  project.provide('smtpMaildir', server.maildir)
  return async () => {
    await server.stop()
    for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(`${file}${suffix}`, { force: true })
  }
}
