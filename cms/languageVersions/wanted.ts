import type { PayloadRequest } from 'payload'

import { allowedUnitIds, hasRole } from '../access'
import type { Material } from '../payload-types'
import { usageTotals } from '../usage/query'
import { addDays, vietnamDay } from '../usageStats/periods'
import { idOf, MINORITY_LANGUAGES, type MaterialLanguage, relationId } from '../vocabulary'

/** How many materials each language's list shows. */
export const WANTED_PER_LANGUAGE = 15
/** Views counted over the last year: a spot from two years ago that everyone read then is not wanted now. */
const VIEW_DAYS = 365

export interface WantedMaterial {
  id: string
  title: string
  unitName: string
  views: number
  createdAt: string
}

export interface WantedLanguage {
  language: MaterialLanguage
  label: string
  endonym: string
  /** Published originals in scope without a version in this language. */
  missing: number
  materials: WantedMaterial[]
}

export interface TranslationsWanted {
  /** 'views' when any material in scope was viewed in the last year, else 'newest'. */
  order: 'views' | 'newest'
  from: string
  to: string
  /** Names of the units a contributor is limited to; null for the province's team. */
  scopeUnits: string[] | null
  languages: WantedLanguage[]
}

type Lite = Pick<Material, 'id' | 'title' | 'language' | 'translationOf' | 'ownerUnit' | '_status' | 'createdAt'>

/**
 * «Cần bản dịch»: per minority language, the published Vietnamese originals with no version in it (a
 * draft version counts: someone is on it), most viewed in the last year first (the usage counters of
 * issue 17), the newest first when nothing was counted. Editors, reviewers and administrators see the
 * whole province; a unit contributor sees the materials of the units they work for.
 */
export async function translationsWanted(req: PayloadRequest, at: Date): Promise<TranslationsWanted> {
  const { payload } = req
  const read = { depth: 0, pagination: false, overrideAccess: true, req } as const
  const [materials, units, scope] = await Promise.all([
    payload.find({
      collection: 'materials',
      ...read,
      select: { title: true, language: true, translationOf: true, ownerUnit: true, _status: true, createdAt: true },
    }),
    payload.find({ collection: 'units', ...read, select: { name: true } }),
    hasRole(req.user, 'contributor') ? allowedUnitIds(req) : Promise.resolve(null),
  ])
  const unitNames = new Map(units.docs.map((u) => [String(u.id), u.name]))
  const docs = materials.docs as Lite[]
  const has = new Map<string, Set<string>>()
  for (const doc of docs) {
    const original = idOf(doc.translationOf)
    if (original) has.set(original, (has.get(original) ?? new Set()).add(doc.language))
  }
  const inScope = scope ? new Set(scope.map(String)) : null
  const originals = docs.filter(
    (doc) =>
      doc.language === 'vi' &&
      relationId(doc.translationOf) === null &&
      doc._status === 'published' &&
      (!inScope || inScope.has(idOf(doc.ownerUnit) ?? '')),
  )
  const to = vietnamDay(at)
  const from = addDays(to, -(VIEW_DAYS - 1))
  const totals = await usageTotals(payload, { from, to, materials: originals.map((doc) => doc.id) })
  const views = new Map(totals.materials.map((row) => [row.material, row.counts.view]))
  const order = totals.materials.some((row) => row.counts.view > 0) ? 'views' : 'newest'
  const rows: WantedMaterial[] = originals.map((doc) => ({
    id: String(doc.id),
    title: doc.title,
    unitName: unitNames.get(idOf(doc.ownerUnit) ?? '') ?? '',
    views: views.get(String(doc.id)) ?? 0,
    createdAt: doc.createdAt,
  }))
  rows.sort((a, b) => b.views - a.views || b.createdAt.localeCompare(a.createdAt))
  const languages = MINORITY_LANGUAGES.map(({ value, label, endonym }) => {
    const wanted = rows.filter((row) => !has.get(row.id)?.has(value))
    return {
      language: value,
      label: label.vi,
      endonym,
      missing: wanted.length,
      materials: wanted.slice(0, WANTED_PER_LANGUAGE),
    }
  })
  const scopeUnits = scope ? scope.map((id) => unitNames.get(String(id)) ?? String(id)) : null
  return { order, from, to, scopeUnits, languages }
}
