import type { Payload } from 'payload'

import {
  COLLECTION_LABELS,
  SeedContext,
  type SeededCollection,
  type SeedLog,
  type SeedProgress,
  type Tally,
} from './context'
import { seedActivities } from './activities'
import { seedBroadcastSchedules } from './broadcastSchedules'
import { writeSampleCatalogues } from './catalogueFile'
import { seedMaterials, validateMaterialSeeds } from './materials'
import { seedReports } from './reports'
import { seedTaxonomy, type Taxonomy } from './taxonomy'
import { seedUsage } from './usage'
import { seedUsers } from './users'

export {
  CAPTION_SAMPLE,
  DAO_SPOT_TITLE,
  DRAFT_SAMPLE_TITLE,
  HMONG_POSTER_SUMMARY,
  HMONG_POSTER_TITLE,
  OTP_POSTER_TITLE,
  TAI_SPOT_TITLE,
  EXTERNAL_VIDEO_SAMPLE,
  PUBLISHED_SAMPLE_TITLE,
  RADIO_SPOT_TITLE,
} from './data/materials'
export { DEMO_LOGIN, DEMO_USERS, demoUsersAllowed } from './users'
export { SeedError } from './context'
export { validateMaterialSeeds } from './materials'
export type { Taxonomy } from './taxonomy'

export interface SeedOptions {
  log?: SeedLog
  /** Called after each document of a step; the CLI draws a counter from it. */
  onProgress?: SeedProgress
}

export interface SeedSummary {
  /** Per collection: documents created by this run, and those already there. */
  counts: Record<SeededCollection, Tally>
  created: number
  skipped: number
  milliseconds: number
  /** Ids of the demo taxonomy, for seeders that build on it (synthetic materials, tests). */
  taxonomy: Taxonomy
}

/**
 * Seeds Lai Châu's demo library: units, the plan's seven topics, audiences,
 * campaigns, ≥ 60 procedures, demo users and ≥ 40 materials with generated
 * covers, PDFs, audio, captions and videos. Safe to run again: whatever
 * exists (by slug, procedure code, e-mail or file name) is left as it is.
 */
export async function seedDemo(payload: Payload, opts: SeedOptions = {}): Promise<SeedSummary> {
  const started = Date.now()
  const log = opts.log ?? (() => undefined)
  validateMaterialSeeds()
  const ctx = new SeedContext(payload, log, opts.onProgress)
  log('Đang tạo danh mục: đơn vị, chủ đề, đối tượng, chiến dịch, thủ tục hành chính…')
  const taxonomy = await seedTaxonomy(ctx)
  await seedUsers(ctx, taxonomy)
  log('Đang tạo tài liệu tuyên truyền và tệp minh họa (ảnh bìa, PDF, âm thanh, video)…')
  await seedMaterials(ctx, taxonomy)
  const activities = await seedActivities(ctx, taxonomy)
  if (activities > 0)
    log(`Đã tạo ${activities} hoạt động tuyên truyền mẫu (một năm, đủ các trạng thái duyệt, hai hoạt động bị trả lại).`)
  const schedules = await seedBroadcastSchedules(ctx, taxonomy)
  if (schedules > 0) log(`Đã tạo ${schedules} lịch phát thanh mẫu cho loa truyền thanh xã (Sìn Hồ, Nậm Tăm).`)
  const reports = await seedReports(ctx, taxonomy)
  if (reports > 0) log(`Đã tạo ${reports} báo cáo năm mẫu (năm trước đã nộp, một bản nộp muộn; năm nay bản nháp).`)
  const usageRows = await seedUsage(ctx, taxonomy)
  if (usageRows > 0) log(`Đã tạo ${usageRows} dòng số lượt sử dụng cho một năm (xem, tải, phát, nhúng, quét mã QR).`)
  // A realistic province catalogue (with three bad rows) for trying the admin's import.
  const [sample] = await writeSampleCatalogues()
  log(`Tệp danh mục thủ tục mẫu để thử nạp: ${sample}`)
  const counts = ctx.tally
  const totals = Object.values(counts).reduce(
    (sum, t) => ({ created: sum.created + t.created, skipped: sum.skipped + t.skipped }),
    { created: 0, skipped: 0 },
  )
  return { counts, ...totals, milliseconds: Date.now() - started, taxonomy }
}

/** "Đã tạo 47 tài liệu, 67 thủ tục, … (bỏ qua 12 đã có)". */
export function describeSummary(summary: Pick<SeedSummary, 'counts' | 'skipped' | 'milliseconds'>): string {
  const order: SeededCollection[] = [
    'materials',
    'procedures',
    'units',
    'media',
    'topics',
    'audiences',
    'campaigns',
    'users',
  ]
  const parts = order.map((c) => `${summary.counts[c].created} ${COLLECTION_LABELS[c]}`)
  const seconds = (summary.milliseconds / 1000).toFixed(1).replace('.', ',')
  return `Đã tạo ${parts.join(', ')} (bỏ qua ${summary.skipped} đã có) trong ${seconds} giây.`
}
