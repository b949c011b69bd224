import type { PayloadRequest } from 'payload'

import { allowedUnitIds, hasRole } from '../access'
import { idOf, idsOf } from '../vocabulary/ids'

export interface CatalogueMaterial {
  id: string
  title: string
  unit: string | null
  topics: string[]
}

/** The materials, units and topics the usage figures are grouped by, and what this person may see. */
export interface UsageCatalogue {
  materials: Map<string, CatalogueMaterial>
  unitNames: Map<string, string>
  topicNames: Map<string, string>
  /** The units whose materials this person sees one by one; null: every unit (the province's team). */
  scope: Set<string> | null
}

/**
 * Every material (unpublished ones too: a material taken down keeps its counts), with its owning unit and
 * topics. A unit contributor sees their own units' materials (cms/access/unitScope.ts), the province's
 * team sees all; everyone sees the province's totals.
 */
export async function loadCatalogue(req: PayloadRequest): Promise<UsageCatalogue> {
  const { payload } = req
  const read = { depth: 0, pagination: false, overrideAccess: true, req } as const
  const [materials, units, topics, scope] = await Promise.all([
    payload.find({ collection: 'materials', ...read, select: { title: true, ownerUnit: true, topics: true } }),
    payload.find({ collection: 'units', ...read, select: { name: true } }),
    payload.find({ collection: 'topics', ...read, select: { name: true } }),
    hasRole(req.user, 'contributor') ? allowedUnitIds(req) : Promise.resolve(null),
  ])
  return {
    materials: new Map(
      materials.docs.map((m) => [
        String(m.id),
        { id: String(m.id), title: m.title, unit: idOf(m.ownerUnit), topics: idsOf(m.topics) },
      ]),
    ),
    unitNames: new Map(units.docs.map((u) => [String(u.id), u.name])),
    topicNames: new Map(topics.docs.map((t) => [String(t.id), t.name])),
    scope: scope ? new Set(scope.map(String)) : null,
  }
}

/** Whether this person sees this material's counts one by one. */
export const inScope = (catalogue: UsageCatalogue, material: CatalogueMaterial | undefined): boolean =>
  Boolean(material) && (catalogue.scope === null || (material?.unit != null && catalogue.scope.has(material.unit)))
