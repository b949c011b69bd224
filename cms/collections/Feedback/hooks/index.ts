import type { CollectionConfig } from 'payload'

import { notifyAnswerReview } from '../../../feedback/moderation/notifyAnswerReview'
import { closeContacts } from './closeContacts'
import { deleteContacts } from './deleteContacts'
import { requestRebuildOnAnswer, requestRebuildOnAnswerDelete } from './requestRebuildOnAnswer'
import { settleAnswer } from './settleAnswer'

/** Every hook of the feedback collection, in stage order. */
export const feedbackHooks: NonNullable<CollectionConfig['hooks']> = {
  beforeChange: [settleAnswer],
  afterChange: [requestRebuildOnAnswer, closeContacts, notifyAnswerReview],
  beforeDelete: [deleteContacts],
  afterDelete: [requestRebuildOnAnswerDelete],
}
