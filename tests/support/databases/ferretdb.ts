import type { TestProject } from 'vitest/node'

import { setupMongoWire } from './mongoWire'

export const FERRETDB_SKIPPED =
  'FerretDB skipped: set FERRETDB_URL to run the storage-behaviour files on a second MongoDB-wire server'

/**
 * globalSetup of `int-ferretdb`: the files that exercise real storage behaviour (unique indexes,
 * login attempts and lockout, the publish path) on the server in FERRETDB_URL (in CI, FerretDB 1.x
 * on PostgreSQL; see .ci/mongo-servers.sh), next to `int-mongodb` on mongo-java-server.
 */
export default function setup(project: TestProject): Promise<() => Promise<void>> {
  return setupMongoWire(project, { name: 'int-ferretdb', envVar: 'FERRETDB_URL', skipped: FERRETDB_SKIPPED })
}
