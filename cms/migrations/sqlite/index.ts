import * as migration_20261206_075732_initial from './20261206_075732_initial';
import * as migration_20261206_075751_ids_never_reused from './20261206_075751_ids_never_reused';
import * as migration_20261206_140244_media_storage_fields from './20261206_140244_media_storage_fields';
import * as migration_20261206_170252_notify_by_email from './20261206_170252_notify_by_email';
import * as migration_20261206_172129_audit_doc_created_at from './20261206_172129_audit_doc_created_at';
import * as migration_20261206_174558_material_captions_media_checksums from './20261206_174558_material_captions_media_checksums';
import * as migration_20261206_203642_report_submissions from './20261206_203642_report_submissions';
import * as migration_20261206_204629_usage_counts_portal_hosts from './20261206_204629_usage_counts_portal_hosts';
import * as migration_20261206_205201_outreach_activities from './20261206_205201_outreach_activities';
import * as migration_20261207_000000_external_video_link from './20261207_000000_external_video_link';
import * as migration_20261207_032655_citizen_feedback from './20261207_032655_citizen_feedback';
import * as migration_20261207_070854_small_video from './20261207_070854_small_video';
import * as migration_20261207_071339_needs_native_review from './20261207_071339_needs_native_review';
import * as migration_20261207_072234_broadcast from './20261207_072234_broadcast';
import * as migration_20261207_073526_social_renditions from './20261207_073526_social_renditions';

export const migrations = [
  {
    up: migration_20261206_075732_initial.up,
    down: migration_20261206_075732_initial.down,
    name: '20261206_075732_initial',
  },
  {
    up: migration_20261206_075751_ids_never_reused.up,
    down: migration_20261206_075751_ids_never_reused.down,
    name: '20261206_075751_ids_never_reused',
  },
  {
    up: migration_20261206_140244_media_storage_fields.up,
    down: migration_20261206_140244_media_storage_fields.down,
    name: '20261206_140244_media_storage_fields',
  },
  {
    up: migration_20261206_170252_notify_by_email.up,
    down: migration_20261206_170252_notify_by_email.down,
    name: '20261206_170252_notify_by_email',
  },
  {
    up: migration_20261206_172129_audit_doc_created_at.up,
    down: migration_20261206_172129_audit_doc_created_at.down,
    name: '20261206_172129_audit_doc_created_at',
  },
  {
    up: migration_20261206_174558_material_captions_media_checksums.up,
    down: migration_20261206_174558_material_captions_media_checksums.down,
    name: '20261206_174558_material_captions_media_checksums',
  },
  {
    up: migration_20261206_203642_report_submissions.up,
    down: migration_20261206_203642_report_submissions.down,
    name: '20261206_203642_report_submissions',
  },
  {
    up: migration_20261206_204629_usage_counts_portal_hosts.up,
    down: migration_20261206_204629_usage_counts_portal_hosts.down,
    name: '20261206_204629_usage_counts_portal_hosts',
  },
  {
    up: migration_20261206_205201_outreach_activities.up,
    down: migration_20261206_205201_outreach_activities.down,
    name: '20261206_205201_outreach_activities',
  },
  {
    up: migration_20261207_000000_external_video_link.up,
    down: migration_20261207_000000_external_video_link.down,
    name: '20261207_000000_external_video_link',
  },
  {
    up: migration_20261207_032655_citizen_feedback.up,
    down: migration_20261207_032655_citizen_feedback.down,
    name: '20261207_032655_citizen_feedback',
  },
  {
    up: migration_20261207_070854_small_video.up,
    down: migration_20261207_070854_small_video.down,
    name: '20261207_070854_small_video',
  },
  {
    up: migration_20261207_071339_needs_native_review.up,
    down: migration_20261207_071339_needs_native_review.down,
    name: '20261207_071339_needs_native_review',
  },
  {
    up: migration_20261207_072234_broadcast.up,
    down: migration_20261207_072234_broadcast.down,
    name: '20261207_072234_broadcast',
  },
  {
    up: migration_20261207_073526_social_renditions.up,
    down: migration_20261207_073526_social_renditions.down,
    name: '20261207_073526_social_renditions'
  },
];
