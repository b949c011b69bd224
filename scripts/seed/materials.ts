import { PRINT_TEMPLATE_KINDS, slugify } from '@dvctt/cms/vocabulary'
import type { Material } from '@dvctt/cms/payload-types'

import { captionsAsset, coverAsset, jingleAsset, pdfAsset, videoAsset } from './assets'
import { need, SEED_CONTEXT, SeedError, type SeedContext } from './context'
import { COVER_SEEDS } from './data/covers'
import { type DownloadSource, MATERIAL_SEEDS, type MaterialSeed } from './data/materials'
import { PROCEDURE_SEEDS } from './data/procedures'
import { AUDIENCE_SEEDS, CAMPAIGN_SEEDS, TOPIC_SEEDS } from './data/taxonomy'
import { UNIT_SEEDS } from './data/units'
import { type MediaAsset, MediaLibrary } from './media'
import { toLexical } from './richText'
import type { Taxonomy } from './taxonomy'

const isoDate = (day: string): string => `${day}T00:00:00.000Z`

/**
 * Checks the seed data itself before anything is written, so a typo (a unit,
 * procedure code or topic that does not exist) fails at once and by name.
 */
export function validateMaterialSeeds(seeds: readonly MaterialSeed[] = MATERIAL_SEEDS): void {
  const unitNames = new Set(UNIT_SEEDS.map((u) => u.name))
  const codes = new Set(PROCEDURE_SEEDS.map((p) => p.code))
  const topicOrders = new Set(TOPIC_SEEDS.map((t) => t.order))
  const audienceKeys = new Set(AUDIENCE_SEEDS.map((a) => a.key))
  const campaignKeys = new Set(CAMPAIGN_SEEDS.map((c) => c.key))
  const slugs = new Map<string, string>()
  const problems: string[] = []
  for (const seed of seeds) {
    const where = `"${seed.title}"`
    const slug = slugify(seed.title)
    const clash = slugs.get(slug)
    if (clash) problems.push(`${where} trùng đường dẫn "${slug}" với "${clash}"`)
    slugs.set(slug, seed.title)
    if (seed.summary.length > 400) problems.push(`tóm tắt của ${where} dài ${seed.summary.length} ký tự (tối đa 400)`)
    for (const day of [seed.validFrom, seed.validUntil]) {
      if (day !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(day))
        problems.push(`ngày "${day}" của ${where} phải có dạng YYYY-MM-DD`)
    }
    if (!(seed.cover in COVER_SEEDS))
      problems.push(`${where} dùng ảnh bìa "${seed.cover}" không có trong data/covers.ts`)
    for (const name of [seed.owner, ...(seed.appliesTo ?? [])]) {
      if (!unitNames.has(name)) problems.push(`${where} nhắc đến đơn vị "${name}" không có trong data/units.ts`)
    }
    for (const code of seed.procedures ?? [])
      if (!codes.has(code)) problems.push(`${where} nhắc đến mã thủ tục "${code}" không có trong data/procedures.ts`)
    for (const order of seed.topics)
      if (!topicOrders.has(order)) problems.push(`${where} dùng chủ đề số ${order} (chỉ có 1–7)`)
    for (const key of seed.audiences)
      if (!audienceKeys.has(key)) problems.push(`${where} dùng nhóm đối tượng "${key}" không có`)
    if (seed.campaign && !campaignKeys.has(seed.campaign))
      problems.push(`${where} dùng chiến dịch "${seed.campaign}" không có`)
    if (seed.captions && seed.kind !== 'video' && seed.kind !== 'audio')
      problems.push(`${where} có phụ đề nhưng không phải video hay âm thanh`)
    if (seed.printTemplate && !PRINT_TEMPLATE_KINDS.includes(seed.kind))
      problems.push(`${where} là mẫu in nhưng không phải áp phích hay tờ rơi`)
    if (seed.translationOf && !seeds.some((s) => s.title === seed.translationOf)) {
      problems.push(`${where} là bản dịch của "${seed.translationOf}" nhưng không có tài liệu gốc đó`)
    }
  }
  if (problems.length > 0) {
    throw new SeedError(
      `Dữ liệu mẫu trong scripts/seed/data/ có ${problems.length} lỗi: ${problems.join('; ')}. Sửa các chỗ này rồi chạy lại.`,
      {
        wroteNothing: true,
      },
    )
  }
}

