/**
 * The other parts of issue 17 the figures read: usage counters and portal sightings (usage-store),
 * approved outreach activities (activities). A source that is not there yet answers null, and its
 * targets say «Chưa có số liệu» instead of a figure.
 */
import type { Payload } from 'payload'

import type { UsageEvent } from '../vocabulary/usage'
import type { ActivityRecord, SightingRecord } from './evidence'
import type { YearRange } from './standing'

export interface UsageEvidence {
  unitsWithPortal: Set<string>
  sightings: SightingRecord[]
  usageByUnit: Map<string, Partial<Record<UsageEvent, number>>>
  provinceUsage: Partial<Record<UsageEvent, number>>
}

export async function loadUsageEvidence(_payload: Payload, _range: YearRange): Promise<UsageEvidence | null> {
  return null
}

export async function loadApprovedActivities(_payload: Payload, _range: YearRange): Promise<ActivityRecord[] | null> {
  return null
}
