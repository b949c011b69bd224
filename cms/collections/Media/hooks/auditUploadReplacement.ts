import type { CollectionAfterChangeHook } from 'payload'

import type { Media } from '../../../payload-types'
import { recordAudit } from '../../../audit/record'

/** A new file uploaded over an existing media document is recorded as 'replace-upload'. */
export const auditUploadReplacement: CollectionAfterChangeHook<Media> = async ({
  collection,
  doc,
  operation,
  previousDoc,
  req,
}) => {
  if (operation !== 'update' || !previousDoc) return doc
  const replaced =
    doc.filename !== previousDoc.filename || doc.filesize !== previousDoc.filesize || doc.sha256 !== previousDoc.sha256
  if (!replaced) return doc
  await recordAudit(req, {
    action: 'replace-upload',
    collection: collection.slug,
    docId: doc.id,
    docCreatedAt: doc.createdAt,
    title: doc.originalName ?? doc.filename ?? undefined,
    detail: `Tệp cũ: ${previousDoc.originalName ?? previousDoc.filename ?? '(không rõ)'}; tệp mới: ${doc.originalName ?? doc.filename ?? '(không rõ)'}.`,
  })
  return doc
}
