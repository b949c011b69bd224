import type { CollectionConfig } from 'payload'

import { allowedUnitIds, hasRole, isEditorialTeamField } from '../../access'
import { bodyMediaField } from '../../fields/bodyMedia'
import { slugField } from '../../fields/slug'
import { label } from '../../lib/label'
import { validateFilesForKind } from './acceptedFiles'
import { captionsField } from './captionsField'
import { externalVideoField } from './externalVideoField'
import { materialAccess } from './access'
import { materialHooks } from './hooks'
import { workflowAdminComponents, workflowEndpoints, workflowFields } from './workflow'
import { MATERIAL_KINDS, MATERIAL_LANGUAGES } from '../../vocabulary'
import { materialPreviewUrl } from '../../preview/url'
import { printTemplateField } from './printTemplate'
import { readingScriptField } from './readingScriptField'
import { scheduleFields } from './schedule'
import { needsUpdateField, usageField } from './usageField'
import { languageVersionsField, needsNativeReviewField } from './languageFields'
import { usageEndpoints } from '../../usageStats/endpoint'

type UserWithUnit = { unit?: number | string | { id: number | string } | null } | null

const unitIdOf = (user: UserWithUnit | undefined): number | string | null =>
  user?.unit == null ? null : typeof user.unit === 'object' ? user.unit.id : user.unit

const dateField = { date: { displayFormat: 'dd/MM/yyyy', pickerAppearance: 'dayOnly' as const } }

