import type { CollectionBeforeChangeHook, CollectionConfig, FieldHook } from 'payload'

import { anyone, isEditorOrAdmin } from '../access'
import { importProceduresEndpoint } from '../endpoints/importProcedures'
import { requestSiteRebuildOnChange } from '../hooks/requestSiteRebuild'
import { label } from '../lib/label'
import { IMPLEMENTING_LEVELS, ONLINE_LEVELS } from '../vocabulary'

/** Keeps withdrawnAt in step with the flag, whoever sets it (an editor or the catalogue import). */
const stampWithdrawal: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const withdrawn = data.withdrawn ?? originalDoc?.withdrawn
  if (!withdrawn) return { ...data, withdrawnAt: null }
  if (data.withdrawnAt) return data
  return {
    ...data,
    withdrawnAt: originalDoc?.withdrawn && originalDoc.withdrawnAt ? originalDoc.withdrawnAt : new Date().toISOString(),
  }
}

/** A code pasted with spaces around it is still the code. */
const trimCode: FieldHook = ({ value }) => (typeof value === 'string' ? value.trim() : value)

/** Administrative procedures (thủ tục hành chính) from the national catalogue. */
export const Procedures: CollectionConfig = {
  slug: 'procedures',
  labels: { singular: label('Thủ tục hành chính', 'Procedure'), plural: label('Thủ tục hành chính', 'Procedures') },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['code', 'name', 'field', 'onlineLevel', 'implementingLevel', 'withdrawn'],
    listSearchableFields: ['code', 'name', 'field'],
    group: label('Danh mục', 'Catalogue'),
    components: { beforeList: ['/components/procedures/ProceduresListHeader#ProceduresListHeader'] },
  },
  endpoints: [importProceduresEndpoint],
  defaultSort: 'code',
  access: { read: anyone, create: isEditorOrAdmin, update: isEditorOrAdmin, delete: isEditorOrAdmin },
  hooks: {
    ...requestSiteRebuildOnChange,
    beforeChange: [...requestSiteRebuildOnChange.beforeChange, stampWithdrawal],
  },
  fields: [
    {
      name: 'code',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      label: label('Mã thủ tục', 'Code'),
      admin: {
        description: label('Mã trên Cơ sở dữ liệu quốc gia về TTHC, ví dụ 1.001193.', 'National code, e.g. 1.001193.'),
      },
      validate: (value: unknown) =>
        typeof value === 'string' && /^\d+\.\d{3,}$/.test(value.trim())
          ? true
          : 'Mã thủ tục phải có dạng 1.001193 (số, dấu chấm, số).',
      hooks: { beforeValidate: [trimCode] },
    },
    { name: 'name', type: 'text', required: true, label: label('Tên thủ tục', 'Name') },
    { name: 'field', type: 'text', required: true, index: true, label: label('Lĩnh vực', 'Field') },
    {
      type: 'row',
      fields: [
        {
          name: 'onlineLevel',
          type: 'select',
          required: true,
          options: [...ONLINE_LEVELS],
          label: label('Mức độ DVCTT', 'Online level'),
        },
        {
          name: 'implementingLevel',
          type: 'select',
          required: true,
          options: [...IMPLEMENTING_LEVELS],
          label: label('Cấp thực hiện', 'Implementing level'),
        },
      ],
    },
    {
      name: 'agencies',
      type: 'relationship',
      relationTo: 'units',
      hasMany: true,
      label: label('Cơ quan thực hiện', 'Implementing agencies'),
      admin: {
        description: label(
          'Đơn vị tiếp nhận, giải quyết. Thủ tục cấp xã do mọi xã, phường thực hiện nên không cần chọn từng xã.',
          'Units that handle it. Commune-level procedures are handled by every commune and ward without listing them.',
        ),
      },
    },
    {
      name: 'withdrawn',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      label: label('Không còn trong danh mục', 'Withdrawn'),
      admin: {
        position: 'sidebar',
        components: { Cell: '/components/procedures/WithdrawnCell#WithdrawnCell' },
        description: label(
          'Đánh dấu khi danh mục mới nhất không còn thủ tục này. Thủ tục không bị xóa để tài liệu hướng dẫn vẫn giữ liên kết.',
          'Set when the latest catalogue no longer lists it. Kept, not deleted, so that guides keep their links.',
        ),
      },
    },
    {
      name: 'withdrawnAt',
      type: 'date',
      label: label('Ngày ra khỏi danh mục', 'Withdrawn on'),
      admin: {
        position: 'sidebar',
        readOnly: true,
        condition: (data) => Boolean(data?.withdrawn),
        date: { displayFormat: 'dd/MM/yyyy' },
      },
    },
    {
      name: 'nationalPortalUrl',
      type: 'text',
      label: label('Liên kết Cổng Dịch vụ công quốc gia', 'National Public Service Portal link'),
      validate: (value: unknown) =>
        !value || (typeof value === 'string' && /^https:\/\//.test(value))
          ? true
          : 'Liên kết phải bắt đầu bằng https://',
    },
  ],
}
