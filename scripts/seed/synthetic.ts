import type { Payload } from 'payload'

import { type MaterialKind, slugify } from '@dvctt/cms/vocabulary'
import type { Audience, Campaign, Material, Media, Topic } from '@dvctt/cms/payload-types'

import { SEED_CONTEXT, SeedError, explain, type SeedLog, type SeedProgress } from './context'
import type { AudienceKey } from './data/taxonomy'
import { seedDemo } from './index'
import { type Block, toLexical } from './richText'
import type { ProcedureRef, UnitRef } from './taxonomy'

export interface SyntheticOptions {
  log?: SeedLog
  onProgress?: SeedProgress
  /** Seed for the pseudo-random choices; the same seed gives the same materials. */
  seed?: number
  /** Documents written per database transaction. */
  batchSize?: number
}

const KINDS: readonly MaterialKind[] = [
  'leaflet',
  'folded-leaflet',
  'poster',
  'infographic',
  'video',
  'audio',
  'procedure-list',
  'document',
]

const KIND_WORDS: Record<MaterialKind, readonly string[]> = {
  leaflet: ['Tờ rơi', 'Hướng dẫn nhanh', 'Cẩm nang bỏ túi'],
  'folded-leaflet': ['Tờ gấp', 'Tờ gấp ba', 'Tờ gấp song ngữ'],
  poster: ['Áp phích', 'Pa-nô', 'Băng rôn'],
  infographic: ['Infographic', 'Đồ họa thông tin', 'Sơ đồ'],
  video: ['Video hướng dẫn', 'Clip ngắn', 'Phóng sự'],
  audio: ['Bản tin phát thanh', 'Tiểu phẩm phát thanh', 'Chuyên mục hỏi – đáp'],
  'procedure-list': ['Danh mục thủ tục', 'Bảng niêm yết', 'Danh sách dịch vụ công'],
  document: ['Văn bản hướng dẫn', 'Kế hoạch', 'Tài liệu tập huấn'],
}

const ANGLES = [
  'làm trực tuyến tại nhà',
  'không cần đến Bộ phận Một cửa',
  'những điều cần biết',
  'các bước thực hiện',
  'giảm phí khi nộp trực tuyến',
  'nhận kết quả qua bưu điện',
  'cho đồng bào vùng cao',
  'dành cho người cao tuổi',
  'câu hỏi thường gặp',
  'lưu ý để không bị trả hồ sơ',
]

const OPENINGS = [
  'Người dân có thể thực hiện thủ tục này trên Cổng Dịch vụ công quốc gia hoặc ứng dụng VNeID, không phải đi lại nhiều lần.',
  'Tài liệu giúp bà con chuẩn bị đúng giấy tờ, nộp hồ sơ trực tuyến và theo dõi kết quả ngay trên điện thoại.',
  'Tổ công nghệ số cộng đồng ở thôn, bản dùng tài liệu này để hướng dẫn người dân từng bước.',
  'Nội dung được Bộ phận Một cửa biên soạn từ những câu hỏi người dân hay hỏi nhất.',
  'Thực hiện trực tuyến giúp tiết kiệm thời gian, chi phí và được giảm lệ phí theo quy định.',
]

const TIPS = [
  'Chụp giấy tờ rõ nét, đủ bốn góc.',
  'Kiểm tra kỹ thông tin được điền sẵn từ Cơ sở dữ liệu quốc gia về dân cư.',
  'Không cung cấp mã OTP cho bất kỳ ai.',
  'Theo dõi tin nhắn để bổ sung hồ sơ khi được yêu cầu.',
  'Lưu biên lai điện tử sau khi nộp phí.',
  'Nhờ con cháu hoặc Tổ công nghệ số cộng đồng khi chưa quen thao tác.',
  'Chọn nhận kết quả qua bưu điện nếu ở xa trụ sở xã.',
]

const AUDIENCE_KEYS: readonly AudienceKey[] = [
  'citizens',
  'business',
  'officials',
  'students',
  'digitalTeams',
  'ethnic',
  'reporters',
]

