/**
 * The reporting benchmarks' province (issue 17): `units` reporting units (a
 * quarter departments, the rest communes) each with a portal host, two
 * published materials per unit, `usageEvents` usage events of one calendar year
 * stored as daily counters (≈ 45,000 rows, exactly `usageEvents` in sum, two
 * thirds of the units' portals seen embedding), and `activities` approved
 * outreach activities spread over the year. Shared by reportSeconds
 * (reporting-report.ts) and dashboardMs. Deterministic; writes through the
 * Local API and the usage counter store, as the CMS itself does.
 */
import type { Payload } from 'payload'

import { type CounterIncrement, counterStore } from '@dvctt/cms/usage/db'
import type { UsageEvent } from '@dvctt/cms/vocabulary'

import { SEED_CONTEXT } from '../seed/context'

export interface ReportingDatasetOptions {
  year: number
  units?: number
  usageEvents?: number
  activities?: number
  log?: (line: string) => void
}

export interface ReportingDataset {
  year: number
  province: string | number
  units: (string | number)[]
  materials: (string | number)[]
  counterRows: number
}

const KINDS = [
  'loudspeaker',
  'conference',
  'training-team',
  'training-staff',
  'print',
  'portal-post',
  'social-post',
  'school',
  'other',
] as const
const EVENTS: UsageEvent[] = ['view', 'download', 'qr']
const DAY_STEP = 3

const pad = (n: number) => String(n).padStart(2, '0')
const dayOfYear = (year: number, index: number): string => {
  const date = new Date(Date.UTC(year, 0, 1 + index))
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`
}

async function createUnits(payload: Payload, count: number) {
  const create = (data: Record<string, unknown>) =>
    payload.create({ collection: 'units', data: data as never, context: SEED_CONTEXT })
  const province = await create({ name: 'UBND tỉnh Thử Nghiệm', type: 'province' })
  await create({ name: 'Sở Khoa học và Công nghệ', shortName: 'Sở KH&CN', type: 'department', parent: province.id })
  const units: { id: string | number; host: string }[] = []
  for (let i = 0; i < count - 1; i++) {
    const department = i < count / 4
    const host = `donvi${i + 1}.thunghiem.gov.vn`
    const unit = await create({
      name: department ? `Sở Thử nghiệm số ${i + 1}` : `Xã Thử Nghiệm ${i + 1}`,
      type: department ? 'department' : 'commune',
      parent: province.id,
      portalHosts: [{ host }],
    })
    units.push({ id: unit.id, host })
  }
  return { province: province.id, units }
}

async function createMaterials(payload: Payload, units: { id: string | number }[]) {
  const materials: { id: string | number; unit: number }[] = []
  for (const [index, unit] of units.entries()) {
    for (let n = 1; n <= 2; n++) {
      const material = await payload.create({
        collection: 'materials',
        data: {
          title: `Hướng dẫn dịch vụ công trực tuyến ${index + 1}.${n}`,
          kind: 'leaflet',
          language: 'vi',
          summary: 'Tài liệu của bộ dữ liệu đo hiệu năng báo cáo năm.',
          ownerUnit: unit.id as number,
          _status: 'published',
        },
        context: SEED_CONTEXT,
      })
      materials.push({ id: material.id, unit: index })
    }
  }
  return materials
}

/** Counter rows summing to exactly `total` events: every third day, per material and event, plus portal embeds. */
function counterRows(year: number, materials: { id: string | number; unit: number }[], hosts: string[], total: number) {
  const days = Array.from({ length: Math.ceil(365 / DAY_STEP) }, (_, i) => dayOfYear(year, i * DAY_STEP))
  const keys: Omit<CounterIncrement, 'count'>[] = []
  for (const day of days) {
    for (const material of materials) {
      for (const event of EVENTS) keys.push({ day, material: String(material.id), event, file: '', host: '' })
      const host = hosts[material.unit]
      if (host && material.unit % 3 !== 2)
        keys.push({ day, material: String(material.id), event: 'embed-widget', file: '', host })
    }
  }
  const base = Math.floor(total / keys.length)
  const extra = total - base * keys.length
  return keys.map((key, i) => ({ ...key, count: base + (i < extra ? 1 : 0) })).filter((row) => row.count > 0)
}

async function createActivities(
  payload: Payload,
  year: number,
  units: (string | number)[],
  materials: (string | number)[],
  count: number,
) {
  for (let i = 0; i < count; i++) {
    const kind = KINDS[i % KINDS.length] ?? 'other'
    const day = dayOfYear(year, (i * 7) % 360)
    await payload.create({
      collection: 'outreach-activities',
      data: {
        kind,
        ...(kind === 'social-post' ? { platform: 'zalo' as const } : {}),
        unit: units[i % units.length] as number,
        startDate: `${day}T02:00:00.000Z`,
        materials: [materials[i % materials.length] as number],
        reach: { people: 20 + (i % 50), copies: 100, minutes: 15, times: 1 },
        place: `Thôn ${1 + (i % 12)}`,
        reviewState: 'approved',
      },
      context: SEED_CONTEXT,
    })
  }
}

export async function buildReportingDataset(
  payload: Payload,
  options: ReportingDatasetOptions,
): Promise<ReportingDataset> {
  const { year, units: unitCount = 60, usageEvents = 1_000_000, activities = 5_000 } = options
  const log = options.log ?? (() => undefined)
  log(`› dữ liệu: ${unitCount} đơn vị báo cáo, tài liệu…`)
  const { province, units } = await createUnits(payload, unitCount)
  const materials = await createMaterials(payload, units)
  log(`› dữ liệu: ${usageEvents.toLocaleString('vi-VN')} lượt sử dụng thành bộ đếm theo ngày…`)
  const rows = counterRows(
    year,
    materials,
    units.map((u) => u.host),
    usageEvents,
  )
  const store = counterStore(payload)
  for (let start = 0; start < rows.length; start += 2000) await store.add(rows.slice(start, start + 2000))
  log(`› dữ liệu: ${activities.toLocaleString('vi-VN')} hoạt động đã duyệt…`)
  await createActivities(
    payload,
    year,
    units.map((u) => u.id),
    materials.map((m) => m.id),
    activities,
  )
  return {
    year,
    province,
    units: units.map((u) => u.id),
    materials: materials.map((m) => m.id),
    counterRows: rows.length,
  }
}
