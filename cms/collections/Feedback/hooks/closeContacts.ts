import type { CollectionAfterChangeHook } from 'payload'

import { becomesApproved, deleteAfterOf } from '../../../feedback/moderation/answerRules'
import { mailAnswer } from '../../../feedback/moderation/privateAnswer'
import { now } from '../../../lib/clock'
import type { Feedback } from '../../../payload-types'

const CONTACTS = 'feedback-contacts'

/**
 * When an item is answered (its answer approved) or closed without publication, the contact the
 * citizen left gets its deletion date: 90 days after the answer (cms/jobs/deleteExpiredContacts.ts
 * deletes it then). A newly approved answer goes by e-mail to an e-mail contact (privateAnswer.ts).
 */
export const closeContacts: CollectionAfterChangeHook<Feedback> = async ({ doc, previousDoc, operation, req }) => {
  if (operation !== 'update') return doc
  const approved = becomesApproved(previousDoc, doc)
  const rejected = doc.status === 'not-published' && previousDoc.status !== 'not-published'
  if (!approved && !rejected) return doc
  const { docs } = await req.payload.find({
    collection: CONTACTS,
    where: { feedback: { equals: doc.id } },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  if (docs.length === 0) return doc
  const closedAt = approved && doc.answeredAt ? new Date(doc.answeredAt) : now()
  const deleteAfter = deleteAfterOf(closedAt).toISOString()
  for (const contact of docs) {
    // An item closed without publication keeps the first date it was given.
    if (rejected && contact.deleteAfter) continue
    await req.payload.update({ collection: CONTACTS, id: contact.id, data: { deleteAfter }, overrideAccess: true, req })
  }
  if (approved && doc.wantsPrivateAnswer)
    await mailAnswer(
      req,
      doc,
      docs.map((contact) => ({ contact: contact.contact, deleteAfter })),
    )
  return doc
}
