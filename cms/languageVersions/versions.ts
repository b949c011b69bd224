import type { PayloadRequest } from 'payload'

import type { Material } from '../payload-types'
import { type DocId, idOf, languageEntry, MATERIAL_LANGUAGES, type MaterialLanguage, relationId } from '../vocabulary'

export interface VersionRow {
  id: DocId
  title: string
  language: MaterialLanguage
  /** «Tiếng Mông». */
  languageLabel: string
  published: boolean
  needsNativeReview: boolean
  /** This material itself, among its original's versions. */
  current: boolean
}

export interface LanguageVersions {
  /** The original and every version, original first, then in the vocabulary's language order. */
  rows: VersionRow[]
  /** Languages with no version yet, by label. */
  missing: { language: MaterialLanguage; label: string }[]
}

type MaterialLite = Pick<Material, 'id' | 'title' | 'language' | '_status' | 'needsNativeReview' | 'translationOf'>

const SELECT = { title: true, language: true, _status: true, needsNativeReview: true, translationOf: true } as const
const ORDER = new Map<string, number>(MATERIAL_LANGUAGES.map((l, i) => [l.value, i]))

/**
 * A material's family of language versions, as the sidebar's «Bản ngôn ngữ» shows it: the original (the
 * material itself or the one it is a version of), its versions with their state, and the languages still
 * missing. Read with the person's own access, so a contributor is not shown what they may not open.
 */
export async function languageVersions(req: PayloadRequest, id: DocId): Promise<LanguageVersions | null> {
  const read = { collection: 'materials', depth: 0, draft: true, overrideAccess: false, req, select: SELECT } as const
  const self = (await req.payload.findByID({ ...read, id }).catch(() => null)) as MaterialLite | null
  if (!self) return null
  const originalId = relationId(self.translationOf) ?? self.id
  const original =
    idOf(originalId) === idOf(self.id)
      ? self
      : ((await req.payload.findByID({ ...read, id: originalId }).catch(() => null)) as MaterialLite | null)
  const versions = await req.payload.find({
    ...read,
    where: { translationOf: { equals: originalId } },
    pagination: false,
  })
  const family = [...(original ? [original] : []), ...(versions.docs as MaterialLite[])]
  const rows = family.map((doc, index) => ({
    id: doc.id,
    title: doc.title,
    language: doc.language,
    languageLabel: languageEntry(doc.language).label.vi,
    published: doc._status === 'published',
    needsNativeReview: Boolean(doc.needsNativeReview),
    current: idOf(doc.id) === idOf(self.id),
    original: index === 0 && original !== null,
  }))
  rows.sort(
    (a, b) => Number(b.original) - Number(a.original) || (ORDER.get(a.language) ?? 9) - (ORDER.get(b.language) ?? 9),
  )
  const present = new Set(rows.map((row) => row.language))
  const missing = MATERIAL_LANGUAGES.filter((l) => !present.has(l.value)).map((l) => ({
    language: l.value,
    label: l.label.vi,
  }))
  return { rows: rows.map(({ original: _, ...row }) => row), missing }
}