/** An outreach material: the heart of the library. Each language version is its own material. */
export const Materials: CollectionConfig = {
  slug: 'materials',
  labels: { singular: label('Tài liệu', 'Material'), plural: label('Tài liệu tuyên truyền', 'Materials') },
  admin: {
    useAsTitle: 'title',
    // "Xem trước": the last saved version in the site's design, through a signed link (cms/preview/).
    preview: materialPreviewUrl,
    defaultColumns: [
      'title',
      'kind',
      'language',
      'needsNativeReview',
      'ownerUnit',
      '_status',
      'workflowStatus',
      'updatedAt',
    ],
    listSearchableFields: ['title', 'summary', 'slug'],
    group: label('Nội dung', 'Content'),
    components: {
      ...workflowAdminComponents,
      edit: {
        ...workflowAdminComponents.edit,
        // A labelled button that shows the build's progress (components/preview/).
        PreviewButton: '/components/preview/PreviewButton#PreviewButton',
      },
    },
  },
  defaultSort: '-updatedAt',
  // The list's bulk edit carries Payload's own «Xuất bản» (and an edit drawer that publishes): publishing is
  // «Duyệt và xuất bản» only (workflow.ts). A bulk PATCH through REST is held to the same rule by a hook.
  disableBulkEdit: true,
  versions: { drafts: true, maxPerDoc: 50 },
  access: materialAccess,
  endpoints: [...workflowEndpoints, ...usageEndpoints],
  // Review state, audit, schedule guards, media visibility and site rebuilds: hooks/index.ts.
  hooks: materialHooks,
  fields: [
    needsUpdateField,
    ...workflowFields,
    { name: 'title', type: 'text', required: true, label: label('Tiêu đề', 'Title') },
    slugField('title'),
    {
      type: 'row',
      fields: [
        {
          name: 'kind',
          type: 'select',
          required: true,
          options: MATERIAL_KINDS.map(({ value, label }) => ({ value, label })),
          label: label('Loại tài liệu', 'Kind'),
          index: true,
        },
        {
          name: 'language',
          type: 'select',
          required: true,
          defaultValue: 'vi',
          options: MATERIAL_LANGUAGES.map(({ value, label }) => ({ value, label })),
          label: label('Ngôn ngữ', 'Language'),
        },
      ],
    },
    {
      name: 'translationOf',
      type: 'relationship',
      relationTo: 'materials',
      label: label('Là bản ngôn ngữ khác của', 'Language version of'),
      admin: {
        description: label(
          'Chọn tài liệu gốc (tiếng Việt) nếu đây là bản tiếng Mông, Thái, Dao… của cùng một tài liệu.',
          'Pick the original if this is another language version of the same work.',
        ),
      },
      filterOptions: ({ id }) => (id ? { id: { not_equals: id } } : true),
    },
    { name: 'summary', type: 'textarea', required: true, maxLength: 400, label: label('Tóm tắt', 'Summary') },
    { name: 'body', type: 'richText', label: label('Nội dung', 'Body') },
    // Hidden: the files the body embeds, so that a file's public visibility can be queried (fields/bodyMedia.ts).
    bodyMediaField,
    {
      name: 'coverImage',
      type: 'upload',
      relationTo: 'media',
      label: label('Ảnh bìa', 'Cover image'),
      filterOptions: { mimeType: { contains: 'image/' } },
    },
    captionsField,
    readingScriptField,
    externalVideoField,
    {
      name: 'files',
      type: 'array',
      label: label('Tệp tải về', 'Downloads'),
      labels: { singular: label('Tệp', 'File'), plural: label('Tệp', 'Files') },
      // Each kind accepts its own file types (acceptedFiles.ts).
      validate: validateFilesForKind,
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'label',
              type: 'text',
              required: true,
              label: label('Nhãn', 'Label'),
              admin: { placeholder: 'Bản in A4' },
            },
            { name: 'file', type: 'upload', relationTo: 'media', required: true, label: label('Tệp', 'File') },
          ],
        },
      ],
    },
    {
      type: 'collapsible',
      label: label('Phân loại', 'Classification'),
      fields: [
        { name: 'topics', type: 'relationship', relationTo: 'topics', hasMany: true, label: label('Chủ đề', 'Topics') },
        {
          name: 'audiences',
          type: 'relationship',
          relationTo: 'audiences',
          hasMany: true,
          label: label('Đối tượng', 'Audiences'),
        },
        { name: 'campaign', type: 'relationship', relationTo: 'campaigns', label: label('Chiến dịch', 'Campaign') },
        {
          name: 'procedures',
          type: 'relationship',
          relationTo: 'procedures',
          hasMany: true,
          label: label('Thủ tục hành chính liên quan', 'Related procedures'),
        },
      ],
    },
    {
      name: 'ownerUnit',
      type: 'relationship',
      relationTo: 'units',
      required: true,
      label: label('Đơn vị chủ trì', 'Owning unit'),
      admin: { position: 'sidebar' },
      // A new material belongs to the author's own unit unless they pick another they may write for.
      defaultValue: ({ user }: { user?: UserWithUnit }) => unitIdOf(user) ?? undefined,
      // Contributors are offered only the units they may write for (refuseContributorOverreach enforces it).
      filterOptions: async ({ req }) =>
        hasRole(req.user, 'contributor') ? { id: { in: await allowedUnitIds(req) } } : true,
    },
    {
      name: 'appliesTo',
      type: 'relationship',
      relationTo: 'units',
      hasMany: true,
      label: label('Áp dụng cho đơn vị', 'Applies to units'),
      // A commune's contributor writes for their commune: the province-wide default (empty) is the editors' call.
      defaultValue: ({ user }: { user?: UserWithUnit }) => {
        const unit = unitIdOf(user)
        return hasRole(user, 'contributor') && unit != null ? [unit] : undefined
      },
      admin: {
        position: 'sidebar',
        description: label('Để trống nếu áp dụng toàn tỉnh.', 'Leave empty for the whole province.'),
      },
    },
    languageVersionsField,
    needsNativeReviewField,
    printTemplateField,
    {
      name: 'validFrom',
      type: 'date',
      label: label('Hiệu lực từ ngày', 'Valid from'),
      admin: { position: 'sidebar', ...dateField },
      // The publication schedule is the editorial team's decision, not a contributor's.
      access: { create: isEditorialTeamField, update: isEditorialTeamField },
    },
    {
      name: 'validUntil',
      type: 'date',
      label: label('Hiệu lực đến ngày', 'Valid until'),
      admin: { position: 'sidebar', ...dateField },
      access: { create: isEditorialTeamField, update: isEditorialTeamField },
      validate: (value: unknown, { siblingData }: { siblingData: { validFrom?: string | null } }) => {
        if (!value || !siblingData.validFrom) return true
        return new Date(value as string) > new Date(siblingData.validFrom)
          ? true
          : 'Ngày hết hiệu lực phải sau ngày bắt đầu hiệu lực.'
      },
    },
    ...scheduleFields,
    usageField,
  ],
}
