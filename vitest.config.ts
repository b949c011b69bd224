import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config'

import { e2eEnv } from './tests/e2e/env.ts'

const root = path.dirname(fileURLToPath(import.meta.url))

type Adapter = 'sqlite' | 'postgres' | 'mongodb' | 'ferretdb'

/**
 * The integration files that exercise real storage behaviour (unique indexes, login attempts and
 * lockout, the publish path, backup), run a second time on FerretDB: a database server over
 * PostgreSQL, where int-mongodb's mongo-java-server keeps everything in memory and ignores
 * non-unique indexes. tests/README.md ("MongoDB") says what runs where and how long; the slower
 * publish files (publish-incremental: 90 s more here) stay on int-mongodb for CI's time budget.
 */
const FERRETDB_FILES = [
  'accounts',
  'users-access',
  'materials-slug',
  'units',
  'workflow',
  'site-rebuild',
  'backup-restore',
  // Counters' atomic upserts and sums (FerretDB lacks $min/$max and reports racing upserts as E11000).
  'usage-counts',
  'reporting-figures',
].map((name) => `tests/int/${name}.test.ts`)

/**
 * Files whose subject does not depend on the database and that are slow (site releases swapped,
 * killed and failed builds; print kits rebuilt from the site's files): only SQLite runs them, to
 * keep CI within its time budget (≈ 4 min saved on int-mongodb, ≈ 2 min on int-postgres).
 */
const SQLITE_ONLY = ['site-deploy', 'print-kits-incremental', 'offline-pack'].map((name) => `tests/int/${name}.test.ts`)

/**
 * One project per database adapter, all running the same files (int-ferretdb: FERRETDB_FILES).
 * Each gets a fresh database from its globalSetup (see tests/support/databases/) and runs
 * its files one after another, since they share that database.
 */
const integrationProject = (adapter: Adapter): TestProjectInlineConfiguration => ({
  test: {
    name: `int-${adapter}`,
    root,
    include: adapter === 'ferretdb' ? FERRETDB_FILES : ['tests/int/**/*.test.ts'],
    exclude: adapter === 'sqlite' ? [] : SQLITE_ONLY,
    environment: 'node',
    globalSetup: [`tests/support/databases/${adapter}.ts`],
    setupFiles: ['tests/support/useTestDatabase.ts'],
    // Files share the project's database, so they run one after another. One
    // process per project, not per file: Payload is imported and initialised
    // once (≈ 3 s saved per file), and getPayload()'s per-process cache always
    // points at this project's database (tests/support/cms.ts checks that).
    pool: 'forks',
    fileParallelism: false,
    isolate: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
})

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          root,
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      integrationProject('sqlite'),
      integrationProject('postgres'),
      integrationProject('mongodb'),
      integrationProject('ferretdb'),
      // Media on S3 (tests/s3/): once, on SQLite, against the server in S3_TEST_ENDPOINT (.ci/versitygw.sh).
      {
        test: {
          name: 'int-s3',
          root,
          include: ['tests/s3/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/support/s3/globalSetup.ts'],
          setupFiles: ['tests/support/useTestDatabase.ts', 'tests/support/s3/useS3Storage.ts'],
          pool: 'forks',
          fileParallelism: false,
          isolate: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      // E-mail (tests/email/): once, on SQLite, the CMS sending to a real SMTP server (.ci/smtp.sh; started here when unset).
      {
        test: {
          name: 'int-email',
          root,
          include: ['tests/email/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/support/smtp/globalSetup.ts'],
          setupFiles: ['tests/support/useTestDatabase.ts', 'tests/support/smtp/useSmtp.ts'],
          pool: 'forks',
          fileParallelism: false,
          isolate: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'upgrade',
          root,
          include: ['tests/upgrade/**/*.test.ts'],
          environment: 'node',
          // Installs and runs the previous release once (≈ 1 min), then this release's migrations.
          pool: 'forks',
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 600_000,
        },
      },
      {
        test: {
          name: 'e2e',
          root,
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          // Seed → build → serve: the built site in Chromium via playwright-core.
          globalSetup: ['tests/e2e/global-setup.ts'],
          env: e2eEnv,
          pool: 'forks',
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
})
