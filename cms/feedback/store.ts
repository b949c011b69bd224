import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload } from 'payload'

import type { Submission } from './form'
import type { Target } from './target'
import type { TextFacts } from './text'

export interface StoreInput {
  submission: Submission
  target: Target
  facts: TextFacts
  nameFacts: { publicName: string }
  via: 'js' | 'no-js'
}

/**
 * Writes the item and, when the citizen left one, its contact: both or neither. On SQLite and PostgreSQL
 * in one transaction; on MongoDB outside a replica set (no transactions) the item is removed by hand when
 * the contact fails. Nothing about the sender is kept but what they typed: no address, agent or cookie.
 */
export async function storeFeedback(payload: Payload, input: StoreInput): Promise<string | number> {
  const { submission, target, facts, nameFacts, via } = input
  const req = await createLocalReq({ context: { feedbackIntake: true } }, payload)
  const ownTransaction = await initTransaction(req)
  let id: string | number | undefined
  try {
    const item = await payload.create({
      collection: 'feedback',
      data: {
        material: target.material as number | undefined,
        procedure: target.procedure as number | undefined,
        unit: target.unit as number | undefined,
        kind: submission.kind,
        text: submission.text,
        publicText: facts.publicText,
        personalData: facts.personalData.length > 0 ? facts.personalData : null,
        flags: facts.flags,
        name: nameFacts.publicName || null,
        wantsPrivateAnswer: Boolean(submission.contact),
        via,
        status: 'new',
      },
      depth: 0,
      overrideAccess: true,
      req,
    })
    id = item.id
    if (submission.contact)
      await payload.create({
        collection: 'feedback-contacts',
        data: { feedback: item.id as number, contact: submission.contact },
        depth: 0,
        overrideAccess: true,
        req,
      })
    if (ownTransaction) await commitTransaction(req)
    return item.id
  } catch (error) {
    if (ownTransaction) await killTransaction(req)
    if (id !== undefined)
      await payload.db.deleteMany({ collection: 'feedback', where: { id: { equals: id } } }).catch(() => undefined)
    throw error
  }
}