export async function seedMaterials(
  ctx: SeedContext,
  taxonomy: Taxonomy,
  seeds: readonly MaterialSeed[] = MATERIAL_SEEDS,
): Promise<void> {
  const library = new MediaLibrary(ctx)
  const assetsOf = (seed: MaterialSeed): MediaAsset[] => [
    coverAsset(seed.cover),
    ...(seed.downloads ?? []).flatMap((d) =>
      d.source === 'socialImage' ? [] : [downloadAsset(seed, d.source, taxonomy)],
    ),
    ...(seed.captions ? [captionsAsset(seed)] : []),
  ]
  const existing = await ctx.existing(
    'materials',
    'slug',
    seeds.map((s) => slugify(s.title)),
  )
  const missing = seeds.filter((s) => !existing.has(slugify(s.title)))
  // Only look up (and later render) the files of materials that still have to be created.
  await library.preload(missing.flatMap(assetsOf))

  const ids = new Map<string, Material['id']>()
  await ctx.each(
    'Tài liệu',
    'materials',
    seeds,
    (s) => s.title,
    async (seed) => {
      const found = existing.get(slugify(seed.title))
      if (found !== undefined) {
        ids.set(seed.title, found)
        return 'skipped'
      }
      const where = `Tài liệu "${seed.title}"`
      const files: NonNullable<Material['files']> = []
      for (const download of seed.downloads ?? []) {
        const file =
          download.source === 'socialImage'
            ? await library.ensure(coverAsset(seed.cover))
            : await library.ensure(downloadAsset(seed, download.source, taxonomy))
        files.push({ label: download.label, file })
      }
      const data = {
        title: seed.title,
        slug: slugify(seed.title),
        kind: seed.kind,
        language: seed.language ?? 'vi',
        // Every minority-language text the seed makes was written without a native speaker.
        needsNativeReview: (seed.language ?? 'vi') !== 'vi',
        translationOf: seed.translationOf ? need(ids, seed.translationOf, 'tài liệu gốc', where) : undefined,
        summary: seed.summary,
        body: toLexical(seed.body),
        coverImage: await library.ensure(coverAsset(seed.cover)),
        captions: seed.captions ? await library.ensure(captionsAsset(seed)) : undefined,
        // What an announcer reads live when the recording cannot be played (issue 20 §2).
        readingScript: seed.kind === 'audio' && seed.script ? seed.script.join('\n') : undefined,
        externalVideo: seed.externalVideo,
        files,
        topics: seed.topics.map((order) => need(taxonomy.topics, order, 'chủ đề số', where)),
        audiences: seed.audiences.map((key) => need(taxonomy.audiences, key, 'nhóm đối tượng', where)),
        campaign: seed.campaign ? need(taxonomy.campaigns, seed.campaign, 'chiến dịch', where) : undefined,
        procedures: (seed.procedures ?? []).map((code) => need(taxonomy.procedures, code, 'thủ tục', where).id),
        ownerUnit: need(taxonomy.units, seed.owner, 'đơn vị chủ trì', where).id,
        appliesTo: (seed.appliesTo ?? []).map((name) => need(taxonomy.units, name, 'đơn vị áp dụng', where).id),
        printTemplate: seed.printTemplate ?? false,
        validFrom: isoDate(seed.validFrom),
        validUntil: seed.validUntil ? isoDate(seed.validUntil) : undefined,
        _status: seed.status,
        ...reviewState(seed),
      } satisfies Omit<Material, 'id' | 'createdAt' | 'updatedAt'>
      const doc = await ctx.payload.create({
        collection: 'materials',
        data,
        draft: seed.status === 'draft',
        context: SEED_CONTEXT,
      })
      ids.set(seed.title, doc.id)
      return 'created'
    },
  )
}

/** A draft already in review: its state and the history a reviewer would have left (published ones become approved by the workflow hook). */
function reviewState(seed: MaterialSeed): Pick<Material, 'workflowStatus' | 'reviewLog'> {
  if (!seed.review) return {}
  const submitted = { action: 'submit' as const, byName: `Cộng tác viên ${seed.owner}`, at: isoDate(seed.validFrom) }
  if (seed.review.state === 'submitted') return { workflowStatus: 'submitted', reviewLog: [submitted] }
  const returned = {
    action: 'return' as const,
    byName: 'Người duyệt demo',
    at: isoDate(seed.validFrom),
    comment: seed.review.comment,
  }
  return { workflowStatus: 'returned', reviewLog: [submitted, returned] }
}

function downloadAsset(
  seed: MaterialSeed,
  source: Exclude<DownloadSource, 'socialImage'>,
  taxonomy: Taxonomy,
): MediaAsset {
  switch (source) {
    case 'printPdf':
      return pdfAsset(seed, taxonomy, false)
    case 'scriptPdf':
      return pdfAsset(seed, taxonomy, true)
    case 'audioVi':
    case 'audioHmn':
    case 'audioNews':
      return jingleAsset(source)
    case 'video':
      return videoAsset(seed)
  }
}
