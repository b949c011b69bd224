import { en } from '@payloadcms/translations/languages/en'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { Audiences } from './collections/Audiences'
import { AuditLog } from './collections/AuditLog'
import { Campaigns } from './collections/Campaigns'
import { ExpiredMaterials } from './collections/ExpiredMaterials'
import { Feedback } from './collections/Feedback'
import { FeedbackContacts } from './collections/FeedbackContacts'
import { Materials } from './collections/Materials'
import { OutreachActivities } from './collections/OutreachActivities'
import { BroadcastSchedules } from './collections/BroadcastSchedules'
import { Media } from './collections/Media'
import { Procedures } from './collections/Procedures'
import { ReportSubmissions } from './collections/ReportSubmissions'
import { Topics } from './collections/Topics'
import { Units } from './collections/Units'
import { UsageCounts } from './collections/UsageCounts'
import { SiteChanges } from './collections/SiteChanges'
import { Users } from './collections/Users'
import { SiteStatus } from './globals/SiteStatus'
import { IMPORT_ACTIVITIES_PATH } from './components/activities/paths'
import { COVERAGE_VIEW_PATH, IMPORT_VIEW_PATH } from './components/procedures/paths'
import { TARGETS_VIEW_PATH } from './components/reporting/paths'
import { YEARLY_REPORT_VIEW_PATH } from './components/yearlyReport/paths'
import { USAGE_VIEW_PATH } from './components/usage/paths'
import { TRANSLATIONS_WANTED_PATH } from './components/languages/paths'
import { createDatabaseAdapter } from './db'
import { isAdmin } from './access'
import { vietnameseAdminPlugin } from './i18n/adminPlugin'
import { viLanguage, viOverrides } from './i18n/vi'
import { applyScheduleTask } from './jobs/applySchedule'
import { deleteExpiredContactsTask } from './jobs/deleteExpiredContacts'
import { runsJobQueues } from './jobs/jobsPlace'
import { QUEUE_RUNS } from './jobs/queueRunner'
import { rebuildSiteTask } from './jobs/rebuildSite'
import { readServerUrl } from './lib/env'
import { emailAdapter } from './notify/emailAdapter'
import { sendsEmail } from './notify/smtpConfig'
import { cmsDir } from './lib/paths'
import { readPayloadSecret } from './lib/secret'
import { LARGEST_SIZE_LIMIT, formatMegabytes } from './uploads/policy'
import { publicApiPlugin } from './publicApi/plugin'
import { mediaStoragePlugin } from './storage/plugin'

const FORGOT_VIEW = '/components/accounts/ForgotPasswordView#ForgotPasswordView'

