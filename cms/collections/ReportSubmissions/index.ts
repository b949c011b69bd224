import type { CollectionConfig, Field } from 'payload'

import type { FieldAccess } from 'payload'

import { hasRole } from '../../access'
import { label } from '../../lib/label'
import { REPORT_SECTIONS } from '../../yearlyReport/sections'
import { reportSubmissionAccess } from './access'
import { reportDocumentsEndpoint } from './endpoints/documents'
import { reportStatusEndpoint } from './endpoints/status'
import { submitReportEndpoint } from './endpoints/submit'
import { keepOnePerUnitYear } from './hooks/keepOnePerUnitYear'
import { refuseContributorOverreach } from './hooks/refuseContributorOverreach'

/** Only the province's editors and admins set the state directly; units use «Nộp báo cáo». */
const editorsOnly: FieldAccess = ({ req }) => hasRole(req.user, 'admin', 'editor')

const ACTIONS = '/components/yearlyReport/ReportActions#ReportActions'

const notes: Field = {
  name: 'notes',
  type: 'group',
  label: label('Kết quả theo từng nhiệm vụ (đơn vị viết thêm)', 'Results per task (written by the unit)'),
  admin: {
    description: label(
      'Số liệu hoạt động, lượt dùng tài liệu và các chỉ tiêu được lấy tự động từ dữ liệu; ở đây đơn vị viết thêm nhận xét cho từng mục (không bắt buộc).',
      'Figures come from the data; write remarks per section here (optional).',
    ),
  },
  fields: REPORT_SECTIONS.map((section) => ({
    name: section.key,
    type: 'textarea',
    label: section.title,
    admin: { description: section.hint, rows: 3 },
  })),
}

/** «Báo cáo năm»: a unit's yearly report on the plan, the text it writes around the figures the data gives. */
export const ReportSubmissions: CollectionConfig = {
  slug: 'report-submissions',
  labels: { singular: label('Báo cáo năm', 'Yearly report'), plural: label('Báo cáo năm', 'Yearly reports') },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'unit', 'year', 'state', 'submittedAt'],
    group: label('Báo cáo', 'Reporting'),
  },
  access: reportSubmissionAccess,
  endpoints: [submitReportEndpoint, reportStatusEndpoint, reportDocumentsEndpoint],
  hooks: { beforeValidate: [refuseContributorOverreach, keepOnePerUnitYear] },
  fields: [
    { name: 'title', type: 'text', admin: { hidden: true }, label: label('Tiêu đề', 'Title') },
    { name: 'key', type: 'text', unique: true, index: true, admin: { hidden: true } },
    {
      type: 'row',
      fields: [
        {
          name: 'unit',
          type: 'relationship',
          relationTo: 'units',
          required: true,
          index: true,
          label: label('Đơn vị', 'Unit'),
        },
        {
          name: 'year',
          type: 'number',
          required: true,
          index: true,
          min: 2025,
          max: 2100,
          label: label('Năm báo cáo', 'Year'),
        },
      ],
    },
    {
      name: 'state',
      type: 'select',
      required: true,
      defaultValue: 'draft',
      options: [
        { value: 'draft', label: label('Bản nháp', 'Draft') },
        { value: 'submitted', label: label('Đã nộp', 'Submitted') },
      ],
      label: label('Trạng thái', 'State'),
      access: { create: editorsOnly, update: editorsOnly },
      admin: { position: 'sidebar' },
    },
    {
      name: 'submittedAt',
      type: 'date',
      label: label('Nộp lúc', 'Submitted at'),
      access: { create: editorsOnly, update: editorsOnly },
      admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'submittedBy',
      type: 'relationship',
      relationTo: 'users',
      label: label('Người nộp', 'Submitted by'),
      access: { create: editorsOnly, update: editorsOnly },
      admin: { position: 'sidebar', readOnly: true },
    },
    { name: 'actions', type: 'ui', admin: { position: 'sidebar', components: { Field: ACTIONS } } },
    notes,
    { name: 'difficulties', type: 'textarea', label: label('Khó khăn, vướng mắc', 'Difficulties'), admin: { rows: 5 } },
    { name: 'proposals', type: 'textarea', label: label('Đề xuất, kiến nghị', 'Proposals'), admin: { rows: 5 } },
    {
      type: 'row',
      fields: [
        {
          name: 'documentNumber',
          type: 'text',
          label: label('Số văn bản', 'Document number'),
          admin: { description: label('Ví dụ 125/BC-UBND. Để trống nếu đơn vị ghi số sau khi tải về.', 'Optional.') },
        },
        {
          name: 'signedOn',
          type: 'date',
          label: label('Ngày ký', 'Signing date'),
          admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' } },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'signerTitle',
          type: 'text',
          label: label('Chức danh người ký', 'Signer’s title'),
          admin: { description: label('Ví dụ: TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH; GIÁM ĐỐC.', 'Optional.') },
        },
        { name: 'signerName', type: 'text', label: label('Họ và tên người ký', 'Signer’s name') },
      ],
    },
  ],
}
