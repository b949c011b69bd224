import type { Field, FieldAccess } from 'payload'

import { label } from '../../../lib/label'
import { REVIEW_ACTIONS, WORKFLOW_STATES } from './states'

// Signed-in only: the public site and anonymous API never see review state or comments.
const signedIn: FieldAccess = ({ req }) => Boolean(req.user)
// Nobody writes these through the API or the admin form: the review endpoints
// (workflow/endpoints.ts) and the hooks set them, with overrideAccess, after their own checks.
const nobody: FieldAccess = () => false
const workflowAccess = { read: signedIn, create: nobody, update: nobody }

export const workflowFields: Field[] = [
  {
    name: 'workflowStatus',
    type: 'select',
    defaultValue: 'draft',
    index: true,
    options: WORKFLOW_STATES.map(({ value, label }) => ({ value, label })),
    label: label('Trạng thái duyệt', 'Review state'),
    access: workflowAccess,
    admin: {
      position: 'sidebar',
      readOnly: true,
      description: label(
        'Đổi bằng các nút «Gửi duyệt», «Trả lại», «Duyệt và xuất bản» bên dưới.',
        'Changed with the Submit / Return / Approve buttons below.',
      ),
    },
  },
  {
    name: 'workflowPanel',
    type: 'ui',
    label: label('Duyệt tài liệu', 'Review'),
    admin: {
      position: 'sidebar',
      components: { Field: '/components/workflow/ReviewPanel#ReviewPanel' },
    },
  },
  {
    name: 'reviewLog',
    type: 'array',
    label: label('Lịch sử duyệt', 'Review history'),
    labels: { singular: label('Lượt duyệt', 'Review step'), plural: label('Lịch sử duyệt', 'Review history') },
    access: workflowAccess,
    // Shown, with its comments, by the review panel in the sidebar.
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
      // Copied: contributors cannot read other users' accounts, but must see who returned their work.
      { name: 'byName', type: 'text', label: label('Người thực hiện', 'By (name)') },
      { name: 'at', type: 'date', required: true, label: label('Thời điểm', 'At') },
      { name: 'comment', type: 'textarea', label: label('Ý kiến', 'Comment') },
    ],
  },
]
