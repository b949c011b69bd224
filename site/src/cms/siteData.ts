import {
  bodyMediaIds,
  CAPTIONS_LABEL,
  externalVideoOf,
  idOf,
  languageEntry,
  languageTag,
  MATERIAL_KINDS,
} from '@dvctt/cms/vocabulary'

import { byName, collator } from '../lib/format'
import { foldedDWords } from '../lib/searchText'
import { reachedUnits, unitsBelow } from '../lib/unitReach'
import { paths } from '../lib/urls'
import { feedbackIndex } from './feedback'
import { languageFamilies } from './languageFamilies'
import { lexicalText } from './lexicalTree'
import { downloadView, imageView, storedFilenames } from './media'
import { mapById, resolveMany, resolveOne } from './relations'
import { richTextToHtml } from './richText'
import { socialImagesOf } from './socialImages'
import type {
  DownloadView,
  ExpiredMaterial,
  ExpiredPageView,
  KindInfo,
  Material,
  MaterialRef,
  MaterialView,
  Media,
  RawCmsData,
  SiteData,
  Topic,
  Unit,
} from './types'

export const KINDS: KindInfo[] = MATERIAL_KINDS.map(({ value, path, label }) => ({ value, path, label: label.vi }))
const kindByValue = new Map(KINDS.map((k) => [k.value, k]))

export { foldedDWords }

const byOrderThenName = (a: Topic, b: Topic): number => (a.order ?? Infinity) - (b.order ?? Infinity) || byName(a, b)

function groupBy(materials: MaterialView[], keys: (m: MaterialView) => string[]): Map<string, MaterialView[]> {
  const groups = new Map<string, MaterialView[]>()
  for (const material of materials) {
    for (const key of new Set(keys(material))) {
      const list = groups.get(key)
      if (list) list.push(material)
      else groups.set(key, [material])
    }
  }
  return groups
}

/**
 * The pages left at expired materials' addresses. A slug a published material
 * holds again is that material's page; the replacement is linked only if it is
 * in this published snapshot (the CMS already follows replacements that expired in turn).
 */
export function expiredPages(
  tombstones: ExpiredMaterial[],
  refById: Map<string, MaterialRef>,
  publishedSlugs: Set<string>,
): ExpiredPageView[] {
  const bySlug = new Map(tombstones.filter((t) => t.slug && !publishedSlugs.has(t.slug)).map((t) => [t.slug, t]))
  return [...bySlug.values()]
    .map((t) => {
      const replacement = idOf(t.replacement)
      return {
        slug: t.slug,
        url: paths.material(t.slug),
        title: t.title,
        expiredAt: t.expiredAt,
        replacement: (replacement && refById.get(replacement)) || null,
      }
    })
    .sort((a, b) => collator.compare(a.slug, b.slug))
}

interface Lookups {
  mediaById: Map<string, Media>
  unitById: Map<string, Unit>
  below: Map<string, Unit[]>
  topicById: Map<string, Topic>
  audienceById: Map<string, RawCmsData['audiences'][number]>
  campaignById: Map<string, RawCmsData['campaigns'][number]>
  procedureById: Map<string, RawCmsData['procedures'][number]>
  refById: Map<string, MaterialRef>
}

/** The short form of every published material, which links and cards use. */
function materialRefs(published: Material[], mediaById: Map<string, Media>): Map<string, MaterialRef> {
  const refById = new Map<string, MaterialRef>()
  for (const m of published) {
    const kind = kindByValue.get(m.kind)
    if (!kind) continue
    const slug = m.slug || String(m.id)
    refById.set(String(m.id), {
      id: m.id,
      slug,
      url: paths.material(slug),
      title: m.title,
      summary: m.summary,
      kind,
      language: m.language,
      languageLabel: languageEntry(m.language).label.vi,
      lang: languageTag(m.language),
      languageName: languageEntry(m.language).endonym,
      updatedAt: m.updatedAt,
      cover: imageView(resolveOne(m.coverImage, mediaById)),
    })
  }
  return refById
}

