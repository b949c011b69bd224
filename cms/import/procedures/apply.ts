/**
 * Writes a diff: creates the added procedures, updates the changed ones and
 * marks the withdrawn ones, all in one transaction where the database adapter
 * has them (SQLite, PostgreSQL, a MongoDB replica set), so a failure half-way
 * writes nothing. The per-save site rebuild is switched off for the import's
 * request and one full-site change is recorded at the end instead: a
 * 3,000-row catalogue queues one build, not 3,000.
 */
import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type Payload,
  type PayloadRequest,
} from 'payload'

import { recordAudit } from '../../audit/record'
import { queueSiteRebuild } from '../../hooks/requestSiteRebuild'

import type { Procedure } from '../../payload-types'

import type { ProcedureDiff } from './diff'

export interface ApplyResult {
  created: number
  updated: number
  withdrawn: number
  /** False when the adapter had no transactions and each write stood alone. */
  transactional: boolean
}

export interface ApplyOptions {
  onProgress?: (done: number, total: number) => void
  /** Who imported (the admin screen's editor); the audit trail says «hệ thống» without one (the CLI). */
  user?: PayloadRequest['user']
  /** The imported file's name, for the audit trail. */
  fileName?: string
}

export async function applyProcedureDiff(
  payload: Payload,
  diff: ProcedureDiff,
  options: ApplyOptions = {},
): Promise<ApplyResult> {
  const { onProgress, user, fileName } = options
  const req = await createLocalReq({ context: { skipSiteRebuild: true }, ...(user ? { user } : {}) }, payload)
  const transactional = await initTransaction(req)
  const total = diff.added.length + diff.changed.length + diff.withdrawn.length
  let done = 0
  const step = () => onProgress?.(++done, total)
  const write = { req, overrideAccess: true, depth: 0, context: { skipSiteRebuild: true } } as const
  try {
    for (const procedure of diff.added) {
      const { nationalPortalUrl, agencyNames: _names, agencies, ...data } = procedure
      await payload.create({
        collection: 'procedures',
        data: {
          ...data,
          ...(nationalPortalUrl ? { nationalPortalUrl } : {}),
          ...(agencies ? { agencies: agencies as Procedure['agencies'] } : {}),
          withdrawn: false,
        },
        ...write,
      })
      step()
    }
    for (const change of diff.changed) {
      await payload.update({ collection: 'procedures', id: change.id, data: change.data, ...write })
      step()
    }
    for (const procedure of diff.withdrawn) {
      await payload.update({ collection: 'procedures', id: procedure.id, data: { withdrawn: true }, ...write })
      step()
    }
    if (total > 0) {
      req.context.skipSiteRebuild = false
      await queueSiteRebuild(
        req,
        `procedures:import (${diff.added.length}+ ${diff.changed.length}~ ${diff.withdrawn.length}−)`,
        { scope: 'full' },
      )
      await recordAudit(req, {
        action: 'import',
        collection: 'procedures',
        docId: 'danh-muc',
        title: fileName ?? '',
        detail:
          `${diff.added.length} thêm mới, ${diff.changed.length} thay đổi, ${diff.withdrawn.length} không còn trong danh mục, ` +
          `${diff.rejected.length} dòng bị loại`,
      })
    }
    if (transactional) await commitTransaction(req)
  } catch (error) {
    if (transactional) await killTransaction(req)
    throw error
  }
  return { created: diff.added.length, updated: diff.changed.length, withdrawn: diff.withdrawn.length, transactional }
}
