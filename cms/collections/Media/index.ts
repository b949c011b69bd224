import type { CollectionConfig, ImageSize } from 'payload'

import { isAdminField, isEditorOrUploader, isSignedIn } from '../../access'

const signedIn = ({ req }: { req: { user?: unknown } }): boolean => Boolean(req.user)
import { isSignedInOrPubliclyVisible } from '../../access/publiclyVisibleMedia'
import { describedFileFields } from '../../fields/describedFile'
import { socialRenditionsField } from '../../fields/socialRenditions'
import { label } from '../../lib/label'
import { mediaDir } from '../../lib/paths'
import { STORED_MIME_TYPES } from '../../uploads/policy'
import { mediaThumbnail } from '../../uploads/describeThumbnail'
import { setUploadServingHeaders } from '../../uploads/servingHeaders'
import { mediaHooks, uploadedByHooks } from './hooks'

/**
 * The MIME types that can be stored. The real gate is checkUpload (content
 * sniffing, per-type checks); this list is Payload's second check and the
 * admin's file-picker hint. See cms/uploads/policy.ts.
 */
export const ACCEPTED_MIME_TYPES = STORED_MIME_TYPES

/**
 * Renditions are made once, here, at upload time. The site build only links to
 * them: encoding AVIF at build time took ~17 min for 500 materials.
 */
const RENDITION_WIDTHS = [480, 960, 1600] as const
// Width-only sizes say `fit: 'inside'`: otherwise, with focal points on, Payload takes its
// focal-point path for each (no shrink-on-load, one extra encode): ~40% slower uploads.
export const imageSizes: ImageSize[] = [
  ...RENDITION_WIDTHS.flatMap((width): ImageSize[] => [
    {
      name: `w${width}Avif`,
      width,
      fit: 'inside',
      withoutEnlargement: true,
      formatOptions: { format: 'avif', options: { quality: 55, effort: 2 } },
    },
    {
      name: `w${width}Webp`,
      width,
      fit: 'inside',
      withoutEnlargement: true,
      formatOptions: { format: 'webp', options: { quality: 78 } },
    },
  ]),
  {
    name: 'w960Jpeg',
    width: 960,
    fit: 'inside',
    withoutEnlargement: true,
    formatOptions: { format: 'jpeg', options: { quality: 80, mozjpeg: true } },
  },
  {
    name: 'og',
    width: 1200,
    height: 630,
    position: 'centre',
    formatOptions: { format: 'jpeg', options: { quality: 82 } },
  },
]

export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: label('Tệp', 'File'), plural: label('Thư viện tệp', 'Media') },
  admin: {
    useAsTitle: 'filename',
    defaultColumns: ['filename', 'alt', 'mimeType', 'filesize'],
    group: label('Nội dung', 'Content'),
  },
  // Anyone signed in uploads; editors and admins manage every file, others only their own uploads.
  // The public reads only the files of published materials (publiclyVisible).
  access: {
    read: isSignedInOrPubliclyVisible,
    create: isSignedIn,
    update: isEditorOrUploader,
    delete: isEditorOrUploader,
  },
  // Upload checks, derived files, audit and site rebuilds: hooks/index.ts.
  hooks: mediaHooks,
  upload: {
    staticDir: mediaDir,
    mimeTypes: ACCEPTED_MIME_TYPES,
    imageSizes,
    // Images show their rendition; PDFs their first page.
    adminThumbnail: mediaThumbnail,
    // nosniff, a sandboxing CSP, and office files as downloads (see uploads/servingHeaders.ts).
    modifyResponseHeaders: setUploadServingHeaders,
    focalPoint: true,
    // Strip EXIF/GPS from renditions (sharp drops metadata unless asked to keep it).
    withMetadata: false,
  },
  fields: [
    {
      // «Tệp này đã có trong thư viện»: offered as soon as a chosen file matches one already stored.
      name: 'duplicateNotice',
      type: 'ui',
      admin: { components: { Field: '/components/media/DuplicateNotice#DuplicateNotice' } },
    },
    {
      name: 'originalName',
      type: 'text',
      label: label('Tên tệp gốc', 'Original file name'),
      admin: {
        readOnly: true,
        position: 'sidebar',
        description: label(
          'Tên tệp như khi tải lên; tệp được lưu dưới tên an toàn.',
          'The name as uploaded; the file is stored under a safe name.',
        ),
      },
    },
    {
      name: 'alt',
      type: 'text',
      label: label('Mô tả ảnh (văn bản thay thế)', 'Alt text'),
      admin: {
        description: label(
          'Bắt buộc với ảnh: mô tả nội dung cho người khiếm thị.',
          'Describe the image for screen readers.',
        ),
      },
    },
    {
      name: 'sha256',
      type: 'text',
      label: label('Mã kiểm tra SHA-256', 'SHA-256 checksum'),
      // Looked up on every upload: the same file is never stored twice (hooks/refuseDuplicateUpload.ts).
      index: true,
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      // The checksum of the bytes as they arrived, before images were re-encoded without metadata:
      // what the admin computes in the browser to offer the existing file before uploading.
      name: 'sourceSha256',
      type: 'text',
      index: true,
      access: { create: () => false, update: () => false },
      admin: { hidden: true },
    },
    {
      name: 'pageCount',
      type: 'number',
      label: label('Số trang', 'Pages'),
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'durationSeconds',
      type: 'number',
      label: label('Thời lượng (giây)', 'Duration (s)'),
      admin: { readOnly: true, position: 'sidebar' },
    },
    ...describedFileFields,
    socialRenditionsField,
    {
      name: 'publiclyVisible',
      type: 'checkbox',
      label: label('Đang công khai', 'Public'),
      defaultValue: false,
      index: true,
      // Kept by the materials' hooks (collections/Materials/hooks/updateMediaVisibility.ts), never by a request.
      access: { create: () => false, update: () => false },
      admin: {
        readOnly: true,
        position: 'sidebar',
        description: label(
          'Tự động bật khi tệp được dùng trong ít nhất một tài liệu đã xuất bản; chỉ khi đó người ngoài mới xem và tải được tệp.',
          'Set automatically while a published material uses the file; only then can the public see and download it.',
        ),
      },
    },
    {
      // Set when an outreach activity lists the file as evidence (collections/OutreachActivities/evidence.ts):
      // then only the editorial team and that unit's contributors read it, and it never becomes public.
      name: 'evidenceUnit',
      type: 'relationship',
      relationTo: 'units',
      index: true,
      label: label('Minh chứng của đơn vị', 'Evidence of unit'),
      access: { read: signedIn, create: () => false, update: () => false },
      admin: {
        readOnly: true,
        position: 'sidebar',
        condition: (data) => Boolean(data?.evidenceUnit),
        description: label(
          'Tệp là minh chứng của một hoạt động tuyên truyền: không bao giờ công khai.',
          'Evidence of an outreach activity: never public.',
        ),
      },
    },
    {
      name: 'uploadedBy',
      type: 'relationship',
      relationTo: 'users',
      label: label('Người tải lên', 'Uploaded by'),
      // Set by the server from the signed-in account, never from the request body.
      access: { create: () => false, update: isAdminField },
      hooks: uploadedByHooks,
      admin: { readOnly: true, position: 'sidebar' },
    },
  ],
}
