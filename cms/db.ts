import path from 'node:path'

import type { DatabaseAdapterObj } from 'payload'

import { readDatabaseUrl } from './lib/env'
import { migrationsDir } from './lib/paths'

/**
 * The schema is never pushed, not even in development: every database, the
 * demo's included, is made and upgraded by the committed migrations
 * (cms/migrations/<dialect>/, applied by cms/lib/migrations.ts). One path, so
 * the migrations are what every test and every `npm start` exercises.
 * Loads only the adapter that DATABASE_URL asks for.
 */
export async function createDatabaseAdapter(raw?: string): Promise<DatabaseAdapterObj> {
  const { kind, url } = readDatabaseUrl(raw)
  switch (kind) {
    case 'sqlite': {
      const { sqliteAdapter } = await import('@payloadcms/db-sqlite')
      // WAL lets the site build read while an editor saves; busyTimeout waits out
      // the short write locks instead of failing with SQLITE_BUSY. AUTOINCREMENT:
      // an id is never given again after a deletion (a signed preview link, an
      // audit entry or a reviewer's action must not land on another document).
      return sqliteAdapter({
        client: { url },
        wal: true,
        busyTimeout: 10_000,
        autoIncrement: true,
        push: false,
        migrationDir: path.join(migrationsDir, 'sqlite'),
      })
    }
    case 'postgres': {
      const { postgresAdapter } = await import('@payloadcms/db-postgres')
      return postgresAdapter({
        pool: { connectionString: url, connectionTimeoutMillis: 5000 },
        push: false,
        migrationDir: path.join(migrationsDir, 'postgres'),
      })
    }
    case 'mongodb': {
      const { mongooseAdapter } = await import('@payloadcms/db-mongodb')
      const { adaptToMongoServer } = await import('./lib/mongoServerGaps')
      // MongoDB has no schema to migrate; the adapter creates the collections' indexes at start.
      return mongooseAdapter({
        url,
        connectOptions: { serverSelectionTimeoutMS: 5000 },
        ensureIndexes: true,
        // FerretDB's gaps (findAndModify without `fields`, duplicate keys without the field).
        afterOpenConnection: adaptToMongoServer,
        // The audit log's `collection` field is ours, not mongoose's: no warning on every start.
        collectionsSchemaOptions: { 'audit-log': { suppressReservedKeysWarning: true } },
      })
    }
  }
}
