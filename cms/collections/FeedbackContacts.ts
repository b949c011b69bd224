import type { CollectionConfig } from 'payload'

import { label } from '../lib/label'
import { feedbackContactAccess } from './Feedback/access'

export const FEEDBACK_CONTACTS = 'feedback-contacts'

/**
 * The phone number or e-mail a citizen left for a private answer, kept apart from the feedback item:
 * never public, never in the site build, deleted 90 days after the answer (`deleteAfter`).
 */
export const FeedbackContacts: CollectionConfig = {
  slug: FEEDBACK_CONTACTS,
  labels: {
    singular: label('Liên hệ trả lời riêng', 'Private answer contact'),
    plural: label('Liên hệ trả lời riêng', 'Private answer contacts'),
  },
  admin: {
    useAsTitle: 'contact',
    defaultColumns: ['contact', 'feedback', 'deleteAfter', 'createdAt'],
    group: label('Góp ý', 'Feedback'),
    description: label(
      'Số điện thoại hoặc thư điện tử người dân để lại khi muốn được trả lời riêng. Không bao giờ công khai; ' +
        'tự xóa 90 ngày sau khi trả lời.',
      'Contacts left for a private answer. Never public; deleted 90 days after the answer.',
    ),
  },
  access: feedbackContactAccess,
  fields: [
    {
      name: 'feedback',
      type: 'relationship',
      relationTo: 'feedback',
      required: true,
      index: true,
      label: label('Góp ý', 'Feedback'),
    },
    {
      name: 'contact',
      type: 'text',
      required: true,
      label: label('Số điện thoại hoặc thư điện tử', 'Phone or e-mail'),
    },
    {
      name: 'deleteAfter',
      type: 'date',
      index: true,
      label: label('Xóa sau ngày', 'Delete after'),
      admin: { description: label('Ngày trả lời + 90 ngày.', 'Answered on + 90 days.') },
    },
  ],
}
