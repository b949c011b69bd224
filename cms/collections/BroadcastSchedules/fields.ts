import type { Field } from 'payload'

import { allowedUnitIds, hasRole, relationId } from '../../access'
import { WEEKDAYS } from '../../broadcast/days'
import { label } from '../../lib/label'

const dayOnly = { date: { displayFormat: 'dd/MM/yyyy', pickerAppearance: 'dayOnly' as const } }

type ScheduleData = Partial<{
  validFrom: string | null
  weekdays: string[] | null
  dates: { date?: string | null }[] | null
}>

const validateUntil = (value: unknown, { data }: { data: ScheduleData }): true | string => {
  if (typeof value !== 'string' || !value) return 'Hãy chọn ngày kết thúc của lịch.'
  if (data.validFrom && value < data.validFrom) return 'Ngày kết thúc phải sau ngày bắt đầu.'
  return true
}

const validateWeekdays = (value: unknown, { data }: { data: ScheduleData }): true | string =>
  (Array.isArray(value) && value.length > 0) || (data.dates?.some((entry) => entry.date) ?? false)
    ? true
    : 'Hãy chọn ít nhất một thứ trong tuần hoặc thêm một ngày phát.'

/** Which commune, which spots, which days, how many times a day, from when to when; and the confirmed days. */
export const scheduleFields: Field[] = [
  {
    name: 'unit',
    type: 'relationship',
    relationTo: 'units',
    required: true,
    index: true,
    label: label('Xã', 'Commune'),
    defaultValue: ({ user }: { user?: { unit?: unknown } | null }) => relationId(user?.unit) ?? undefined,
    filterOptions: async ({ req }) =>
      hasRole(req.user, 'contributor') ? { id: { in: await allowedUnitIds(req) } } : true,
  },
  {
    name: 'spots',
    type: 'relationship',
    relationTo: 'materials',
    hasMany: true,
    required: true,
    label: label('Bài phát (tài liệu âm thanh)', 'Spots (audio materials)'),
    filterOptions: { kind: { equals: 'audio' } },
    admin: { description: label('Phát theo thứ tự này trong mỗi lần phát.', 'Played in this order.') },
  },
  {
    type: 'row',
    fields: [
      {
        name: 'validFrom',
        type: 'date',
        required: true,
        label: label('Từ ngày', 'From'),
        admin: { ...dayOnly, width: '33%' },
      },
      {
        name: 'validUntil',
        type: 'date',
        required: true,
        label: label('Đến ngày', 'Until'),
        validate: validateUntil,
        admin: { ...dayOnly, width: '33%' },
      },
      {
        name: 'timesPerDay',
        type: 'number',
        required: true,
        min: 1,
        max: 12,
        defaultValue: 2,
        label: label('Số lần phát mỗi ngày', 'Times a day'),
        admin: { width: '33%', step: 1 },
      },
    ],
  },
  {
    name: 'weekdays',
    type: 'select',
    hasMany: true,
    options: WEEKDAYS.map(({ value, label: vi }) => ({ value, label: label(vi, value) })),
    label: label('Phát vào các thứ', 'Weekdays'),
    validate: validateWeekdays,
  },
  {
    name: 'dates',
    type: 'array',
    label: label('Hoặc vào các ngày', 'Or on dates'),
    labels: { singular: label('Ngày', 'Date'), plural: label('Ngày', 'Dates') },
    fields: [{ name: 'date', type: 'date', required: true, label: label('Ngày', 'Date'), admin: dayOnly }],
  },
  { name: 'note', type: 'textarea', label: label('Ghi chú cho đài', 'Note for the station') },
  {
    name: 'confirmations',
    type: 'array',
    label: label('Ngày đã phát', 'Days broadcast'),
    labels: { singular: label('Ngày đã phát', 'Day broadcast'), plural: label('Ngày đã phát', 'Days broadcast') },
    // Written only by «Đã phát» (confirm.ts), which also records the outreach activity.
    access: { create: () => false, update: () => false },
    admin: {
      readOnly: true,
      description: label(
        'Mỗi ngày xã xác nhận «Đã phát» thành một hoạt động tuyên truyền (loại phát thanh trên loa) để báo cáo.',
        'Each confirmed day becomes an outreach activity.',
      ),
    },
    fields: [
      { name: 'date', type: 'date', label: label('Ngày', 'Date'), admin: dayOnly },
      {
        name: 'activity',
        type: 'relationship',
        relationTo: 'outreach-activities',
        label: label('Hoạt động tuyên truyền', 'Outreach activity'),
      },
    ],
  },
]
