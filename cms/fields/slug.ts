import type { Field } from 'payload'

import { label } from '../lib/label'
import { slugify } from '../vocabulary'

/**
 * A unique URL slug filled from another field ("Đăng ký khai sinh" → dang-ky-khai-sinh).
 * Editors may type their own; it is normalised the same way either way.
 */
export function slugField(from = 'title'): Field {
  return {
    name: 'slug',
    type: 'text',
    label: label('Đường dẫn', 'Slug'),
    unique: true,
    index: true,
    admin: {
      position: 'sidebar',
      description: label('Tự tạo từ tiêu đề nếu để trống, bỏ dấu tiếng Việt.', 'Generated from the title when empty.'),
    },
    hooks: {
      beforeValidate: [
        ({ value, data, originalDoc }) => {
          const source = typeof value === 'string' && value.trim() ? value : (data?.[from] ?? originalDoc?.[from])
          return typeof source === 'string' ? slugify(source) : value
        },
      ],
    },
  }
}
