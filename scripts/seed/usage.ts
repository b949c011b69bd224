import type { Payload } from 'payload'

import { type CounterIncrement, counterStore } from '@dvctt/cms/usage/db'
import { usageDay } from '@dvctt/cms/usage/day'

import type { SeedContext } from './context'
import type { Taxonomy } from './taxonomy'

/**
 * Units whose portal shows the library in the demo (their seeded portal hosts), from the month they
 * started. Xã Sìn Hồ is left out on purpose: the acceptance walk sets its portal and watches it appear.
 */
const PORTAL_EMBEDS: readonly [unit: string, fromMonthsAgo: number][] = [
  ['UBND tỉnh Lai Châu', 11],
  ['Sở Khoa học và Công nghệ', 10],
  ['Sở Tư pháp', 6],
  ['Phường Tân Phong', 8],
  ['Phường Đoàn Kết', 3],
  ['Xã Bình Lư', 5],
  ['Xã Tam Đường', 2],
  ['Xã Than Uyên', 1],
]

/** An embedding host that is no unit's portal: counted, but evidence for nobody. */
const OTHER_EMBEDDER = 'tinhdoan.laichau.gov.vn'

const DAY_MS = 86_400_000

/** mulberry32: the same demo counters on every run. */
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

interface SeedMaterial {
  id: string
  kind: string
  files: string[]
}

async function publishedMaterials(payload: Payload): Promise<SeedMaterial[]> {
  const found = await payload.find({
    collection: 'materials',
    where: { _status: { equals: 'published' } },
    select: { kind: true, files: true },
    depth: 0,
    pagination: false,
    sort: 'id',
  })
  return found.docs.map((doc) => ({
    id: String(doc.id),
    kind: doc.kind,
    files: (doc.files ?? []).map((row) => String(typeof row.file === 'object' ? row.file.id : row.file)),
  }))
}

/** The rows of one material over the year: weekly views, monthly downloads, plays and QR scans. */
function materialRows(material: SeedMaterial, days: string[], next: () => number): CounterIncrement[] {
  const rows: CounterIncrement[] = []
  const add = (day: string | undefined, event: CounterIncrement['event'], count: number, file = ''): void => {
    if (day && count > 0) rows.push({ day, material: material.id, event, file, host: '', count })
  }
  const popularity = 0.3 + next() * 1.7
  for (let week = 0; week * 7 < days.length; week++) {
    add(days[week * 7 + Math.floor(next() * 7)], 'view', Math.round((5 + next() * 60) * popularity))
  }
  const playable = material.kind === 'video' || material.kind === 'audio'
  const printed = material.kind === 'leaflet' || material.kind === 'poster' || material.kind === 'folded-leaflet'
  for (let month = 0; month * 30 < days.length; month++) {
    const day = (): string | undefined => days[month * 30 + Math.floor(next() * 30)]
    const file = material.files[Math.floor(next() * material.files.length)]
    if (file) add(day(), 'download', Math.round((1 + next() * 15) * popularity), file)
    if (playable) {
      const plays = Math.round((3 + next() * 30) * popularity)
      const playDay = day()
      add(playDay, 'play', plays)
      add(playDay, 'play75', Math.round(plays * (0.3 + next() * 0.4)))
    }
    if (printed) add(day(), 'qr', Math.round(next() * 12 * popularity))
  }
  return rows
}

/** Widget and iframe loads from the portals of PORTAL_EMBEDS and from one host that is no unit's. */
function embedRows(
  taxonomy: Taxonomy,
  materials: SeedMaterial[],
  days: string[],
  next: () => number,
): CounterIncrement[] {
  const rows: CounterIncrement[] = []
  const embedders: [host: string, fromMonthsAgo: number][] = [[OTHER_EMBEDDER, 4]]
  for (const [name, months] of PORTAL_EMBEDS) {
    const portal = taxonomy.units.get(name)?.seed.portalUrl
    if (portal) embedders.push([new URL(portal).hostname, months])
  }
  for (const [host, months] of embedders) {
    const shown = [0, 1, 2].map(() => materials[Math.floor(next() * materials.length)]).filter((m) => m !== undefined)
    for (let day = days.length - months * 30; day < days.length; day += 3 + Math.floor(next() * 5)) {
      for (const material of shown) {
        const event = next() < 0.6 ? 'embed-widget' : 'embed-page'
        rows.push({
          day: days[Math.max(0, day)] ?? '',
          material: material.id,
          event,
          file: '',
          host,
          count: 1 + Math.floor(next() * 20),
        })
      }
    }
  }
  return rows
}

/**
 * A plausible year of usage counters for the demo library (the 365 days before today): about 3,000
 * rows, written as the beacon endpoint writes them. Skipped when the library already has counters.
 */
export async function seedUsage(ctx: SeedContext, taxonomy: Taxonomy): Promise<number> {
  const { payload } = ctx
  if ((await payload.count({ collection: 'usage-counts' })).totalDocs > 0) return 0
  const materials = await publishedMaterials(payload)
  const today = Date.now()
  const days = Array.from({ length: 365 }, (_, index) => usageDay(new Date(today - (365 - index) * DAY_MS)))
  const next = random(17)
  const rows = [
    ...materials.flatMap((material) => materialRows(material, days, next)),
    ...embedRows(taxonomy, materials, days, next),
  ]
  // Two draws can land on one row: sum them, as the endpoint's flush would.
  const merged = new Map<string, CounterIncrement>()
  for (const row of rows) {
    const key = `${row.day}|${row.material}|${row.event}|${row.file}|${row.host}`
    const seen = merged.get(key)
    if (seen) seen.count += row.count
    else merged.set(key, { ...row })
  }
  await counterStore(payload).add([...merged.values()])
  return merged.size
}
