/** Per-unit and province totals for the year: approved activities by kind, reach, usage, materials. */
import type { UsageEvent } from '../vocabulary/usage'
import type { ActivityRecord, YearEvidence } from './evidence'
import { emptyTally, tallyFeedback } from './feedback'
import type { ReachTotals, UnitTotals } from './types'

const REACH_KEYS: (keyof ReachTotals)[] = ['people', 'copies', 'minutes', 'times']

export const emptyReach = (): ReachTotals => ({ people: 0, copies: 0, minutes: 0, times: 0 })

function addActivities(
  activities: readonly ActivityRecord[],
): Pick<UnitTotals, 'activities' | 'activityCount' | 'reach'> {
  const byKind: Record<string, number> = {}
  const reach = emptyReach()
  for (const activity of activities) {
    byKind[activity.kind] = (byKind[activity.kind] ?? 0) + 1
    for (const key of REACH_KEYS) {
      const value = activity.reach[key]
      if (typeof value === 'number' && Number.isFinite(value)) reach[key] += value
    }
  }
  return { activities: byKind, activityCount: activities.length, reach }
}

export function unitTotals(e: YearEvidence): UnitTotals[] {
  const activitiesOf = new Map<string, ActivityRecord[]>()
  for (const activity of e.activities ?? []) {
    const list = activitiesOf.get(activity.unit) ?? []
    list.push(activity)
    activitiesOf.set(activity.unit, list)
  }
  const feedback = e.feedback ? tallyFeedback(e.feedback, e.helpfulness ?? []).byUnit : null
  const materialsOf = new Map<string, number>()
  for (const material of e.materials)
    materialsOf.set(material.ownerUnit, (materialsOf.get(material.ownerUnit) ?? 0) + 1)
  return e.units.map((unit) => {
    const id = String(unit.id)
    return {
      unit: unit.id,
      ...addActivities(activitiesOf.get(id) ?? []),
      usage: { ...(e.usageByUnit?.get(id) ?? {}) },
      materialsPublished: materialsOf.get(id) ?? 0,
      ...(feedback ? { feedback: feedback.get(id) ?? emptyTally() } : {}),
    }
  })
}

export function provinceTotals(e: YearEvidence): Omit<UnitTotals, 'unit'> {
  const usage: Partial<Record<UsageEvent, number>> = { ...(e.provinceUsage ?? {}) }
  const feedback = e.feedback ? { feedback: tallyFeedback(e.feedback, e.helpfulness ?? []).province } : {}
  return { ...addActivities(e.activities ?? []), usage, materialsPublished: e.materials.length, ...feedback }
}
