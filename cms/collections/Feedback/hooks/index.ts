import type { CollectionConfig } from 'payload'

import { closeContacts, deleteContactsWithItem } from './closeContacts'
import { requestRebuildOnAnswer, requestRebuildOnAnswerDelete } from './requestRebuildOnAnswer'
import { settleAnswer } from './settleAnswer'

/** The moderation hooks of the feedback collection, in stage order. */
export const feedbackHooks: NonNullable<CollectionConfig['hooks']> = {
  beforeChange: [settleAnswer],
  afterChange: [requestRebuildOnAnswer, closeContacts],
  beforeDelete: [deleteContactsWithItem],
  afterDelete: [requestRebuildOnAnswerDelete],
}
