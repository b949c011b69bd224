/** The S3 test server .ci/versitygw.sh starts (S3_TEST_* variables), as the CMS's S3_* settings for one bucket. */
import { createMediaBucket, removeMediaBucket } from '../../../cms/storage/bucket'
import { readS3Config } from '../../../cms/storage/config'

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
