import type { PayloadRequest } from 'payload'

import { now } from '../lib/clock'
import type { AuditLog, User } from '../payload-types'

/** What the audit trail records: the actions of the audit-log collection (cms/collections/AuditLog.ts). */
export type AuditAction = AuditLog['action']

export type AuditEntry = {
  action: AuditAction
  collection: string
  docId: number | string
  /**
   * The document's creation time: with the id, it names one document for good, even if its id were
   * ever given to another (a database restored from an older backup). Absent for entries about no
   * single document (a catalogue import).
   */
  docCreatedAt?: string | null
  title?: string
  comment?: string
  /** Anything else worth keeping, in words (e.g. "scheduled for 01/12/2026"). */
  detail?: string
}

export const AUDIT_LOG_SLUG = 'audit-log'

function actingUser(req: PayloadRequest): User | null {
  return req.user && req.user.collection === 'users' ? (req.user as User) : null
}

/**
 * Appends one entry to the audit trail. Written with the request (same
 * transaction: an action that rolls back leaves no entry) and with
 * overrideAccess, since nobody may create entries through the API. Without a
 * signed-in user (a scheduled job, a script) the entry says "hệ thống".
 */
export async function recordAudit(req: PayloadRequest, entry: AuditEntry): Promise<void> {
  const user = actingUser(req)
  await req.payload.create({
    collection: AUDIT_LOG_SLUG,
    data: {
      action: entry.action,
      collection: entry.collection,
      docId: String(entry.docId),
      docCreatedAt: entry.docCreatedAt ?? null,
      title: entry.title ?? '',
      comment: entry.comment ?? '',
      detail: entry.detail ?? '',
      user: user ? user.id : null,
      userEmail: user?.email ?? 'hệ thống',
      at: now().toISOString(),
    },
    overrideAccess: true,
    // No `context` here: the Local API merges it into req.context, which would leak into the caller's request.
    req,
  })
}