/** mulberry32: small, fast and reproducible, which is all a benchmark fixture needs. */
function random(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

interface SharedMedia {
  images: Media['id'][]
  byMime: Map<string, Media['id'][]>
}

async function sharedMedia(payload: Payload): Promise<SharedMedia> {
  const { docs } = await payload.find({ collection: 'media', pagination: false, depth: 0, limit: 500 })
  const byMime = new Map<string, Media['id'][]>()
  for (const doc of docs) byMime.set(doc.mimeType ?? '', [...(byMime.get(doc.mimeType ?? '') ?? []), doc.id])
  const images = docs.filter((d) => d.mimeType?.startsWith('image/')).map((d) => d.id)
  if (images.length === 0) {
    throw new SeedError(
      'Không có ảnh nào trong thư viện tệp để làm ảnh bìa cho tài liệu tổng hợp. Chạy "pnpm seed" trước.',
    )
  }
  return { images, byMime }
}

/** The next free sequence number (after the highest "-tmN" slug), so repeated runs never reuse a slug. */
async function nextSequence(payload: Payload): Promise<number> {
  const { docs } = await payload.find({
    collection: 'materials',
    where: { slug: { like: '-tm' } },
    select: { slug: true },
    depth: 0,
    pagination: false,
  })
  let highest = 0
  for (const doc of docs) {
    const match = doc.slug?.match(/-tm(\d+)$/)
    if (match) highest = Math.max(highest, Number(match[1]))
  }
  return highest + 1
}

/**
 * Creates `n` published materials with varied Vietnamese text on top of the
 * demo taxonomy (seeded first if missing), for benchmarks. Files are shared
 * demo media, never new uploads; writes go in batches, one transaction each.
 */
export async function seedSynthetic(
  payload: Payload,
  n: number,
  opts: SyntheticOptions = {},
): Promise<{ created: number }> {
  if (!Number.isInteger(n) || n < 0)
    throw new SeedError(`Số tài liệu tổng hợp phải là số nguyên không âm, nhận được: ${n}.`)
  const log = opts.log ?? (() => undefined)
  const { taxonomy } = await seedDemo(payload, { log })
  const media = await sharedMedia(payload)
  const rand = random(opts.seed ?? 20251010)
  const pick = <T>(list: readonly T[]): T => {
    const value = list[Math.floor(rand() * list.length)]
    if (value === undefined) throw new SeedError('Danh mục mẫu rỗng: không thể chọn giá trị cho tài liệu tổng hợp.')
    return value
  }
  const pickSome = <T>(list: readonly T[], max: number): T[] => [
    ...new Set(Array.from({ length: 1 + Math.floor(rand() * max) }, () => pick(list))),
  ]

  const procedures = [...taxonomy.procedures.values()]
  const units = [...taxonomy.units.values()]
  const owners = units.filter((u) => !u.seed.historical)
  const locals = units.filter((u) => u.seed.type === 'commune' || u.seed.type === 'ward')
  const topics = [...taxonomy.topics.values()]
  const audiences = AUDIENCE_KEYS.map((k) => taxonomy.audiences.get(k)).filter((id) => id !== undefined)
  const campaigns = [...taxonomy.campaigns.values()]
  const pdfs = media.byMime.get('application/pdf') ?? []

  const first = await nextSequence(payload)
  const batchSize = opts.batchSize ?? 250
  let created = 0
  log(`Đang tạo ${n} tài liệu tổng hợp (đã đăng) để đo hiệu năng…`)
  for (let start = 0; start < n; start += batchSize) {
    const end = Math.min(n, start + batchSize)
    const transactionID = (await payload.db.beginTransaction()) ?? undefined
    try {
      for (let i = start; i < end; i++) {
        const data = makeMaterial(first + i, {
          pick,
          pickSome,
          rand,
          procedures,
          owners,
          locals,
          topics,
          audiences,
          campaigns,
          images: media.images,
          pdfs,
          media,
        })
        await payload.create({
          collection: 'materials',
          data,
          depth: 0,
          select: { slug: true },
          context: SEED_CONTEXT,
          req: transactionID === undefined ? undefined : { transactionID },
        })
        created++
        opts.onProgress?.('Tài liệu tổng hợp', created, n)
      }
      if (transactionID !== undefined) await payload.db.commitTransaction(transactionID)
    } catch (error) {
      if (transactionID !== undefined) await payload.db.rollbackTransaction(transactionID).catch(() => undefined)
      const kept = start
      throw new SeedError(
        `Không tạo được tài liệu tổng hợp số ${first + created} (lô ${start + 1}–${end}): ${explain(error)}. ${kept} tài liệu của các lô trước đã được lưu; lô này đã được hoàn tác.`,
        { cause: error },
      )
    }
  }
  return { created }
}

interface Pools {
  pick: <T>(list: readonly T[]) => T
  pickSome: <T>(list: readonly T[], max: number) => T[]
  rand: () => number
  procedures: ProcedureRef[]
  owners: UnitRef[]
  locals: UnitRef[]
  topics: Topic['id'][]
  audiences: Audience['id'][]
  campaigns: Campaign['id'][]
  images: Media['id'][]
  pdfs: Media['id'][]
  media: SharedMedia
}

function makeMaterial(sequence: number, p: Pools): Omit<Material, 'id' | 'createdAt' | 'updatedAt'> {
  const kind = KINDS[sequence % KINDS.length] ?? 'leaflet'
  const procedure = p.pick(p.procedures)
  const related = [procedure, ...p.pickSome(p.procedures, 3)].filter((v, i, all) => all.indexOf(v) === i)
  const place = p.rand() < 0.4 ? p.pick(p.locals) : undefined
  const angle = p.pick(ANGLES)
  const title = `${p.pick(KIND_WORDS[kind])}: ${procedure.name} – ${angle}${place ? ` (${place.seed.name})` : ''}`
  const summary =
    `${p.pick(OPENINGS)} Thủ tục ${procedure.code} “${procedure.name}” thuộc lĩnh vực ${procedure.field}, ${procedure.onlineLevel === 'full' ? 'thực hiện trực tuyến toàn trình' : 'thực hiện trực tuyến một phần'}.`.slice(
      0,
      400,
    )
  const body: Block[] = [
    { p: summary },
    { h2: 'Các bước chính' },
    {
      ol: [
        'Đăng nhập Cổng Dịch vụ công quốc gia bằng tài khoản VNeID.',
        `Chọn thủ tục “${procedure.name}”.`,
        'Khai thông tin, đính kèm giấy tờ và nộp hồ sơ.',
        'Theo dõi và nhận kết quả.',
      ],
    },
    { h2: 'Lưu ý' },
    { ul: p.pickSome(TIPS, 3) },
    { link: 'Xem thủ tục trên Cổng Dịch vụ công quốc gia', url: procedure.url },
  ]
  const files: NonNullable<Material['files']> = []
  const pdf = p.pdfs.length > 0 ? p.pick(p.pdfs) : undefined
  if (pdf !== undefined) files.push({ label: 'Bản in A4', file: pdf })
  const extra =
    kind === 'video' ? p.media.byMime.get('video/mp4') : kind === 'audio' ? p.media.byMime.get('audio/wav') : undefined
  if (extra?.length)
    files.push({ label: kind === 'video' ? 'Video (MP4)' : 'Bản phát thanh (WAV)', file: p.pick(extra) })
  const day = new Date(Date.UTC(2024, 0, 1) + Math.floor(p.rand() * 700) * 86_400_000).toISOString()
  return {
    title,
    slug: `${slugify(title).slice(0, 80).replace(/-+$/, '')}-tm${sequence}`,
    kind,
    language: 'vi',
    summary,
    body: toLexical(body),
    coverImage: p.pick(p.images),
    files,
    topics: p.pickSome(p.topics, 2),
    audiences: p.pickSome(p.audiences, 3),
    campaign: p.rand() < 0.15 && p.campaigns.length > 0 ? p.pick(p.campaigns) : undefined,
    procedures: related.map((r) => r.id),
    ownerUnit: (place ?? p.pick(p.owners)).id,
    appliesTo: place ? [place.id] : [],
    validFrom: day,
    _status: 'published',
  }
}
