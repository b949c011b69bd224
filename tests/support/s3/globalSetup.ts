/**
 * globalSetup of `int-s3`: a fresh SQLite file (as int-sqlite) and a fresh bucket on the
 * S3 server .ci/versitygw.sh started (S3_TEST_* variables), with the public-read policy
 * the deploy guide asks for. Without S3_TEST_ENDPOINT the project is reported as skipped.
 */
import fs from 'node:fs'
import path from 'node:path'

import type { TestProject } from 'vitest/node'

import { ensureTestTmpDir } from '../databases/tmpDir'
import { S3_SKIP_REASON, createTestBucket, s3TestEnv } from './bucket'

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const file = path.join(ensureTestTmpDir(), `int-s3-${process.pid}.db`)
  fs.rmSync(file, { force: true })
  project.provide('databaseUrl', `file:${file}`)
  project.provide('databaseProblem', '')
  const env = s3TestEnv(`dvctt-int-${process.pid}-${Date.now().toString(36)}`)
  project.provide('databaseSkipReason', env ? '' : S3_SKIP_REASON)
  project.provide('s3Env', env ?? {})
  if (!env) console.info(`[int-s3] ${S3_SKIP_REASON}`)
  const removeBucket = env ? await createTestBucket(env) : async () => undefined
  return async () => {
    await removeBucket()
    for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(`${file}${suffix}`, { force: true })
  }
}
