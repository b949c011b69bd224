/**
 * Writes a diff: creates the added procedures and updates the changed ones,
 * all in one transaction where the database adapter has them (SQLite,
 * PostgreSQL, a MongoDB replica set), so a failure half-way writes nothing.
 * Withdrawn procedures are left alone: the collection cannot mark them yet.
 */
import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload } from 'payload'

import type { ProcedureDiff } from './diff'

export interface ApplyResult {
  created: number
  updated: number
  /** False when the adapter had no transactions and each write stood alone. */
  transactional: boolean
}

export async function applyProcedureDiff(
  payload: Payload,
  diff: ProcedureDiff,
  onProgress?: (done: number, total: number) => void,
): Promise<ApplyResult> {
  // One request for every write: its transaction, and a single site rebuild queued for the whole import.
  const req = await createLocalReq({}, payload)
  const transactional = await initTransaction(req)
  const total = diff.added.length + diff.changed.length
  let done = 0
  try {
    for (const procedure of diff.added) {
      const { nationalPortalUrl, ...data } = procedure
      await payload.create({
        collection: 'procedures',
        data: nationalPortalUrl ? { ...data, nationalPortalUrl } : data,
        req,
        overrideAccess: true,
      })
      onProgress?.(++done, total)
    }
    for (const change of diff.changed) {
      const data = Object.fromEntries(Object.entries(change.fields).map(([key, value]) => [key, value.to]))
      await payload.update({ collection: 'procedures', id: change.id, data, req, overrideAccess: true })
      onProgress?.(++done, total)
    }
    if (transactional) await commitTransaction(req)
  } catch (error) {
    if (transactional) await killTransaction(req)
    throw error
  }
  return { created: diff.added.length, updated: diff.changed.length, transactional }
}
