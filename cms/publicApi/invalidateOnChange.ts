import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  GlobalAfterChangeHook,
  Payload,
  PayloadRequest,
} from 'payload'

import { invalidatePublicApiCache } from './listCache'

/** Transactions that changed a document and have not committed yet. */
const KEY = Symbol.for('dvctt.publicApi.pendingTransactions')
type WithPending = typeof globalThis & { [KEY]?: Set<string> }
const pending = (): Set<string> => ((globalThis as WithPending)[KEY] ??= new Set())

/**
 * Empties the cache now, and again when the change's transaction commits:
 * until then a concurrent anonymous read still sees the old rows and could
 * store them again (afterChange runs before the commit).
 */
async function noteChange(req: PayloadRequest): Promise<void> {
  invalidatePublicApiCache()
  const transaction = req.transactionID instanceof Promise ? await req.transactionID : req.transactionID
  if (transaction !== undefined && transaction !== null) pending().add(String(transaction))
}

export const invalidateAfterChange: CollectionAfterChangeHook = async ({ doc, req }) => {
  await noteChange(req)
  return doc
}

export const invalidateAfterDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await noteChange(req)
  return doc
}

export const invalidateAfterGlobalChange: GlobalAfterChangeHook = async ({ doc, req }) => {
  await noteChange(req)
  return doc
}

type TransactionId = string | number | Promise<string | number | null | undefined> | null | undefined

/** Wraps the adapter's commit and rollback so that a pending change empties the cache once it is visible. */
export function invalidateOnCommit(payload: Payload): void {
  const db = payload.db as unknown as {
    commitTransaction: (id: TransactionId) => Promise<void>
    rollbackTransaction: (id: TransactionId) => Promise<void>
  }
  const settle = (original: (id: TransactionId) => Promise<void>) => async (incoming: TransactionId) => {
    const id = incoming instanceof Promise ? await incoming : incoming
    try {
      await original.call(payload.db, id)
    } finally {
      if (id !== undefined && id !== null && pending().delete(String(id))) invalidatePublicApiCache()
    }
  }
  db.commitTransaction = settle(db.commitTransaction)
  db.rollbackTransaction = settle(db.rollbackTransaction)
}
