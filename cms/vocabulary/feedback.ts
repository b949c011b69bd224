import { label } from './label'

/**
 * Citizen feedback (issue 19): the words the CMS, its intake endpoint and the site share.
 * The form's field names are those of `POST /api/feedback` (cms/feedback/), for both the JS and the no-JS path.
 */
export const FEEDBACK_KINDS = [
  { value: 'question', label: label('Hỏi / góp ý', 'Question or comment') },
  { value: 'mistake', label: label('Báo nội dung sai, cũ', 'Report wrong or outdated content') },
] as const
export type FeedbackKind = (typeof FEEDBACK_KINDS)[number]['value']

export const FEEDBACK_STATUSES = [
  { value: 'new', label: label('Mới', 'New') },
  { value: 'answered', label: label('Đã trả lời công khai', 'Answered in public') },
  { value: 'answered-private', label: label('Đã trả lời riêng', 'Answered privately') },
  { value: 'not-published', label: label('Không đăng', 'Not published') },
] as const
export type FeedbackStatus = (typeof FEEDBACK_STATUSES)[number]['value']

export const FEEDBACK_REJECT_REASONS = [
  { value: 'spam', label: label('Thư rác, quảng cáo', 'Spam') },
  { value: 'personal-data', label: label('Chứa thông tin cá nhân', 'Personal data') },
  { value: 'abuse', label: label('Lời lẽ xúc phạm', 'Abuse') },
  { value: 'duplicate', label: label('Trùng lặp', 'Duplicate') },
] as const
export type FeedbackRejectReason = (typeof FEEDBACK_REJECT_REASONS)[number]['value']

export const FEEDBACK_ANSWER_STATES = [
  { value: 'draft', label: label('Bản nháp', 'Draft') },
  { value: 'pending', label: label('Chờ duyệt', 'Waiting for review') },
  { value: 'approved', label: label('Đã duyệt', 'Approved') },
] as const
export type FeedbackAnswerState = (typeof FEEDBACK_ANSWER_STATES)[number]['value']

export const FEEDBACK_VIA = [
  { value: 'js', label: label('Biểu mẫu có JavaScript', 'Form with JavaScript') },
  { value: 'no-js', label: label('Biểu mẫu không JavaScript', 'Form without JavaScript') },
] as const

/** The fields anonymous readers get of a published item (everything else is staff only). */
export const FEEDBACK_PUBLIC_FIELDS = [
  'publicText',
  'name',
  'answer',
  'answeredBy',
  'answeredAt',
  'createdAt',
  'material',
  'procedure',
  'kind',
] as const

/** What replaces a phone number, an ID number or an e-mail address in `publicText`. */
export const MASK = '[đã ẩn]'

/** Text limits of the form (characters, after trimming). */
export const FEEDBACK_TEXT_MIN = 10
export const FEEDBACK_TEXT_MAX = 2000
export const FEEDBACK_NAME_MAX = 100
export const FEEDBACK_CONTACT_MAX = 120

/** The intake endpoints on the CMS (the site reaches them on its own host through nginx's /api/ proxy). */
export const FEEDBACK_PATH = '/api/feedback'
export const FEEDBACK_CHALLENGE_PATH = '/api/feedback/challenge'

/**
 * The form's field names (`POST /api/feedback`, JSON or application/x-www-form-urlencoded):
 * one of `material` / `procedure` (id); `kind`; `text`; `name`; `contact` (phone or e-mail, only for a
 * private answer) with `consent` (required when `contact` is given); `website` (honeypot, must stay empty);
 * `altcha` (the widget's solution, JS path); `ticket` (the no-JS path's signed token, second step);
 * `back` (the page path to return to, e.g. `/tai-lieu/ten-tai-lieu/`).
 */
export const FEEDBACK_FIELDS = {
  material: 'material',
  procedure: 'procedure',
  kind: 'kind',
  text: 'text',
  name: 'name',
  contact: 'contact',
  consent: 'consent',
  honeypot: 'website',
  altcha: 'altcha',
  ticket: 'ticket',
  back: 'back',
} as const

/**
 * Where a no-JS post lands once stored: back on the page it was written from, at this anchor, whose
 * thank-you note the page shows through CSS `:target` (components/FeedbackPanel.astro): no script needed.
 */
export const FEEDBACK_SENT_ANCHOR = 'gop-y-da-gui'
