import fs from 'node:fs'
import path from 'node:path'

import { projectRoot } from '@dvctt/cms/lib/paths'

import { createTestBucket, s3TestEnv } from '../../tests/support/s3/bucket'
import { run } from '../lib/processes'
import { compareWithS3, S3_SKIPPED, S3_VARIABLES } from './media-s3'
import type { Section } from './report'

const work = path.join(projectRoot, '.tmp', 'bench-media')

/** One measurement in a child, so its database and media folder are its own. */
async function runMedia(storage: 'disk' | 's3', env: Record<string, string>): Promise<Section> {
  const dir = path.join(work, storage)
  fs.mkdirSync(dir, { recursive: true })
  const resultFile = path.join(dir, 'result.json')
  await run(process.execPath, ['--import', 'tsx', path.join(projectRoot, 'scripts', 'bench', 'media-run.ts')], {
    cwd: projectRoot,
    env: {
      DATABASE_URL: `file:${path.join(dir, 'bench.db')}`,
      MEDIA_DIR: path.join(dir, 'media'),
      MEDIA_BENCH_RESULT: resultFile,
      SITE_AUTO_REBUILD: '0',
      CMS_RUN_JOBS: '0',
      ...env,
    },
  })
  return JSON.parse(fs.readFileSync(resultFile, 'utf8')) as Section
}

/**
 * Rendition throughput: 200 camera-sized JPEGs uploaded through the Local API
 * (checks, EXIF stripping, 8 renditions, metadata) against sharp alone making
 * the same sizes and formats in the same process; ratio = raw time / our time.
 * Also the upload-to-ready time of a 20 MB scanned PDF and a 50 MB MP4.
 * With an S3 test server (S3_TEST_* variables, as .ci/run exports for versitygw),
 * the same measurement runs again with media in a fresh bucket: `s3_*` and `s3Ratio_*`.
 */
export async function benchMedia(): Promise<Section> {
  fs.rmSync(work, { recursive: true, force: true })
  process.stderr.write('  media trên đĩa cục bộ…\n')
  const disk = await runMedia('disk', Object.fromEntries(S3_VARIABLES.map((name) => [name, ''])))
  const s3Env = s3TestEnv(`bench-media-${Date.now()}`)
  if (!s3Env) {
    process.stderr.write(`  ${S3_SKIPPED}\n`)
    return { ...disk, s3: S3_SKIPPED }
  }
  const where = `${s3Env.S3_ENDPOINT}, bucket ${s3Env.S3_BUCKET}`
  process.stderr.write(`  media trên S3 (${where})…\n`)
  const removeBucket = await createTestBucket(s3Env)
  try {
    const s3 = await runMedia('s3', s3Env)
    return { ...disk, s3: where, ...compareWithS3(disk, s3) }
  } finally {
    await removeBucket()
  }
}
