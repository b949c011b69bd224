import type { Field } from 'payload'

import { label } from '../lib/label'
import { mediaFileUrl } from '../uploads/describeThumbnail'
import { broadcastRenditionField } from './broadcastRendition'

/** Facts made from an uploaded file (see collections/Media/hooks/describeUploadedFile.ts): read-only in the admin sidebar. */
export const describedFileFields: Field[] = [
  {
    name: 'format',
    type: 'text',
    label: label('Định dạng', 'Format'),
    admin: { readOnly: true, position: 'sidebar' },
  },
  {
    name: 'preview',
    type: 'group',
    label: label('Ảnh xem trước (trang đầu PDF, khung hình video)', 'Preview (first PDF page, video frame)'),
    admin: { readOnly: true, position: 'sidebar', condition: (data) => Boolean(data?.preview?.filename) },
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
      { name: 'width', type: 'number', label: label('Rộng (px)', 'Width (px)'), admin: { readOnly: true } },
      { name: 'height', type: 'number', label: label('Cao (px)', 'Height (px)'), admin: { readOnly: true } },
    ],
  },
  broadcastRenditionField,
  {
    // The offline pack's video (collections/Media/hooks/makeSmallVideo.ts): H.264 ≤ 480p, AAC, faststart.
    name: 'smallVideo',
    type: 'group',
    label: label('Bản video nhỏ (480p, cho gói ngoại tuyến)', 'Small video (480p, for the offline pack)'),
    admin: { readOnly: true, position: 'sidebar', condition: (data) => Boolean(data?.smallVideo?.filename) },
    fields: [
      { name: 'filename', type: 'text', label: label('Tên tệp', 'File name'), admin: { readOnly: true } },
      { name: 'width', type: 'number', label: label('Rộng (px)', 'Width (px)'), admin: { readOnly: true } },
      { name: 'height', type: 'number', label: label('Cao (px)', 'Height (px)'), admin: { readOnly: true } },
      {
        name: 'filesize',
        type: 'number',
        label: label('Dung lượng (byte)', 'Size (bytes)'),
        admin: { readOnly: true },
      },
    ],
  },
  {
    name: 'processingNote',
    type: 'textarea',
    label: label('Ghi chú xử lý tệp', 'Processing note'),
    admin: {
      readOnly: true,
      position: 'sidebar',
      condition: (data) => Boolean(data?.processingNote),
      description: label(
        'Điều chưa làm được khi xử lý tệp; tệp gốc vẫn được giữ.',
        'What could not be made from the file; the original is kept.',
      ),
    },
  },
]
