import type { Field } from 'payload'

import { label } from '../lib/label'
import { mediaFileUrl } from '../uploads/describeThumbnail'

const readOnlyNumber = (name: string, vi: string, en: string): Field => ({
  name,
  type: 'number',
  label: label(vi, en),
  admin: { readOnly: true },
})

/**
 * «Bản phát thanh»: the upload's sound normalised to EBU R128 as a mono MP3 for commune loudspeakers
 * (collections/Media/hooks/makeBroadcastRendition.ts), with what ffmpeg's ebur128 measured on it.
 */
export const broadcastRenditionField: Field = {
  name: 'broadcast',
  type: 'group',
  label: label('Bản phát thanh cho loa (MP3 đơn kênh, −23 LUFS)', 'Broadcast rendition (mono MP3, −23 LUFS)'),
  admin: { readOnly: true, position: 'sidebar', condition: (data) => Boolean(data?.broadcast?.filename) },
  fields: [
    { name: 'filename', type: 'text', label: label('Tên tệp', 'File name'), admin: { readOnly: true } },
    {
      name: 'url',
      type: 'text',
      label: label('Địa chỉ', 'URL'),
      virtual: true,
      admin: { readOnly: true },
      hooks: {
        afterRead: [
          ({ siblingData }) => mediaFileUrl(typeof siblingData?.filename === 'string' ? siblingData.filename : null),
        ],
      },
    },
    readOnlyNumber('loudness', 'Độ to đo được (LUFS)', 'Measured loudness (LUFS)'),
    readOnlyNumber('truePeak', 'Đỉnh thực (dBTP)', 'True peak (dBTP)'),
    readOnlyNumber('durationSeconds', 'Thời lượng (giây)', 'Duration (seconds)'),
    readOnlyNumber('bitRate', 'Tốc độ bit (kbit/s)', 'Bit rate (kbit/s)'),
    readOnlyNumber('filesize', 'Dung lượng (byte)', 'Size (bytes)'),
  ],
}
