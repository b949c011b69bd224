/**
 * Which units a material reaches through the hierarchy: its owner, the units
 * it applies to and every unit below those. The same rule as `reachesUnits` in
 * site/src/cms/siteData.ts, for incremental publishing, which reads only the
 * changed materials and so must rebuild the unit pages and widget lists of
 * every unit under them.
 */
type Ref = number | string | { id: number | string } | null | undefined

const idOf = (value: Ref): string | null => (value == null ? null : typeof value === 'object' ? String(value.id) : String(value))

export interface UnitNode {
  id: number | string
  slug?: string | null
  parent?: Ref
}

/** Slugs of the units reached (owner first, no repeats). */
export function reachedUnitSlugs(units: readonly UnitNode[], owner: Ref, appliesTo: readonly Ref[]): string[] {
  const children = new Map<string, UnitNode[]>()
  const byId = new Map<string, UnitNode>()
  for (const unit of units) {
    byId.set(String(unit.id), unit)
    const parent = idOf(unit.parent)
    if (parent) children.set(parent, [...(children.get(parent) ?? []), unit])
  }
  const seen = new Set<string>()
  const slugs: string[] = []
  const visit = (id: string | null, descend: boolean) => {
    if (!id) return
    const queue = [id]
    // `seen` also guards against a cycle in bad data.
    for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
      if (seen.has(next)) continue
      seen.add(next)
      const slug = byId.get(next)?.slug
      if (slug) slugs.push(slug)
      if (descend) queue.push(...(children.get(next) ?? []).map((u) => String(u.id)))
    }
  }
  visit(idOf(owner), false)
  for (const unit of appliesTo) visit(idOf(unit), true)
  return slugs
}
