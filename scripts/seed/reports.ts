import { now } from '@dvctt/cms/lib/clock'

import { SEED_CONTEXT, type SeedContext } from './context'
import { REPORT_SEEDS } from './data/reports'
import type { Taxonomy } from './taxonomy'

const vietnamYear = (at: Date): number => new Date(at.getTime() + 7 * 3600_000).getUTCFullYear()

/**
 * The demo's yearly reports (data/reports.ts): one read of what exists, then
 * only the missing ones, so a second seed writes nothing. A report whose unit
 * is not in the demo is skipped.
 */
export async function seedReports(ctx: SeedContext, taxonomy: Taxonomy): Promise<number> {
  const thisYear = vietnamYear(now())
  const wanted = REPORT_SEEDS.flatMap((seed) => {
    const unit = taxonomy.units.get(seed.unit)
    return unit ? [{ seed, unit: unit.id, year: thisYear + seed.yearOffset }] : []
  })
  const existing = await ctx.payload.find({
    collection: 'report-submissions',
    where: { key: { in: wanted.map((w) => `${w.unit}:${w.year}`) } },
    pagination: false,
    depth: 0,
    select: { key: true },
  })
  const have = new Set(existing.docs.map((d) => d.key))
  let created = 0
  for (const { seed, unit, year } of wanted) {
    if (have.has(`${unit}:${year}`)) continue
    const submittedAt = seed.submittedOnDecember
      ? new Date(Date.UTC(year, 11, seed.submittedOnDecember, 2)).toISOString()
      : undefined
    await ctx.payload.create({
      collection: 'report-submissions',
      data: {
        unit,
        year,
        state: submittedAt ? 'submitted' : 'draft',
        submittedAt,
        documentNumber: seed.documentNumber,
        difficulties: seed.difficulties,
        proposals: seed.proposals,
        notes: { direction: seed.direction },
      },
      context: SEED_CONTEXT,
    })
    created++
  }
  return created
}
