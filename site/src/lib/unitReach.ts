/**
 * Which units a material reaches through the hierarchy: its owner, the units
 * it applies to and every unit below those. A unit's page and widget list show
 * every material reaching it; the site's data (cms/siteData.ts) and so the
 * incremental publisher's scope follow this one rule.
 */
import { idOf } from '@dvctt/cms/vocabulary'

type Ref = number | string | { id: number | string } | null | undefined

export interface UnitNode {
  id: number | string
  slug?: string | null
  parent?: Ref
}

/** Each unit with every unit below it (itself first). */
export function unitsBelow<U extends UnitNode>(units: readonly U[]): Map<string, U[]> {
  const children = new Map<string, U[]>()
  for (const unit of units) {
    const parent = idOf(unit.parent)
    if (parent) children.set(parent, [...(children.get(parent) ?? []), unit])
  }
  const below = new Map<string, U[]>()
  for (const unit of units) {
    const reached: U[] = []
    const seen = new Set<string>()
    const queue = [unit]
    // `seen` guards against a cycle in bad data: a unit listed as its own ancestor.
    for (let next = queue.shift(); next; next = queue.shift()) {
      if (seen.has(String(next.id))) continue
      seen.add(String(next.id))
      reached.push(next)
      queue.push(...(children.get(String(next.id)) ?? []))
    }
    below.set(String(unit.id), reached)
  }
  return below
}

/** The units reached: the owner first, then each applied unit with those below it, no repeats. */
export function reachedUnits<U extends UnitNode>(
  below: Map<string, U[]>,
  owner: U | null,
  appliesTo: readonly U[],
): U[] {
  const all = [...(owner ? [owner] : []), ...appliesTo.flatMap((u) => below.get(String(u.id)) ?? [u])]
  return [...new Map(all.map((u) => [String(u.id), u])).values()]
}

/** The same from raw relationship values (IDs or documents), as slugs. */
export function reachedUnitSlugs(units: readonly UnitNode[], owner: Ref, appliesTo: readonly Ref[]): string[] {
  const byId = new Map(units.map((u) => [String(u.id), u]))
  const find = (ref: Ref) => byId.get(idOf(ref) ?? '') ?? null
  const applied = appliesTo.flatMap((ref) => find(ref) ?? [])
  return reachedUnits(unitsBelow(units), find(owner), applied).flatMap((u) => (u.slug ? [u.slug] : []))
}
