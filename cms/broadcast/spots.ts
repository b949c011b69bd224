import type { PayloadRequest } from 'payload'

import type { BroadcastSchedule, Material, Media } from '../payload-types'
import { type DocId, relationId } from '../vocabulary'

export interface SpotInfo {
  id: Material['id']
  title: string
  /** Seconds of the broadcast rendition (or of the original audio when none was made). */
  seconds: number | null
  readingScript: string | null
}

const audioSeconds = (material: Material): number | null => {
  for (const entry of material.files ?? []) {
    const media = entry.file as Media | number | string
    if (typeof media !== 'object' || !media.mimeType?.startsWith('audio/')) continue
    return media.broadcast?.durationSeconds ?? media.durationSeconds ?? null
  }
  return null
}

/** A schedule's spots in its order, with their running time: what the sheet prints and a confirmation counts. */
export async function readSpots(req: PayloadRequest, schedule: BroadcastSchedule): Promise<SpotInfo[]> {
  const ids = (schedule.spots ?? []).map(relationId).filter((id): id is DocId => id !== null)
  if (!ids.length) return []
  const { docs } = await req.payload.find({
    collection: 'materials',
    where: { id: { in: ids } },
    depth: 1,
    pagination: false,
    overrideAccess: true,
    select: { title: true, files: true, readingScript: true },
    req,
  })
  const byId = new Map(docs.map((doc) => [String(doc.id), doc as Material]))
  return ids.flatMap((id) => {
    const material = byId.get(String(id))
    return material
      ? [
          {
            id: material.id,
            title: material.title,
            seconds: audioSeconds(material),
            readingScript: material.readingScript ?? null,
          },
        ]
      : []
  })
}

/** Minutes on air for one day: every spot, `timesPerDay` times, rounded up to the whole minute. */
export function minutesOnAir(spots: readonly SpotInfo[], timesPerDay: number): number {
  const seconds = spots.reduce((sum, spot) => sum + (spot.seconds ?? 0), 0)
  return Math.ceil((seconds * timesPerDay) / 60)
}
