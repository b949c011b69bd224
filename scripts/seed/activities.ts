import { now } from '@dvctt/cms/lib/clock'
import type { OutreachActivity } from '@dvctt/cms/payload-types'

import { type SeedContext, SEED_CONTEXT, need } from './context'
import { ACTIVITY_SEEDS, type ActivitySeed } from './data/activities'
import type { Taxonomy } from './taxonomy'

const DAY = 24 * 60 * 60 * 1000

/** Noon in Vietnam, `daysAgo` days before today: the same calendar day in every admin's time zone. */
function dayBefore(daysAgo: number): string {
  const vietnam = new Date(now().getTime() + 7 * 60 * 60 * 1000 - daysAgo * DAY)
  return new Date(`${vietnam.toISOString().slice(0, 10)}T12:00:00+07:00`).toISOString()
}

type Step = NonNullable<OutreachActivity['reviewLog']>[number]

/** The history a seed in `state` would have: submitted a day after it happened, decided two days later. */
function historyOf(seed: ActivitySeed, reviewer: { id?: number | string; name: string }): Step[] {
  if (seed.state === 'draft') return []
  const at = (days: number) => dayBefore(Math.max(0, seed.daysAgo - days))
  const submit: Step = { action: 'submit', byName: `Cộng tác viên ${seed.unit}`, at: at(1) }
  if (seed.state === 'submitted') return [submit]
  const decided: Step = {
    action: seed.state === 'approved' ? 'approve' : 'return',
    by: reviewer.id as Step['by'],
    byName: reviewer.name,
    at: at(2),
    comment: seed.comment ?? null,
  }
  return [submit, decided]
}

/**
 * A year of outreach activities in every review state (scripts/seed/data/activities.ts), some using the
 * demo's published materials. Skipped when the library already has activities, so a second run adds none.
 */
export async function seedActivities(ctx: SeedContext, taxonomy: Taxonomy): Promise<number> {
  const { payload } = ctx
  if ((await payload.count({ collection: 'outreach-activities', overrideAccess: true })).totalDocs > 0) return 0
  const [materials, reviewers] = await Promise.all([
    payload.find({
      collection: 'materials',
      where: { _status: { equals: 'published' } },
      depth: 0,
      limit: 6,
      sort: 'slug',
      select: { slug: true },
      overrideAccess: true,
    }),
    payload.find({
      collection: 'users',
      where: { role: { equals: 'reviewer' } },
      depth: 0,
      limit: 1,
      overrideAccess: true,
    }),
  ])
  const reviewer = reviewers.docs[0]
    ? { id: reviewers.docs[0].id, name: reviewers.docs[0].name || reviewers.docs[0].email }
    : { name: 'Người duyệt Sở Khoa học và Công nghệ' }
  const materialIds = materials.docs.map((doc) => doc.id)
  let created = 0
  for (const [index, seed] of ACTIVITY_SEEDS.entries()) {
    const unit = need(taxonomy.units, seed.unit, 'đơn vị', 'hoạt động tuyên truyền mẫu').id
    await payload.create({
      collection: 'outreach-activities',
      data: {
        kind: seed.kind,
        startDate: dayBefore(seed.daysAgo),
        endDate: seed.days ? dayBefore(seed.daysAgo - seed.days) : null,
        unit,
        place: seed.place ?? null,
        reach: seed.reach,
        platform: seed.platform ?? null,
        materials: materialIds.length ? [materialIds[index % materialIds.length]!] : [],
        evidence: seed.link ? [{ url: seed.link, caption: 'Bài đăng' }] : [],
        note: seed.note ?? null,
        reviewState: seed.state,
        reviewComment: seed.state === 'returned' ? (seed.comment ?? null) : null,
        reviewLog: historyOf(seed, reviewer),
      },
      depth: 0,
      overrideAccess: true,
      context: SEED_CONTEXT,
    })
    created++
  }
  return created
}
