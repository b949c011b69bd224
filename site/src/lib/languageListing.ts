/**
 * What a language's landing page (`/hmn/`, `/tai/`, `/dao/`) lists (issue 20 §1): every material
 * in that language and, for each Vietnamese material with no version in it, the Vietnamese one
 * marked as a fallback, in the library's own order (newest first). That order keeps the landing
 * page a listing like the others: an edited material only moves up, so the incremental build's
 * partial listings (cms/buildRecord.ts) stay right. A version in a third language stands in for nothing.
 */
export interface Versioned {
  id: string | number
  language: string
  versions: { id: string | number }[]
}

export interface LanguageItem<T> {
  material: T
  /** True when this is the Vietnamese material standing in for a missing version. */
  fallback: boolean
}

export function languageListing<T extends Versioned>(materials: T[], language: string): LanguageItem<T>[] {
  const covered = new Set(
    materials.filter((m) => m.language === language).flatMap((m) => m.versions.map((v) => String(v.id))),
  )
  return materials.flatMap((material): LanguageItem<T>[] => {
    if (material.language === language) return [{ material, fallback: false }]
    if (material.language === 'vi' && !covered.has(String(material.id))) return [{ material, fallback: true }]
    return []
  })
}

/** How many materials of a listing are in each language other than Vietnamese (the listings' language links). */
export function languageCounts(materials: { language: string }[]): Map<string, number> {
  const counts = new Map<string, number>()
  for (const m of materials) if (m.language !== 'vi') counts.set(m.language, (counts.get(m.language) ?? 0) + 1)
  return counts
}

/** The listings a language's materials can be narrowed to, as `/<language>/<group>/<slug>/`. */
export const LANGUAGE_GROUPS = ['loai', 'chu-de', 'don-vi'] as const
export type LanguageGroup = (typeof LANGUAGE_GROUPS)[number]

export interface Placed {
  language: string
  kind: { path: string; label: string }
  topics: { slug?: string | null; name: string }[]
  reachesUnits: { slug?: string | null; name: string }[]
}

/** The listings (group, slug, name) a material appears on, for the language-filtered listings. */
export function placesOf(m: Placed): { group: LanguageGroup; slug: string; name: string }[] {
  const named = (group: LanguageGroup, items: { slug?: string | null; name: string }[]) =>
    items.flatMap((i) => (i.slug ? [{ group, slug: i.slug, name: i.name }] : []))
  return [
    { group: 'loai', slug: m.kind.path, name: m.kind.label },
    ...named('chu-de', m.topics),
    ...named('don-vi', m.reachesUnits),
  ]
}

/** Every language-filtered listing with its materials: one per language, group and slug that has any. */
export function languageFilteredListings<T extends Placed>(
  materials: T[],
): { language: string; group: LanguageGroup; slug: string; name: string; items: T[] }[] {
  const lists = new Map<string, { language: string; group: LanguageGroup; slug: string; name: string; items: T[] }>()
  for (const m of materials) {
    if (m.language === 'vi') continue
    for (const place of placesOf(m)) {
      const key = `${m.language}/${place.group}/${place.slug}`
      const list = lists.get(key) ?? { language: m.language, ...place, items: [] }
      list.items.push(m)
      lists.set(key, list)
    }
  }
  return [...lists.values()]
}
