/**
 * Resolves the agency names a catalogue writes ("Sở Tư pháp tỉnh Lai Châu",
 * "UBND tỉnh", "Công an tỉnh") to the CMS's units. Pure. Matching ignores case
 * and diacritics, "Ủy ban nhân dân" versus "UBND", and the trailing
 * "tỉnh <Province>"; historical units (pre-2025 districts) are never matched.
 */

import { foldVietnamese } from '../../vocabulary'

export type UnitId = number | string

export interface AgencyUnit {
  id: UnitId
  name: string
  shortName?: string | null
  historical?: boolean | null
}

/** Shortest key a name may match by containment: shorter keys ("ubnd", "so") match too much. */
const MIN_CONTAINED = 6

export function agencyKey(text: string): string {
  return (
    foldVietnamese(text)
      .toLowerCase()
      .replace(/&/g, ' va ')
      .replace(/[^a-z0-9]+/g, ' ')
      .trim()
      .replace(/\buy ban nhan dan\b/g, 'ubnd')
      // "… tỉnh Lai Châu", "… tỉnh" at the end, but not "Tỉnh ủy".
      .replace(/\s+tinh(\s+(?!uy\b)[a-z ]+)?$/, '')
      .trim()
  )
}

export interface AgencyResolver {
  /** The unit a name means, or a reason in Vietnamese why none was chosen. */
  resolve(name: string): { unit: AgencyUnit } | { reason: string }
}

export function agencyResolver(units: AgencyUnit[]): AgencyResolver {
  const candidates = units
    .filter((unit) => !unit.historical)
    .flatMap((unit) =>
      [unit.name, unit.shortName]
        .filter((text): text is string => Boolean(text))
        .map((text) => ({ unit, key: agencyKey(text) })),
    )
    .filter((candidate) => candidate.key !== '')
  const cache = new Map<string, { unit: AgencyUnit } | { reason: string }>()
  const distinct = (list: typeof candidates) => [
    ...new Map(list.map((candidate) => [candidate.unit.id, candidate.unit])).values(),
  ]
  return {
    resolve(name) {
      const key = agencyKey(name)
      const cached = cache.get(key)
      if (cached) return cached
      let result: { unit: AgencyUnit } | { reason: string }
      const exact = distinct(candidates.filter((candidate) => candidate.key === key))
      if (exact.length === 1 && exact[0]) result = { unit: exact[0] }
      else if (exact.length > 1)
        result = { reason: `«${name}» khớp với nhiều đơn vị (${exact.map((unit) => unit.name).join(', ')})` }
      else {
        // The longest unit name the text contains ("Phòng Hộ tịch – Sở Tư pháp" → Sở Tư pháp), or a unit whose name contains the text.
        const contained = candidates.filter(
          (candidate) =>
            (candidate.key.length >= MIN_CONTAINED && ` ${key} `.includes(` ${candidate.key} `)) ||
            (key.length >= MIN_CONTAINED && ` ${candidate.key} `.includes(` ${key} `)),
        )
        const longest = Math.max(0, ...contained.map((candidate) => candidate.key.length))
        const best = distinct(contained.filter((candidate) => candidate.key.length === longest))
        if (best.length === 1 && best[0]) result = { unit: best[0] }
        else if (best.length > 1)
          result = { reason: `«${name}» khớp với nhiều đơn vị (${best.map((unit) => unit.name).join(', ')})` }
        else result = { reason: `không tìm thấy đơn vị «${name}» trong danh sách đơn vị` }
      }
      cache.set(key, result)
      return result
    },
  }
}
