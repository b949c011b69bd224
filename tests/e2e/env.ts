import path from 'node:path'

/** The e2e run's own database, media folder and built site, apart from the demo's. */
export const projectRoot = path.resolve(import.meta.dirname, '..', '..')
// E2E_WORK lets two runs on one checkout (two people, two agents) keep out of each other's files.
export const e2eWork = path.resolve(projectRoot, process.env.E2E_WORK ?? path.join('.tmp', 'e2e'))
export const e2eEnv = {
  DATABASE_URL: `file:${path.join(e2eWork, 'e2e.db')}`,
  MEDIA_DIR: path.join(e2eWork, 'media'),
  SITE_DIST_DIR: path.join(e2eWork, 'dist'),
  SITE_AUTO_REBUILD: '0',
  SITE_REBUILD_DEBOUNCE_MS: '0',
  // The usage beacon posts to the site's own origin, as behind nginx; the global setup's server answers it
  // (tests/e2e/usage.test.ts sends the beacons on to a real CMS).
  SITE_USAGE_URL: '/api/usage',
  PROJECT_ROOT: projectRoot,
}