export default buildConfig({
  secret: readPayloadSecret(),
  serverURL: readServerUrl(),
  db: await createDatabaseAdapter(),
  // SMTP_URL + SMTP_FROM: password resets and review notifications (cms/notify/); none without them.
  email: await emailAdapter(),
  editor: lexicalEditor(),
  sharp,
  collections: [
    Materials,
    Media,
    Procedures,
    Units,
    Topics,
    Audiences,
    Campaigns,
    OutreachActivities,
    BroadcastSchedules,
    ExpiredMaterials,
    ReportSubmissions,
    Feedback,
    FeedbackContacts,
    Users,
    AuditLog,
    SiteChanges,
    UsageCounts,
  ],
  globals: [SiteStatus],
  i18n: { supportedLanguages: { vi: viLanguage, en }, fallbackLanguage: 'vi', translations: { vi: viOverrides } },
  admin: {
    user: Users.slug,
    // The gravatar default would call an outside host from every admin page.
    avatar: 'default',
    meta: {
      titleSuffix: ' · Thư viện tuyên truyền DVCTT',
      description: 'Trang quản trị Thư viện tuyên truyền dịch vụ công trực tuyến',
      openGraph: {
        description: 'Trang quản trị Thư viện tuyên truyền dịch vụ công trực tuyến',
        siteName: 'Thư viện tuyên truyền DVCTT',
      },
    },
    dateFormat: 'dd/MM/yyyy HH:mm',
    importMap: { baseDir: cmsDir },
    // Listed always, so the import map does not depend on whether this machine has SMTP.
    dependencies: {
      forgotPasswordView: { path: FORGOT_VIEW, type: 'component' },
    },
    components: {
      // The library's own mark (site/public/favicon.svg) in place of Payload's.
      graphics: { Logo: '/components/graphics/Logo#Logo', Icon: '/components/graphics/Icon#Icon' },
      providers: ['/i18n/VietnameseLabels#VietnameseLabels'],
      // In production the first administrator comes from `npm run create-admin`, not from this form.
      views: {
        createFirstUser: { Component: '/components/accounts/FirstUserView#FirstUserView' },
        // Without SMTP, «Quên mật khẩu?» says who resets passwords instead of claiming a mail was sent.
        ...(sendsEmail() ? {} : { forgot: { Component: FORGOT_VIEW } }),
        importProcedures: {
          Component: '/components/procedures/ImportProceduresView#ImportProceduresView',
          path: IMPORT_VIEW_PATH,
          meta: { title: 'Nạp danh mục thủ tục' },
        },
        importActivities: {
          Component: '/components/activities/ImportActivitiesView#ImportActivitiesView',
          path: IMPORT_ACTIVITIES_PATH,
          meta: { title: 'Nạp sổ hoạt động tuyên truyền' },
        },
        procedureCoverage: {
          Component: '/components/procedures/CoverageView#CoverageView',
          path: COVERAGE_VIEW_PATH,
          meta: { title: 'Độ phủ hướng dẫn' },
        },
        reportingTargets: {
          Component: '/components/reporting/TargetsView#TargetsView',
          path: TARGETS_VIEW_PATH,
          meta: { title: 'Chỉ tiêu kế hoạch' },
        },
        yearlyReports: {
          Component: '/components/yearlyReport/YearlyReportView#YearlyReportView',
          path: YEARLY_REPORT_VIEW_PATH,
          meta: { title: 'Báo cáo năm' },
        },
        translationsWanted: {
          Component: '/components/languages/TranslationsWantedView#TranslationsWantedView',
          path: TRANSLATIONS_WANTED_PATH,
          meta: { title: 'Cần bản dịch' },
        },
        usageStats: {
          Component: '/components/usage/UsageStatsView#UsageStatsView',
          path: USAGE_VIEW_PATH,
          meta: { title: 'Thống kê sử dụng' },
        },
      },
      afterNavLinks: [
        '/components/procedures/ProceduresNavLinks#ProceduresNavLinks',
        '/components/reporting/ReportingNavLinks#ReportingNavLinks',
        '/components/yearlyReport/NavLink#YearlyReportNavLink',
        '/components/usage/UsageNavLink#UsageNavLink',
        '/components/languages/TranslationsWantedNavLink#TranslationsWantedNavLink',
      ],
      beforeDashboard: [
        '/components/workflow/MyWork#MyWork',
        '/components/site-status/SiteStatusPanel#SiteStatusPanel',
      ],
    },
  },
  graphQL: { disablePlaygroundInProduction: true },
  // Anonymous API caps, list cache invalidation, GraphQL complexity (cms/publicApi/).
  // Media on S3 when S3_BUCKET is set, else on local disk (cms/storage/).
  plugins: [publicApiPlugin(), mediaStoragePlugin(), vietnameseAdminPlugin()],
  upload: {
    // Refuse (HTTP 413) instead of silently truncating a file that is too large.
    // The per-type limits (cms/uploads/policy.ts) are checked by the checkUpload hook.
    limits: { fileSize: LARGEST_SIZE_LIMIT },
    abortOnLimit: true,
    // Payload's default request limit is 50 MB, which would refuse a 100 MB PDF or a 500 MB video
    // with an English message: allow the largest file plus room for the form's other fields.
    requestSizeLimit: LARGEST_SIZE_LIMIT + 1024 * 1024,
    responseOnLimit: `Tệp bị từ chối: tệp quá lớn (giới hạn ${formatMegabytes(LARGEST_SIZE_LIMIT)}). Tệp chưa được lưu; các trường khác trong biểu mẫu vẫn giữ nguyên. Hãy nén hoặc chia nhỏ tệp rồi tải lên.`,
    // The parser's safeFileNames would strip the dots from "to-roi.pdf" before we see it; the
    // checkUpload hook keeps the original name as metadata and makes the stored one safe itself.
    safeFileNames: false,
  },
  jobs: {
    tasks: [rebuildSiteTask, applyScheduleTask, deleteExpiredContactsTask],
    enableConcurrencyControl: true,
    access: { run: isAdmin, queue: isAdmin, cancel: isAdmin },
    // The CMS server (unless CMS_JOBS=worker) or `npm run worker` processes jobs; scripts and the site build never do.
    shouldAutoRun: runsJobQueues,
    // The same queues and rhythm as `npm run worker` (cms/jobs/queueRunner.ts).
    autoRun: QUEUE_RUNS.map(({ cron, queue }) => ({ cron, queue, limit: 1 })),
  },
  // The CMS server (next start) says plainly when the database was never migrated, instead of
  // failing every request with "no such table" (scripts apply or check migrations themselves).
  onInit: async (payload) => {
    if (process.env.CMS_RUN_JOBS !== '1') return
    const { assertSchemaCurrent } = await import('./lib/migrations')
    await assertSchemaCurrent(payload).catch((error: Error) => payload.logger.error(error.message))
  },
  typescript: { outputFile: `${cmsDir}/payload-types.ts`, autoGenerate: false },
  telemetry: false,
})
