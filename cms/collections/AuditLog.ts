import type { CollectionBeforeChangeHook, CollectionBeforeDeleteHook, CollectionConfig } from 'payload'
import { APIError } from 'payload'

import { hasRole } from '../access'
import { AUDIT_LOG_SLUG } from '../audit/record'
import { label } from '../lib/label'

export const AUDIT_ACTIONS = [
  { value: 'create', label: label('Tạo mới', 'Create') },
  { value: 'update', label: label('Sửa nội dung', 'Update') },
  { value: 'submit', label: label('Gửi duyệt', 'Submit for review') },
  { value: 'approve', label: label('Duyệt', 'Approve') },
  { value: 'return', label: label('Trả lại', 'Return') },
  { value: 'withdraw', label: label('Rút lại để sửa', 'Withdraw to edit') },
  { value: 'publish', label: label('Xuất bản', 'Publish') },
  { value: 'unpublish', label: label('Gỡ xuất bản', 'Unpublish') },
  { value: 'expire', label: label('Hết hiệu lực', 'Expire') },
  { value: 'restore', label: label('Khôi phục phiên bản', 'Restore version') },
  { value: 'delete', label: label('Xóa', 'Delete') },
  { value: 'replace-upload', label: label('Thay tệp tải lên', 'Replace upload') },
  { value: 'import', label: label('Nạp danh mục', 'Import catalogue') },
]

const immutable =
  'Nhật ký thao tác không sửa và không xóa được: mỗi dòng được giữ nguyên như lúc ghi. Không có gì bị thay đổi.'

// Access already refuses every API write; these also stop the Local API with
// overrideAccess (scripts, other hooks), so nobody, admin included, rewrites history.
const refuseUpdate: CollectionBeforeChangeHook = ({ data, operation }) => {
  if (operation !== 'create') throw new APIError(immutable, 403, { reason: 'immutable' }, true)
  return data
}

const refuseDelete: CollectionBeforeDeleteHook = () => {
  throw new APIError(immutable, 403, { reason: 'immutable' }, true)
}

const dateTime = { date: { displayFormat: 'dd/MM/yyyy HH:mm', pickerAppearance: 'dayAndTime' as const } }

/** Who did what, and when. Written only by `recordAudit` (cms/audit/record.ts). */
export const AuditLog: CollectionConfig = {
  slug: AUDIT_LOG_SLUG,
  labels: { singular: label('Nhật ký thao tác', 'Audit entry'), plural: label('Nhật ký thao tác', 'Audit log') },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['at', 'action', 'title', 'docId', 'docCreatedAt', 'userEmail', 'comment'],
    listSearchableFields: ['title', 'userEmail', 'comment'],
    group: label('Hệ thống', 'System'),
    description: label(
      'Ai đã làm gì, lúc nào. Các dòng được ghi tự động và không ai sửa hay xóa được.',
      'Who did what, and when. Written automatically; nobody can change or delete an entry.',
    ),
  },
  defaultSort: '-at',
  // Unit contributors see none: least privilege (their own history shows on each material).
  access: {
    read: ({ req }) => hasRole(req.user, 'admin', 'editor', 'reviewer'),
    create: () => false,
    update: () => false,
    delete: () => false,
  },
  hooks: { beforeChange: [refuseUpdate], beforeDelete: [refuseDelete] },
  timestamps: true,
  fields: [
    { name: 'at', type: 'date', required: true, index: true, label: label('Thời điểm', 'At'), admin: dateTime },
    {
      name: 'action',
      type: 'select',
      required: true,
      index: true,
      options: AUDIT_ACTIONS,
      label: label('Thao tác', 'Action'),
    },
    { name: 'collection', type: 'text', required: true, label: label('Loại dữ liệu', 'Collection') },
    { name: 'docId', type: 'text', required: true, index: true, label: label('Mã bản ghi', 'Document id') },
    {
      name: 'docCreatedAt',
      type: 'date',
      index: true,
      label: label('Bản ghi tạo lúc', 'Document created at'),
      admin: {
        ...dateTime,
        description: label(
          'Thời điểm tài liệu được tạo. Cùng với mã bản ghi, cho biết dòng nhật ký thuộc đúng tài liệu nào, kể cả khi tài liệu đã bị xóa.',
          'When the document was created. With the document id, it tells which document the entry is about, even after a deletion.',
        ),
      },
    },
    { name: 'title', type: 'text', label: label('Tiêu đề', 'Title') },
    { name: 'user', type: 'relationship', relationTo: 'users', label: label('Người thực hiện', 'User') },
    { name: 'userEmail', type: 'text', label: label('Thư điện tử người thực hiện', 'User e-mail') },
    { name: 'comment', type: 'textarea', label: label('Ý kiến', 'Comment') },
    { name: 'detail', type: 'text', label: label('Chi tiết', 'Detail') },
  ],
}
