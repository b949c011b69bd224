import type { Field } from 'payload'

import { label } from '../lib/label'
import { SOCIAL_IMAGES } from '../vocabulary/socialImages'

/**
 * The social-media renditions of an image (issue 20 §4), made at upload by
 * collections/Media/hooks/makeSocialRenditions.ts: one file each, sizes fixed by vocabulary/socialImages.ts.
 */
export const socialRenditionsField: Field = {
  name: 'social',
  type: 'group',
  label: label('Ảnh cho mạng xã hội', 'Social media images'),
  admin: {
    readOnly: true,
    position: 'sidebar',
    condition: (data) => Boolean(data?.social?.story?.filename),
    description: label(
      'Làm sẵn khi tải ảnh lên: Zalo OA 1000×640, Facebook 1080×1350, TikTok/Reels/tin 1080×1920.',
      'Made at upload: Zalo OA 1000×640, Facebook 1080×1350, TikTok/Reels/stories 1080×1920.',
    ),
  },
  fields: SOCIAL_IMAGES.map(
    ({ key, label: name }): Field => ({
      name: key,
      type: 'group',
      label: name,
      fields: [{ name: 'filename', type: 'text', label: label('Tên tệp', 'File name'), admin: { readOnly: true } }],
    }),
  ),
}
