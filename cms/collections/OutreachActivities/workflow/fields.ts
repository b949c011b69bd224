import type { Field, FieldAccess } from 'payload'

import { label } from '../../../lib/label'
import { ACTIVITY_REVIEW_STATES } from '../../../vocabulary'
import { REVIEW_ACTIONS } from '../../Materials/workflow/states'

const signedIn: FieldAccess = ({ req }) => Boolean(req.user)
// Set only by the review endpoints (workflow/endpoints.ts), with overrideAccess, after their own checks.
const nobody: FieldAccess = () => false
const reviewAccess = { read: signedIn, create: nobody, update: nobody }

/** Review state, the last return's comment, the panel and the history: the materials' review, for activities. */
export const activityReviewFields: Field[] = [
  {
    name: 'reviewState',
    type: 'select',
    defaultValue: 'draft',
    index: true,
    options: ACTIVITY_REVIEW_STATES.map(({ value, label }) => ({ value, label })),
    label: label('Trạng thái duyệt', 'Review state'),
    access: reviewAccess,
    admin: {
      position: 'sidebar',
      readOnly: true,
      description: label(
        'Chỉ hoạt động «Đã duyệt» được tính trong báo cáo. Đổi bằng các nút bên dưới.',
        'Only approved activities count in reports.',
      ),
    },
  },
  {
    name: 'reviewComment',
    type: 'textarea',
    label: label('Ý kiến khi trả lại', 'Return comment'),
    access: reviewAccess,
    admin: {
      position: 'sidebar',
      readOnly: true,
      condition: (data) => Boolean(data?.reviewComment),
      description: label('Người duyệt đề nghị sửa như trên; sửa xong hãy gửi duyệt lại.', 'Fix, then resubmit.'),
    },
  },
  {
    name: 'reviewPanel',
    type: 'ui',
    label: label('Duyệt hoạt động', 'Review'),
    admin: {
      position: 'sidebar',
      components: { Field: '/components/activities/ActivityReviewPanel#ActivityReviewPanel' },
    },
  },
  {
    name: 'reviewLog',
    type: 'array',
    label: label('Lịch sử duyệt', 'Review history'),
    labels: { singular: label('Lượt duyệt', 'Review step'), plural: label('Lịch sử duyệt', 'Review history') },
    access: reviewAccess,
    admin: { readOnly: true, hidden: true },
    fields: [
      {
        name: 'action',
        type: 'select',
        required: true,
        options: REVIEW_ACTIONS.map(({ value, label }) => ({ value, label })),
        label: label('Thao tác', 'Action'),
      },
      { name: 'by', type: 'relationship', relationTo: 'users', label: label('Người thực hiện', 'By') },
      { name: 'byName', type: 'text', label: label('Người thực hiện', 'By (name)') },
      { name: 'at', type: 'date', required: true, label: label('Thời điểm', 'At') },
      { name: 'comment', type: 'textarea', label: label('Ý kiến', 'Comment') },
    ],
  },
]
