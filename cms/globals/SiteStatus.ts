import type { Field, GlobalConfig } from 'payload'

import { isSignedIn } from '../access'
import { rebuildNowEndpoint } from '../endpoints/rebuildSiteNow'
import { label } from '../lib/label'

export const SITE_STATUS = 'site-status'

const modeField: Field = {
  name: 'mode',
  type: 'select',
  options: [
    { value: 'full', label: label('Dựng đầy đủ', 'Full') },
    { value: 'incremental', label: label('Dựng phần thay đổi', 'Incremental') },
  ],
  label: label('Cách dựng', 'Mode'),
}

/**
 * The public site's build state for the admin dashboard ("Trang công khai"):
 * the last successful build, the build running now, and the last failure with
 * the tail of its log. Written only by the rebuildSite job.
 */
export const SiteStatus: GlobalConfig = {
  slug: SITE_STATUS,
  label: label('Trang công khai', 'Public site'),
  admin: { hidden: true },
  access: { read: isSignedIn, update: () => false },
  endpoints: [rebuildNowEndpoint],
  fields: [
    {
      name: 'lastSuccess',
      type: 'group',
      label: label('Lần dựng thành công gần nhất', 'Last successful build'),
      fields: [
        { name: 'at', type: 'date', label: label('Lúc', 'At') },
        { name: 'seconds', type: 'number', label: label('Thời gian (giây)', 'Seconds') },
        { name: 'pages', type: 'number', label: label('Số trang', 'Pages') },
        { name: 'renderedPages', type: 'number', label: label('Số trang dựng lại', 'Pages rendered') },
        modeField,
        { name: 'materials', type: 'number', label: label('Số tài liệu đã đổi', 'Changed materials') },
      ],
    },
    {
      name: 'running',
      type: 'group',
      label: label('Đang dựng', 'Running'),
      fields: [{ name: 'since', type: 'date', label: label('Bắt đầu lúc', 'Since') }, modeField],
    },
    {
      name: 'lastError',
      type: 'group',
      label: label('Lỗi gần nhất', 'Last error'),
      fields: [
        { name: 'at', type: 'date', label: label('Lúc', 'At') },
        { name: 'message', type: 'textarea', label: label('Lỗi', 'Message') },
        { name: 'log', type: 'textarea', label: label('Nhật ký (200 dòng cuối)', 'Log (last 200 lines)') },
      ],
    },
  ],
}
