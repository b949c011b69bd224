import type { Field } from 'payload'

import { allowedUnitIds, hasRole, relationId } from '../../access'
import { label } from '../../lib/label'
import {
  ACTIVITY_KINDS,
  REACH_BY_KIND,
  REACH_FIELDS,
  REACH_LABELS,
  type ActivityKind,
  type ReachField,
  SOCIAL_PLATFORMS,
} from '../../vocabulary'
import { validateEvidence } from './evidence'
import { validateCount, validateEndDate, validateStartDate } from './validation'

const dayOnly = { date: { displayFormat: 'dd/MM/yyyy', pickerAppearance: 'dayOnly' as const } }

const fitsKind =
  (field: ReachField) =>
  (data: Partial<{ kind: ActivityKind | null }>): boolean =>
    data?.kind ? REACH_BY_KIND[data.kind]?.includes(field) : false

const REACH_HELP: Record<ReachField, string> = {
  people: 'Số người nghe (ước tính), dự hội nghị, được tập huấn hoặc lượt tiếp cận bài đăng.',
  copies: 'Số tờ rơi, tờ gấp, áp phích… đã phát đến người dân.',
  minutes: 'Tổng thời lượng phát (phút).',
  times: 'Số lần phát, số bài đăng hoặc số buổi.',
}

const reachField = (name: ReachField): Field => ({
  name,
  type: 'number',
  min: 0,
  label: REACH_LABELS[name],
  validate: (value: unknown) => validateCount(value, REACH_LABELS[name].vi),
  admin: {
    condition: fitsKind(name),
    step: 1,
    description: label(REACH_HELP[name], REACH_LABELS[name].en),
  },
})

/** What happened, when, where, for whom, with which materials, and what shows it. */
export const activityContentFields: Field[] = [
  {
    type: 'row',
    fields: [
      {
        name: 'kind',
        type: 'select',
        required: true,
        index: true,
        options: ACTIVITY_KINDS.map(({ value, label }) => ({ value, label })),
        label: label('Loại hoạt động', 'Kind'),
        admin: { width: '50%' },
      },
      {
        name: 'platform',
        type: 'select',
        options: SOCIAL_PLATFORMS.map(({ value, label }) => ({ value, label })),
        label: label('Mạng xã hội', 'Platform'),
        admin: { width: '50%', condition: (data) => data?.kind === 'social-post' },
      },
    ],
  },
  {
    type: 'row',
    fields: [
      {
        name: 'startDate',
        type: 'date',
        required: true,
        index: true,
        label: label('Ngày (hoặc ngày bắt đầu)', 'Date (or start date)'),
        validate: validateStartDate,
        admin: { ...dayOnly, width: '50%', description: label('Ngày đã diễn ra, dạng dd/mm/yyyy.', 'dd/mm/yyyy') },
      },
      {
        name: 'endDate',
        type: 'date',
        label: label('Ngày kết thúc', 'End date'),
        validate: validateEndDate,
        admin: {
          ...dayOnly,
          width: '50%',
          description: label('Chỉ khi hoạt động kéo dài nhiều ngày.', 'Only for activities over several days.'),
        },
      },
    ],
  },
  {
    name: 'unit',
    type: 'relationship',
    relationTo: 'units',
    required: true,
    index: true,
    label: label('Đơn vị thực hiện', 'Unit'),
    // A contributor records their own unit's activities: theirs by default, and only those they may write for.
    defaultValue: ({ user }: { user?: { unit?: unknown } | null }) => relationId(user?.unit) ?? undefined,
    filterOptions: async ({ req }) =>
      hasRole(req.user, 'contributor') ? { id: { in: await allowedUnitIds(req) } } : true,
  },
  {
    name: 'materials',
    type: 'relationship',
    relationTo: 'materials',
    hasMany: true,
    label: label('Tài liệu đã dùng', 'Materials used'),
    admin: {
      description: label(
        'Các tài liệu của thư viện đã phát, in hoặc đăng trong hoạt động này.',
        'The library materials used in this activity.',
      ),
    },
  },
  {
    name: 'reach',
    type: 'group',
    label: label('Kết quả', 'Reach'),
    admin: { description: label('Chỉ các ô phù hợp với loại hoạt động được hiện.', 'Figures that fit the kind.') },
    fields: [{ type: 'row', fields: REACH_FIELDS.map(reachField) }],
  },
  {
    name: 'place',
    type: 'text',
    label: label('Địa điểm', 'Place'),
    admin: { placeholder: 'Nhà văn hóa bản Nậm Tăm' },
  },
  {
    name: 'evidence',
    type: 'array',
    label: label('Minh chứng', 'Evidence'),
    labels: { singular: label('Minh chứng', 'Evidence'), plural: label('Minh chứng', 'Evidence') },
    validate: validateEvidence,
    admin: {
      description: label(
        'Ảnh chụp, bản chụp danh sách (PDF, ảnh) hoặc đường liên kết tới bài đăng. Minh chứng chỉ người đăng nhập có quyền với hoạt động này xem được, không bao giờ công khai.',
        'Photos, scanned lists or links. Evidence is never public.',
      ),
    },
    fields: [
      {
        type: 'row',
        fields: [
          { name: 'file', type: 'upload', relationTo: 'media', label: label('Tệp (ảnh, PDF)', 'File') },
          {
            name: 'url',
            type: 'text',
            label: label('Hoặc đường liên kết', 'Or link'),
            admin: { placeholder: 'https://…' },
          },
        ],
      },
      { name: 'caption', type: 'text', label: label('Ghi chú minh chứng', 'Caption') },
    ],
  },
  { name: 'note', type: 'textarea', label: label('Ghi chú', 'Note') },
]
