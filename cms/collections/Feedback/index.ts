import type { CollectionConfig, Field, FieldAccess } from 'payload'

import { feedbackChallengeEndpoint, feedbackPostEndpoint, feedbackPreflightEndpoints } from '../../feedback/endpoints'
import { label } from '../../lib/label'
import {
  FEEDBACK_ANSWER_STATES,
  FEEDBACK_KINDS,
  FEEDBACK_REJECT_REASONS,
  FEEDBACK_STATUSES,
  FEEDBACK_VIA,
} from '../../vocabulary/feedback'
import { feedbackAccess, staffOnly } from './access'
import { feedbackHooks } from './hooks'
import { ageField, warningsField } from './moderationFields'

export const FEEDBACK = 'feedback'

const hidden: { read: FieldAccess } = { read: staffOnly }

const aboutFields: Field[] = [
  {
    name: 'material',
    type: 'relationship',
    relationTo: 'materials',
    index: true,
    label: label('Tài liệu', 'Material'),
  },
  {
    name: 'procedure',
    type: 'relationship',
    relationTo: 'procedures',
    index: true,
    label: label('Thủ tục', 'Procedure'),
  },
  {
    name: 'unit',
    type: 'relationship',
    relationTo: 'units',
    index: true,
    access: hidden,
    label: label('Đơn vị trả lời', 'Answering unit'),
    admin: {
      description: label(
        'Đơn vị sở hữu tài liệu, ghi khi nhận góp ý. Để trống: tỉnh trả lời (góp ý về thủ tục).',
        'The material’s owning unit, set at intake. Empty: the province answers (procedure feedback).',
      ),
    },
  },
  {
    name: 'kind',
    type: 'select',
    required: true,
    defaultValue: 'question',
    options: FEEDBACK_KINDS.map(({ value, label }) => ({ value, label })),
    label: label('Loại góp ý', 'Kind'),
  },
]

const textFields: Field[] = [
  {
    name: 'text',
    type: 'textarea',
    required: true,
    access: hidden,
    label: label('Nội dung người dân gửi', 'Text as sent'),
    admin: {
      readOnly: true,
      description: label(
        'Nguyên văn người dân gửi, chỉ cán bộ xem được; không bao giờ đăng công khai.',
        'As sent; staff only, never published.',
      ),
    },
  },
  {
    name: 'publicText',
    type: 'textarea',
    required: true,
    label: label('Nội dung đăng công khai', 'Text shown in public'),
    admin: {
      description: label(
        'Số điện thoại, số CCCD/CMND và địa chỉ thư điện tử đã được thay bằng «[đã ẩn]».',
        'Phone numbers, ID numbers and e-mail addresses replaced by «[đã ẩn]».',
      ),
      components: { Cell: '/components/feedback/TextCell#FeedbackTextCell' },
    },
  },
  {
    name: 'personalData',
    type: 'json',
    access: hidden,
    label: label('Thông tin cá nhân đã ẩn', 'Masked data'),
    admin: {
      readOnly: true,
      components: {
        Cell: '/components/feedback/WarningCells#PersonalDataCell',
        Field: '/components/feedback/WarningCells#PersonalDataField',
      },
    },
  },
  {
    name: 'flags',
    type: 'json',
    access: hidden,
    label: label('Dấu hiệu cần xem xét', 'Moderation flags'),
    admin: {
      readOnly: true,
      components: {
        Cell: '/components/feedback/WarningCells#FlagsCell',
        Field: '/components/feedback/WarningCells#FlagsField',
      },
    },
  },
  { name: 'name', type: 'text', label: label('Tên hoặc thôn, bản', 'Name or village') },
  {
    name: 'wantsPrivateAnswer',
    type: 'checkbox',
    defaultValue: false,
    access: hidden,
    label: label('Muốn được trả lời riêng', 'Wants a private answer'),
  },
  {
    name: 'via',
    type: 'select',
    access: hidden,
    options: FEEDBACK_VIA.map(({ value, label }) => ({ value, label })),
    label: label('Gửi qua', 'Sent through'),
  },
]

const stateFields: Field[] = [
  {
    name: 'status',
    type: 'select',
    required: true,
    defaultValue: 'new',
    index: true,
    access: hidden,
    options: FEEDBACK_STATUSES.map(({ value, label }) => ({ value, label })),
    label: label('Trạng thái', 'Status'),
  },
  {
    name: 'rejectReason',
    type: 'select',
    access: hidden,
    options: FEEDBACK_REJECT_REASONS.map(({ value, label }) => ({ value, label })),
    label: label('Lý do không đăng', 'Reason not published'),
    validate: (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }) =>
      siblingData?.status === 'not-published' && !value ? 'Hãy chọn lý do không đăng.' : true,
  },
  { name: 'answer', type: 'textarea', label: label('Câu trả lời', 'Answer') },
  {
    name: 'answerState',
    type: 'select',
    index: true,
    access: hidden,
    options: FEEDBACK_ANSWER_STATES.map(({ value, label }) => ({ value, label })),
    label: label('Duyệt câu trả lời', 'Answer review'),
    admin: {
      readOnly: true,
      description: label(
        'Tự đặt khi lưu: câu trả lời của cộng tác viên chờ người duyệt; người duyệt, biên tập viên lưu là duyệt.',
        'Set on save: a contributor’s answer waits for a reviewer; a reviewer’s or editor’s save approves it.',
      ),
    },
  },
  {
    name: 'answeredBy',
    type: 'text',
    label: label('Đơn vị trả lời (hiển thị)', 'Answered by (shown)'),
    admin: {
      description: label(
        'Tự điền tên đơn vị của người viết câu trả lời; biên tập viên có thể sửa.',
        'Filled with the writer’s unit; editors may change it.',
      ),
    },
  },
  {
    name: 'answeredAt',
    type: 'date',
    label: label('Ngày trả lời', 'Answered on'),
    admin: { readOnly: true, date: { displayFormat: 'dd/MM/yyyy HH:mm' } },
  },
]

/** «Góp ý của người dân»: questions and reports from citizens on a material or procedure page (issue 19). */
export const Feedback: CollectionConfig = {
  slug: FEEDBACK,
  labels: {
    singular: label('Góp ý của người dân', 'Citizen feedback'),
    plural: label('Góp ý của người dân', 'Citizen feedback'),
  },
  admin: {
    useAsTitle: 'publicText',
    // A queue: newest first, opened on «Mới» (proxy.ts), with what a moderator triages by.
    defaultColumns: ['publicText', 'material', 'unit', 'kind', 'flags', 'personalData', 'age', 'status'],
    group: label('Góp ý', 'Feedback'),
    components: { beforeListTable: ['/components/feedback/QueueTabs#QueueTabs'] },
  },
  defaultSort: '-createdAt',
  access: feedbackAccess,
  hooks: feedbackHooks,
  // The public way in: a challenge, then the post (cms/feedback/); REST create stays refused.
  endpoints: [feedbackChallengeEndpoint, feedbackPostEndpoint, ...feedbackPreflightEndpoints],
  fields: [warningsField, ...aboutFields, ...textFields, ...stateFields, ageField],
}
