/**
 * globalSetup of `int-s3`: a fresh SQLite file (as int-sqlite) and a fresh bucket on the
 * S3 server .ci/versitygw.sh started (S3_TEST_* variables), with the public-read policy
 * the deploy guide asks for. Without S3_TEST_ENDPOINT the project is reported as skipped.
 */
import fs from 'node:fs'
import path from 'node:path'

import type { TestProject } from 'vitest/node'

import { readS3Config } from '../../../cms/storage/config'
import { createMediaBucket, removeMediaBucket } from '../../../cms/storage/bucket'
import { ensureTestTmpDir } from '../databases/tmpDir'

export const S3_SKIP_REASON =
  'S3 skipped: set S3_TEST_ENDPOINT, S3_TEST_ACCESS_KEY_ID and S3_TEST_SECRET_ACCESS_KEY (source .ci/versitygw.sh starts versitygw and sets them)'

/** The S3_* variables the CMS reads, for a bucket of this run on the test server. */
export function s3TestEnv(bucket: string): Record<string, string> | null {
  const endpoint = process.env.S3_TEST_ENDPOINT
  if (!endpoint || !process.env.S3_TEST_ACCESS_KEY_ID || !process.env.S3_TEST_SECRET_ACCESS_KEY) return null
  return {
    S3_BUCKET: bucket,
    S3_ENDPOINT: endpoint,
    S3_REGION: process.env.S3_TEST_REGION ?? 'us-east-1',
    S3_ACCESS_KEY_ID: process.env.S3_TEST_ACCESS_KEY_ID,
    S3_SECRET_ACCESS_KEY: process.env.S3_TEST_SECRET_ACCESS_KEY,
    S3_FORCE_PATH_STYLE: 'true',
    MEDIA_PUBLIC_URL: `${endpoint.replace(/\/$/, '')}/${bucket}/public/`,
  }
}

/** Creates the bucket with the public-read policy on `public/*`; returns a function that empties and removes it. */
export async function createTestBucket(env: Record<string, string>): Promise<() => Promise<void>> {
  const config = readS3Config(env)
  if (!config) throw new Error('S3 test environment is incomplete.')
  await createMediaBucket(config)
  return () => removeMediaBucket(config)
}

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
