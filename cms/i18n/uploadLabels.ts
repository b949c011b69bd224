import type { CollectionConfig, Field } from 'payload'

/**
 * Vietnamese labels for the fields Payload adds to an upload collection ("MIME Type",
 * "Thumbnail URL", the renditions' "W480 Avif"…) and for the storage adapter's own fields.
 * Payload merges a field of the same name into its own, so only the label changes.
 */
const fileFields: Field[] = [
  { name: 'mimeType', type: 'text', label: 'Định dạng tệp' },
  { name: 'filename', type: 'text', label: 'Tên tệp' },
  {
    name: 'filesize',
    type: 'number',
    label: 'Dung lượng tệp',
    admin: { components: { Cell: '/i18n/FileSizeCell#FileSizeCell' } },
  },
  { name: 'url', type: 'text', label: 'Đường dẫn' },
]

function renditionLabel(name: string, width?: number, format?: string): string {
  const size = width ? `rộng ${width} px` : name
  return format ? `Bản ${size}, định dạng ${format.toUpperCase()}` : `Bản ${size}`
}

export function uploadFieldLabels(collection: CollectionConfig): Field[] {
  const upload = typeof collection.upload === 'object' ? collection.upload : {}
  const sizes = upload.imageSizes ?? []
  const fields: Field[] = [
    ...fileFields,
    { name: 'thumbnailURL', type: 'text', label: 'Đường dẫn ảnh thu nhỏ' },
    { name: 'width', type: 'number', label: 'Rộng (px)' },
    { name: 'height', type: 'number', label: 'Cao (px)' },
  ]
  // Payload adds the focal point only to image uploads: labelling it elsewhere would add columns.
  if (upload.focalPoint !== false || sizes.length > 0 || upload.resizeOptions) {
    fields.push(
      { name: 'focalX', type: 'number', label: 'Tâm ảnh (ngang)' },
      { name: 'focalY', type: 'number', label: 'Tâm ảnh (dọc)' },
    )
  }
  if (sizes.length > 0) {
    fields.push({
      name: 'sizes',
      type: 'group',
      label: 'Các bản thu nhỏ',
      fields: sizes.map((size) => ({
        name: size.name,
        type: 'group',
        label: renditionLabel(
          size.name,
          size.width ?? undefined,
          typeof size.formatOptions?.format === 'string' ? size.formatOptions.format : undefined,
        ),
        fields: [
          ...fileFields,
          { name: 'width', type: 'number', label: 'Rộng (px)' },
          { name: 'height', type: 'number', label: 'Cao (px)' },
        ],
      })),
    })
  }
  return fields
}

/**
 * Puts each override's label on the field of the same name when a plugin already added it
 * (the storage adapter adds `url` and `sizes`), or appends the override for Payload to merge.
 */
export function withLabels(fields: Field[], overrides: Field[]): Field[] {
  const result = [...fields]
  for (const override of overrides) {
    if (!('name' in override)) continue
    const index = result.findIndex((field) => 'name' in field && field.name === override.name)
    if (index === -1) {
      result.push(override)
      continue
    }
    const existing = result[index] as Field & { fields?: Field[] }
    const children = 'fields' in override && existing.fields ? withLabels(existing.fields, override.fields) : undefined
    const admin = override.admin ? { admin: { ...existing.admin, ...override.admin } } : {}
    result[index] = { ...existing, label: override.label, ...admin, ...(children ? { fields: children } : {}) } as Field
  }
  return result
}

/** The storage adapter's fields (where the file sits in the bucket), added by its plugin. */
export const storageFieldLabels: Record<string, string> = {
  _objectKey: 'Khóa lưu trữ',
  prefix: 'Thư mục lưu trữ',
}
