import { label } from './label'

/**
 * Kinds of outreach activity a unit records (the plan's tasks: commune loudspeakers, conferences,
 * training of the Community Digital Technology Teams and of civil servants, printed copies, posts).
 * `reach` names the figures that fit the kind; the admin shows only those (and reports read only those).
 */
export const ACTIVITY_KINDS = [
  { value: 'loudspeaker', label: label('Phát thanh trên loa truyền thanh xã', 'Commune loudspeaker broadcast') },
  { value: 'conference', label: label('Hội nghị, cuộc họp', 'Conference or meeting') },
  {
    value: 'training-team',
    label: label('Tập huấn Tổ công nghệ số cộng đồng', 'Training of the Community Digital Technology Team'),
  },
  { value: 'training-staff', label: label('Tập huấn cán bộ, công chức', 'Training of civil servants') },
  { value: 'print', label: label('Phát tài liệu in', 'Printed copies distributed') },
  { value: 'portal-post', label: label('Đăng trên cổng thông tin điện tử', 'Post on the e-portal') },
  { value: 'social-post', label: label('Đăng trên mạng xã hội', 'Social media post') },
  { value: 'school', label: label('Buổi tuyên truyền tại trường học', 'School session') },
  { value: 'other', label: label('Hoạt động khác', 'Other') },
] as const

export type ActivityKind = (typeof ACTIVITY_KINDS)[number]['value']

export const SOCIAL_PLATFORMS = [
  { value: 'zalo', label: label('Zalo OA', 'Zalo OA') },
  { value: 'facebook', label: label('Facebook', 'Facebook') },
  { value: 'tiktok', label: label('TikTok', 'TikTok') },
  { value: 'other', label: label('Khác', 'Other') },
] as const

export const REACH_FIELDS = ['people', 'copies', 'minutes', 'times'] as const
export type ReachField = (typeof REACH_FIELDS)[number]

export const REACH_LABELS: Record<ReachField, ReturnType<typeof label>> = {
  people: label('Số người nghe, tham dự, tiếp cận', 'People reached'),
  copies: label('Số bản in đã phát', 'Copies distributed'),
  minutes: label('Thời lượng (phút)', 'Minutes'),
  times: label('Số lần, số bài', 'Times / posts'),
}

/** Which reach figures fit each kind. */
export const REACH_BY_KIND: Record<ActivityKind, readonly ReachField[]> = {
  loudspeaker: ['times', 'minutes', 'people'],
  conference: ['people'],
  'training-team': ['people'],
  'training-staff': ['people'],
  print: ['copies'],
  'portal-post': ['times'],
  'social-post': ['times', 'people'],
  school: ['people', 'times'],
  other: ['people', 'copies', 'minutes', 'times'],
}

export const ACTIVITY_REVIEW_STATES = [
  { value: 'draft', label: label('Nháp', 'Draft') },
  { value: 'submitted', label: label('Chờ duyệt', 'Submitted for review') },
  { value: 'returned', label: label('Trả lại', 'Returned') },
  { value: 'approved', label: label('Đã duyệt', 'Approved') },
] as const

export type ActivityReviewState = (typeof ACTIVITY_REVIEW_STATES)[number]['value']

export const activityKindLabel = (kind: string | null | undefined): string =>
  ACTIVITY_KINDS.find(({ value }) => value === kind)?.label.vi ?? 'Hoạt động'
