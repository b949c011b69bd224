import type { CollectionConfig } from 'payload'

import { label } from '../../lib/label'
import { scheduleAccess } from './access'
import { confirmBroadcastEndpoint } from './confirm'
import { scheduleFields } from './fields'
import { refuseOtherUnits } from './hooks/refuseOtherUnits'
import { stampTitle } from './hooks/stampTitle'
import { scheduleSheetEndpoint } from './sheet'

/**
 * «Lịch phát thanh»: which audio spots a commune's loudspeakers play, on which days, how many times a day,
 * from when to when. Set by the commune (or the province's editors), printed as a one-page sheet for the
 * station; each day confirmed «Đã phát» becomes an outreach activity for reporting. Never public.
 */
export const BroadcastSchedules: CollectionConfig = {
  slug: 'broadcast-schedules',
  labels: {
    singular: label('Lịch phát thanh', 'Broadcast schedule'),
    plural: label('Lịch phát thanh', 'Broadcast schedules'),
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'unit', 'validFrom', 'validUntil', 'timesPerDay'],
    group: label('Báo cáo', 'Reports'),
    description: label(
      'Lịch phát các bài âm thanh trên loa truyền thanh của xã. Mở một lịch để in bản lịch cho đài và bấm «Đã phát» sau mỗi ngày phát.',
      'Which spots each commune broadcasts, when; print the sheet and confirm each day.',
    ),
  },
  defaultSort: '-validFrom',
  access: scheduleAccess,
  endpoints: [confirmBroadcastEndpoint, scheduleSheetEndpoint],
  hooks: { beforeValidate: [refuseOtherUnits], beforeChange: [stampTitle] },
  fields: [
    {
      name: 'title',
      type: 'text',
      label: label('Tên lịch', 'Title'),
      admin: { readOnly: true, description: label('Tự đặt theo xã và thời gian.', 'Set from commune and dates.') },
    },
    {
      name: 'actions',
      type: 'ui',
      admin: { components: { Field: '/components/broadcast/ScheduleActions#ScheduleActions' } },
    },
    ...scheduleFields,
  ],
}
