import type { CollectionConfig } from 'payload'

import { activityTemplateEndpoint, importActivitiesEndpoint } from '../../endpoints/importActivities'
import { label } from '../../lib/label'
import { activityAccess } from './access'
import { activityContentFields } from './fields'
import { activityHooks } from './hooks'
import { activityReviewEndpoints } from './workflow/endpoints'
import { activityReviewFields } from './workflow/fields'

/**
 * «Hoạt động tuyên truyền»: what a unit did to spread the word (a broadcast, a training, printed copies,
 * a post), recorded by the unit and reviewed by the province. Only approved activities count in reports
 * (cms/activities/query.ts is where reporting reads them). Never public.
 */
export const OutreachActivities: CollectionConfig = {
  slug: 'outreach-activities',
  labels: {
    singular: label('Hoạt động tuyên truyền', 'Outreach activity'),
    plural: label('Hoạt động tuyên truyền', 'Outreach activities'),
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'unit', 'startDate', 'reviewState', 'updatedAt'],
    listSearchableFields: ['title', 'place', 'note'],
    group: label('Báo cáo', 'Reports'),
    components: { beforeList: ['/components/activities/ActivitiesListHeader#ActivitiesListHeader'] },
    description: label(
      'Hoạt động tuyên truyền đơn vị đã thực hiện (phát thanh, hội nghị, tập huấn, phát tài liệu, đăng bài…). Ghi xong bấm «Gửi duyệt»; chỉ hoạt động đã duyệt được tính trong báo cáo.',
      'Outreach activities units carried out; only approved ones count in reports.',
    ),
  },
  defaultSort: '-startDate',
  // A bulk edit would slip past the review steps' checks.
  disableBulkEdit: true,
  access: activityAccess,
  // The spreadsheet import's routes come before '/:id/…' so that «import» is never taken for an id.
  endpoints: [importActivitiesEndpoint, activityTemplateEndpoint, ...activityReviewEndpoints],
  hooks: activityHooks,
  fields: [
    ...activityReviewFields,
    {
      name: 'title',
      type: 'text',
      label: label('Tên hoạt động', 'Title'),
      admin: {
        readOnly: true,
        description: label('Tự đặt theo loại, đơn vị và ngày.', 'Set from kind, unit and date.'),
      },
    },
    ...activityContentFields,
  ],
}
