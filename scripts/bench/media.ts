import fs from 'node:fs'
import path from 'node:path'

import { projectRoot } from '@dvctt/cms/lib/paths'

import { run } from '../lib/processes'
import type { Section } from './report'

const work = path.join(projectRoot, '.tmp', 'bench-media')

/**
 * Rendition throughput: 200 camera-sized JPEGs uploaded through the Local API
 * (checks, EXIF stripping, 8 renditions, metadata) against sharp alone making
 * the same sizes and formats in the same process; ratio = raw time / our time.
 * Also the upload-to-ready time of a 20 MB scanned PDF and a 50 MB MP4.
 * Runs in a child so its database and media folder are its own.
 */
export async function benchMedia(): Promise<Section> {
  fs.rmSync(work, { recursive: true, force: true })
  fs.mkdirSync(work, { recursive: true })
  const resultFile = path.join(work, 'result.json')
  await run(process.execPath, ['--import', 'tsx', path.join(projectRoot, 'scripts', 'bench', 'media-run.ts')], {
    cwd: projectRoot,
    env: {
      DATABASE_URL: `file:${path.join(work, 'bench.db')}`,
      MEDIA_DIR: path.join(work, 'media'),
      MEDIA_BENCH_RESULT: resultFile,
      SITE_AUTO_REBUILD: '0',
      CMS_RUN_JOBS: '0',
    },
  })
  return JSON.parse(fs.readFileSync(resultFile, 'utf8')) as Section
}
