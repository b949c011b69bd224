import type { TestProject } from 'vitest/node'

import { setupMongoWire } from './mongoWire'

export const MONGODB_SKIPPED = 'MongoDB skipped: set MONGODB_URL to run the integration suite on MongoDB'

/**
 * globalSetup of `int-mongodb`: every integration file on the server in MONGODB_URL (in CI,
 * mongo-java-server; see .ci/mongo-servers.sh). There is no mongod on these machines.
 */
export default function setup(project: TestProject): Promise<() => Promise<void>> {
  return setupMongoWire(project, { name: 'int-mongodb', envVar: 'MONGODB_URL', skipped: MONGODB_SKIPPED })
}
