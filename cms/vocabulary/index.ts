/**
 * The words and rules the CMS and the site share: labels of kinds, languages,
 * levels and unit types, ids of relationships, Vietnamese folding and slugs,
 * dates as people in Vietnam read them, which media a material uses, and guide
 * coverage. Pure TypeScript with no Payload import, so that the site's bundle
 * can take it without the CMS (tests/e2e/site-bundle.test.ts checks).
 */
export {
  ACTIVITY_KINDS,
  ACTIVITY_REVIEW_STATES,
  type ActivityKind,
  type ActivityReviewState,
  activityKindLabel,
  REACH_BY_KIND,
  REACH_FIELDS,
  REACH_LABELS,
  type ReachField,
  SOCIAL_PLATFORMS,
} from './activities'
export {
  type ExternalVideo,
  externalVideoOf,
  parseExternalVideo,
  VIDEO_HOST_LABELS,
  type VideoHost,
} from './externalVideo'
export { formatDate, formatDateTime, TIME_ZONE } from './dates'
export {
  FEEDBACK_ANSWER_STATES,
  FEEDBACK_CHALLENGE_PATH,
  FEEDBACK_CONTACT_MAX,
  FEEDBACK_FIELDS,
  FEEDBACK_KINDS,
  FEEDBACK_NAME_MAX,
  FEEDBACK_PATH,
  FEEDBACK_PUBLIC_FIELDS,
  FEEDBACK_REJECT_REASONS,
  FEEDBACK_STATUSES,
  FEEDBACK_TEXT_MAX,
  FEEDBACK_TEXT_MIN,
  FEEDBACK_SENT_ANCHOR,
  type FeedbackAnswerState,
  type FeedbackKind,
  type FeedbackRejectReason,
  type FeedbackStatus,
  MASK,
} from './feedback'
export { type DocId, idOf, idsOf, relationId } from './ids'
export { label } from './label'
export {
  languageEntry,
  languageTag,
  type MaterialLanguage,
  type MaterialLanguageEntry,
  MINORITY_LANGUAGES,
} from './languages'
export { MATERIAL_KINDS, MATERIAL_LANGUAGES, type MaterialKind, PRINT_TEMPLATE_KINDS } from './materials'
export { bodyMediaIds, CAPTIONS_LABEL, type MediaReferences, referencedMediaIds } from './mediaUse'
export {
  byFieldThenName,
  type Coverage,
  type CoverageFigure,
  type CoverageGroup,
  type CoverageProcedure,
  type CoverageUnit,
  computeCoverage,
  formatShare,
  isCurrent,
  proceduresHandledBy,
} from './procedureCoverage'
export { IMPLEMENTING_LEVELS, ONLINE_LEVELS } from './procedures'
export { SOCIAL_IMAGES, type SocialImageKey } from './socialImages'
export { UNIT_TYPES } from './units'
export {
  COUNTER_EVENTS,
  type CounterEvent,
  EMBED_EVENTS,
  HELPFULNESS_EVENTS,
  type HelpfulnessEvent,
  USAGE_EVENTS,
  USAGE_PATH,
  type UsageBeacon,
  type UsageEvent,
} from './usage'
export { foldVietnamese, slugify } from './vietnamese'
export { waitedFor } from './waited'
