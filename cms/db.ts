import type { DatabaseAdapterObj } from 'payload'

import { readDatabaseUrl } from './lib/env'

/** Loads only the adapter that DATABASE_URL asks for. */
export async function createDatabaseAdapter(raw?: string): Promise<DatabaseAdapterObj> {
  const { kind, url } = readDatabaseUrl(raw)
  switch (kind) {
    case 'sqlite': {
      const { sqliteAdapter } = await import('@payloadcms/db-sqlite')
      // WAL lets the site build read while an editor saves; busyTimeout waits out
      // the short write locks instead of failing with SQLITE_BUSY.
      return sqliteAdapter({ client: { url }, wal: true, busyTimeout: 10_000 })
    }
    case 'postgres': {
      const { postgresAdapter } = await import('@payloadcms/db-postgres')
      return postgresAdapter({ pool: { connectionString: url, connectionTimeoutMillis: 5000 } })
    }
    case 'mongodb': {
      const { mongooseAdapter } = await import('@payloadcms/db-mongodb')
      return mongooseAdapter({ url, connectOptions: { serverSelectionTimeoutMS: 5000 } })
    }
  }
}
