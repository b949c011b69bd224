import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { recordAudit } from '../../../audit/record'
import type { OutreachActivity } from '../../../payload-types'
import { ACTIVITY_REVIEW_CONTEXT } from '../workflow/states'

const entryOf = (doc: OutreachActivity) => ({
  collection: 'outreach-activities',
  docId: doc.id,
  docCreatedAt: doc.createdAt,
  title: doc.title ?? '',
})

/** Create and edit; the review endpoints record their own steps (submit, withdraw, return, approve). */
export const auditActivityChange: CollectionAfterChangeHook<OutreachActivity> = async ({ doc, operation, req }) => {
  if (req.context[ACTIVITY_REVIEW_CONTEXT]) return doc
  await recordAudit(req, { ...entryOf(doc), action: operation === 'create' ? 'create' : 'update' })
  return doc
}

export const auditActivityDelete: CollectionAfterDeleteHook<OutreachActivity> = async ({ doc, req }) => {
  await recordAudit(req, { ...entryOf(doc), action: 'delete' })
  return doc
}
