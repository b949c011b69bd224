import type { CollectionConfig } from 'payload'

import { isSignedIn } from '../access'
import { label } from '../lib/label'
import { FLUSH_INTERVAL_MS } from '../usage/limits'
import { COUNTER_EVENTS } from '../vocabulary/usage'

export const USAGE_COUNTS = 'usage-counts'

const flushSeconds = Math.round(FLUSH_INTERVAL_MS / 1000)

/**
 * Daily usage counters (issue 17): one row per (day, material, event, file, host). Written only by
 * the beacon endpoint (cms/usage/), which sums in memory and adds to each row atomically, so several
 * CMS processes never lose each other's counts. No address, user agent or cookie is kept.
 */
export const UsageCounts: CollectionConfig = {
  slug: USAGE_COUNTS,
  labels: {
    singular: label('Lượt sử dụng (theo ngày)', 'Daily usage count'),
    plural: label('Lượt sử dụng', 'Usage counts'),
  },
  admin: {
    // The day names a row (dd/mm/yyyy in the list); without a title field Payload shows an «ID» column.
    useAsTitle: 'day',
    defaultColumns: ['day', 'material', 'event', 'host', 'count'],
    group: label('Báo cáo', 'Reports'),
    description: label(
      `Số lượt xem, tải, phát, nhúng và quét mã QR của từng tài liệu, cộng theo ngày. Không lưu địa chỉ mạng, ` +
        `trình duyệt hay bất cứ gì nhận ra người đọc. Số đếm được cộng trong bộ nhớ và ghi vào cơ sở dữ liệu ` +
        `${flushSeconds} giây một lần: nếu máy chủ dừng đột ngột, có thể mất tối đa ${flushSeconds} giây số đếm cuối.`,
      `Views, downloads, plays, embeds and QR scans per material, summed per day. No IP address, browser or ` +
        `cookie is kept. Counts are summed in memory and written every ${flushSeconds} seconds: a crash loses at ` +
        `most the last ${flushSeconds} seconds.`,
    ),
  },
  defaultSort: '-day',
  // Only the CMS itself writes these (cms/usage/flush.ts, straight to the database).
  access: { read: isSignedIn, create: () => false, update: () => false, delete: () => false },
  fields: [
    {
      name: 'key',
      type: 'text',
      required: true,
      unique: true,
      label: label('Khóa', 'Key'),
      admin: { hidden: true },
    },
    {
      name: 'day',
      type: 'text',
      required: true,
      index: true,
      label: label('Ngày', 'Day'),
      admin: { components: { Cell: '/components/usage/UsageDayCell#UsageDayCell' } },
    },
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
      admin: {
        description: label(
          'Chỉ với lượt «có ích / không có ích» trên trang thủ tục.',
          'Helpfulness on a procedure page only.',
        ),
      },
    },
    {
      name: 'event',
      type: 'select',
      required: true,
      options: COUNTER_EVENTS.map(({ value, label }) => ({ value, label })),
      label: label('Loại lượt', 'Event'),
    },
    { name: 'file', type: 'relationship', relationTo: 'media', label: label('Tệp tải', 'Downloaded file') },
    {
      name: 'host',
      type: 'text',
      index: true,
      defaultValue: '',
      label: label('Trang nhúng', 'Embedding host'),
      admin: { description: label('Tên miền của trang đã nhúng tài liệu (chỉ với lượt nhúng).', 'Embed events only.') },
    },
    { name: 'count', type: 'number', required: true, defaultValue: 0, label: label('Số lượt', 'Count') },
  ],
}
