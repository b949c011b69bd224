import type { Field } from 'payload'

import { label } from '../../lib/label'

/** At the top of an item: personal data masked, abuse words, a private answer wanted, an answer to review. */
export const warningsField: Field = {
  name: 'moderationWarnings',
  type: 'ui',
  label: label('Cảnh báo', 'Warnings'),
  admin: {
    disableListColumn: true,
    components: { Field: '/components/feedback/FeedbackWarnings#FeedbackWarnings' },
  },
}

/** The queue's «Đã chờ» column («chờ 3 giờ» while new); nothing in the edit view. */
export const ageField: Field = {
  name: 'age',
  type: 'ui',
  label: label('Đã chờ', 'Waiting'),
  admin: {
    components: { Cell: '/components/feedback/AgeCell#AgeCell', Field: '/components/feedback/AgeCell#NoField' },
  },
}
