import type { PayloadRequest } from 'payload'

/** What the audit trail records. Owned by the workflow part; other parts call `recordAudit`. */
export type AuditAction =
  | 'create'
  | 'update'
  | 'submit'
  | 'approve'
  | 'return'
  | 'publish'
  | 'unpublish'
  | 'expire'
  | 'restore'
  | 'delete'
  | 'replace-upload'

export type AuditEntry = {
  action: AuditAction
  collection: string
  docId: number | string
  title?: string
  comment?: string
}

/** Appends one entry to the audit trail (stub until the audit-log collection lands). */
export async function recordAudit(_req: PayloadRequest, _entry: AuditEntry): Promise<void> {}
