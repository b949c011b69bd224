import type { Field } from 'payload'

import { label } from '../../lib/label'

/**
 * «Kịch bản đọc»: the text a commune announcer reads live when the recording cannot be played. Shown
 * on the public page of an audio material (printable) and sent as the description in the podcast feeds.
 */
export const readingScriptField: Field = {
  name: 'readingScript',
  type: 'textarea',
  label: label('Kịch bản đọc', 'Reading script'),
  admin: {
    rows: 8,
    condition: (data) => data?.kind === 'audio' || Boolean(data?.readingScript),
    description: label(
      'Lời đọc trực tiếp trên loa truyền thanh khi không phát được bản ghi âm. Hiện trên trang tài liệu (in được) và trong nguồn tin phát thanh của xã.',
      'What a commune announcer reads live; shown on the page and in the podcast feeds.',
    ),
  },
}
