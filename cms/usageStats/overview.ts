import type { PayloadRequest } from 'payload'

import { usageByDay, usageTotals } from '../usage/query'
import { type CatalogueMaterial, type UsageCatalogue, inScope, loadCatalogue } from './catalogue'
import { type UsageFigures, emptyFigures, figuresOf } from './columns'
import { type DayRange, type UsagePeriod, describeRange, periodRange } from './periods'
import { type SeriesPoint, usageSeries } from './series'

/** A row of the per-unit or per-topic table; `id` null for «no unit» / «no topic». */
export interface GroupRow {
  id: string | null
  name: string
  materials: number
  figures: UsageFigures
}

export interface MaterialRow {
  id: string
  title: string
  unit: string
  figures: UsageFigures
}

/** What «Thống kê sử dụng» shows for one period. */
export interface UsageOverview {
  period: UsagePeriod
  range: DayRange
  title: string
  province: UsageFigures
  /** A unit contributor's own units, with their figures; null for the province's team (they see every unit). */
  scope: { units: string[]; figures: UsageFigures } | null
  byUnit: GroupRow[]
  byTopic: GroupRow[]
  topMaterials: MaterialRow[]
  series: SeriesPoint[]
}

export const TOP_MATERIALS = 10
const NO_UNIT = 'Chưa có đơn vị phụ trách'
const NO_TOPIC = 'Chưa gắn chủ đề'
const collator = new Intl.Collator('vi')

const addFigures = (sum: UsageFigures, figures: UsageFigures): void => {
  for (const key of Object.keys(figures) as (keyof UsageFigures)[]) sum[key] += figures[key]
}

function addTo(groups: Map<string | null, GroupRow>, id: string | null, name: string, figures: UsageFigures): void {
  const row = groups.get(id) ?? { id, name, materials: 0, figures: emptyFigures() }
  row.materials += 1
  addFigures(row.figures, figures)
  groups.set(id, row)
}

/** Named rows in Vietnamese order, the «none» row last. */
const ordered = (groups: Map<string | null, GroupRow>): GroupRow[] =>
  [...groups.values()].sort((a, b) => (a.id === null ? 1 : b.id === null ? -1 : collator.compare(a.name, b.name)))

function group(catalogue: UsageCatalogue, perMaterial: Map<string, UsageFigures>) {
  const byUnit = new Map<string | null, GroupRow>()
  const byTopic = new Map<string | null, GroupRow>()
  const top: MaterialRow[] = []
  const scope = emptyFigures()
  const visible: CatalogueMaterial[] = [...catalogue.materials.values()].filter((m) => inScope(catalogue, m))
  for (const material of visible) {
    const figures = perMaterial.get(material.id) ?? emptyFigures()
    addFigures(scope, figures)
    const unitName = material.unit ? (catalogue.unitNames.get(material.unit) ?? '') : ''
    addTo(byUnit, material.unit, unitName || NO_UNIT, figures)
    if (material.topics.length === 0) addTo(byTopic, null, NO_TOPIC, figures)
    for (const topic of material.topics) addTo(byTopic, topic, catalogue.topicNames.get(topic) ?? topic, figures)
    if (figures.total > 0) top.push({ id: material.id, title: material.title, unit: unitName, figures })
  }
  top.sort((a, b) => b.figures.total - a.figures.total || collator.compare(a.title, b.title))
  return { byUnit: ordered(byUnit), byTopic: ordered(byTopic), topMaterials: top.slice(0, TOP_MATERIALS), scope }
}

/**
 * Usage per unit (the unit that owns the material), per topic (a material with two topics counts in
 * both) and per material for a period, with the province's totals and a series for the chart. The sums
 * are the database's (cms/usage/query.ts); counts of materials since deleted stay in the province's totals.
 */
export async function usageOverview(req: PayloadRequest, period: UsagePeriod, at: Date): Promise<UsageOverview> {
  const range = periodRange(period, at)
  const catalogue = await loadCatalogue(req)
  const units = catalogue.scope ? [...catalogue.scope] : undefined
  const [totals, days] = await Promise.all([
    usageTotals(req.payload, range),
    usageByDay(req.payload, { ...range, units }),
  ])
  const perMaterial = new Map(totals.materials.map(({ material, counts }) => [material, figuresOf(counts)]))
  const { scope, ...groups } = group(catalogue, perMaterial)
  const scopeUnits = units?.map((id) => catalogue.unitNames.get(id) ?? id).sort(collator.compare)
  return {
    period,
    range,
    title: describeRange(period, range),
    province: figuresOf(totals.total),
    scope: scopeUnits ? { units: scopeUnits, figures: scope } : null,
    ...groups,
    series: usageSeries(period, days),
  }
}