/** The files a material offers, and the media they use (added to `usedMedia`). */
function downloadsOf(m: Material, mediaById: Map<string, Media>, usedMedia: Set<string>): DownloadView[] {
  const downloads: DownloadView[] = []
  for (const file of m.files ?? []) {
    const media = resolveOne<Media>(file.file, mediaById)
    const view = media && downloadView(file.label, media)
    if (media && view) {
      downloads.push(view)
      usedMedia.add(String(media.id))
    }
  }
  return downloads
}

/** A video's or recording's captions file, offered as a download too (its media added to `usedMedia`). */
function captionsOf(m: Material, mediaById: Map<string, Media>, usedMedia: Set<string>): DownloadView | null {
  const media = resolveOne<Media>(m.captions, mediaById)
  const view = media?.mimeType === 'text/vtt' ? downloadView(CAPTIONS_LABEL, media) : null
  if (media && view) usedMedia.add(String(media.id))
  return view
}

/** One material as pages render it; the media it shows are added to `usedMedia`. */
function materialView(
  m: Material,
  ref: MaterialRef,
  at: Lookups,
  familyOf: (m: Material) => string[],
  usedMedia: Set<string>,
  builtAt: Date,
): MaterialView {
  const cover = resolveOne<Media>(m.coverImage, at.mediaById)
  if (cover && ref.cover) usedMedia.add(String(cover.id))
  const captionsFile = captionsOf(m, at.mediaById, usedMedia)
  const downloads = [...downloadsOf(m, at.mediaById, usedMedia), ...(captionsFile ? [captionsFile] : [])]
  const playable = downloads.find((d) => /^(video|audio)\//.test(d.mimeType))
  const transcriptFile = captionsFile
    ? { src: captionsFile.href, label: captionsFile.label, filename: captionsFile.filename }
    : null

  // Rendered on first use: a build limited to a few pages must not
  // convert 10,000 bodies it never shows (≈ half the data load at that size).
  let bodyHtml: string | undefined
  let searchFolded: string | undefined
  // Media shown inside the body must be published with the page too.
  for (const id of bodyMediaIds(m.body).map(String)) if (at.mediaById.has(id)) usedMedia.add(id)

  const topics = resolveMany(m.topics, at.topicById).sort(byOrderThenName)
  const audiences = resolveMany(m.audiences, at.audienceById).sort(byName)
  const campaign = resolveOne(m.campaign, at.campaignById)
  const procedures = resolveMany(m.procedures, at.procedureById).sort((a, b) => collator.compare(a.code, b.code))
  const ownerUnit = resolveOne(m.ownerUnit, at.unitById)
  const appliesTo = resolveMany(m.appliesTo, at.unitById).sort(byName)
  const versions = familyOf(m).flatMap((id) => (id === String(m.id) ? [ref] : (at.refById.get(id) ?? [])))
  const translations = versions.filter((v) => v !== ref)

  const searchable = () =>
    [
      m.title,
      m.summary,
      lexicalText(m.body),
      ...topics.map((t) => t.name),
      ...procedures.map((p) => p.name),
      ownerUnit?.name ?? '',
      ...downloads.map((d) => d.label),
    ].join(' ')

  return {
    ...ref,
    get bodyHtml() {
      bodyHtml ??= richTextToHtml(m.body, { mediaById: at.mediaById, materialById: at.refById })
      return bodyHtml
    },
    downloads,
    player: playable
      ? {
          kind: playable.mimeType.startsWith('video/') ? 'video' : 'audio',
          src: playable.href,
          mimeType: playable.mimeType,
          captions: transcriptFile ? [transcriptFile] : [],
        }
      : null,
    broadcast: (playable?.broadcast ? playable : downloads.find((d) => d.broadcast))?.broadcast ?? null,
    readingScript: m.readingScript?.trim() || null,
    transcriptFile,
    externalVideo: externalVideoOf(m.externalVideo),
    topics,
    audiences,
    campaign,
    procedures,
    ownerUnit,
    appliesTo,
    reachesUnits: reachedUnits(at.below, ownerUnit, appliesTo),
    translations,
    socialImages: ref.cover ? socialImagesOf(cover) : [],
    versions,
    printTemplate: Boolean(m.printTemplate),
    validFrom: m.validFrom ?? null,
    validUntil: m.validUntil ?? null,
    expired: Boolean(m.validUntil && new Date(m.validUntil) < builtAt),
    createdAt: m.createdAt,
    get searchFolded() {
      searchFolded ??= foldedDWords(searchable())
      return searchFolded
    },
  }
}

/**
 * Resolves the published snapshot into what pages render. Pure: everything it
 * links to comes from `raw`, which holds published materials only, so a draft
 * can never be reached through a relationship, a translation or a rich-text link.
 */
export function buildSiteData(raw: RawCmsData, builtAt = new Date()): SiteData {
  const published = raw.materials
    .filter((m) => m._status === 'published')
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || collator.compare(a.title, b.title))
  const mediaById = mapById(raw.media)
  const refById = materialRefs(published, mediaById)
  const at: Lookups = {
    mediaById,
    unitById: mapById(raw.units),
    below: unitsBelow(raw.units),
    topicById: mapById(raw.topics),
    audienceById: mapById(raw.audiences),
    campaignById: mapById(raw.campaigns),
    procedureById: mapById(raw.procedures),
    refById,
  }
  const familyOf = languageFamilies(published, refById)
  const usedMedia = new Set<string>()
  const materials: MaterialView[] = []
  for (const m of published) {
    const ref = refById.get(String(m.id))
    if (ref) materials.push(materialView(m, ref, at, familyOf, usedMedia, builtAt))
  }

  const mediaFiles = new Set<string>()
  for (const id of usedMedia) {
    const media = mediaById.get(id)
    if (media) for (const name of storedFilenames(media)) mediaFiles.add(name)
  }

  return {
    builtAt,
    materials,
    materialBySlug: new Map(materials.map((m) => [m.slug, m])),
    kinds: KINDS,
    topics: [...raw.topics].filter((t) => t.slug).sort(byOrderThenName),
    audiences: [...raw.audiences].filter((a) => a.slug).sort(byName),
    units: [...raw.units].filter((u) => u.slug).sort(byName),
    campaigns: [...raw.campaigns]
      .filter((c) => c.slug)
      .sort((a, b) => (b.startDate ?? '').localeCompare(a.startDate ?? '') || byName(a, b)),
    procedures: [...raw.procedures].sort((a, b) => collator.compare(a.field, b.field) || byName(a, b)),
    byKind: groupBy(materials, (m) => [m.kind.value]),
    byTopic: groupBy(materials, (m) => m.topics.map((t) => String(t.id))),
    byAudience: groupBy(materials, (m) => m.audiences.map((a) => String(a.id))),
    byUnit: groupBy(materials, (m) => [
      ...(m.ownerUnit ? [String(m.ownerUnit.id)] : []),
      ...m.appliesTo.map((u) => String(u.id)),
    ]),
    byReachedUnit: groupBy(materials, (m) => m.reachesUnits.map((u) => String(u.id))),
    byCampaign: groupBy(materials, (m) => (m.campaign ? [String(m.campaign.id)] : [])),
    byProcedure: groupBy(materials, (m) => m.procedures.map((p) => String(p.id))),
    unitById: at.unitById,
    mediaFiles: [...mediaFiles].sort(),
    expiredPages: expiredPages(raw.expiredMaterials ?? [], refById, new Set(materials.map((m) => m.slug))),
    reporting: raw.reporting ?? [],
    feedback: feedbackIndex(raw.feedback ?? []),
  }
}
