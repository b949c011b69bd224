import type {
  Audience,
  Campaign,
  ExpiredMaterial,
  Material,
  Media,
  Procedure,
  Topic,
  Unit,
} from '@dvctt/cms/payload-types'
import type { PublicYearFigures } from '@dvctt/cms/reporting/types'
import type { ExternalVideo } from '@dvctt/cms/vocabulary'
import type { SocialImageFile } from './socialImages'

export type { Audience, Campaign, ExpiredMaterial, Material, Media, Procedure, PublicYearFigures, Topic, Unit }

/** Document IDs are numbers on SQLite/PostgreSQL and strings on MongoDB; code never assumes which. */
export type DocId = number | string

/** What a source hands over: published materials and the documents they point at, unresolved (depth 0). */
export interface RawCmsData {
  materials: Material[]
  /** Only media referenced by the published materials above. */
  media: Media[]
  units: Unit[]
  topics: Topic[]
  audiences: Audience[]
  campaigns: Campaign[]
  procedures: Procedure[]
  /** Tombstones of materials that expired (public by design: only what was published). */
  expiredMaterials?: ExpiredMaterial[]
  /**
   * The plan's targets at province level (cms/reporting), this year first then the last; read from the
   * CMS's database at full builds only (none from CMS_SOURCE=rest: usage and activities are not public).
   */
  reporting?: PublicYearFigures[]
  /** Citizens' questions answered in public, public fields only (src/cms/feedback.ts); absent: none read. */
  feedback?: PublicFeedback[]
}

/** A published feedback item as anonymous readers get it from the CMS (issue 19): its public fields only. */
export interface PublicFeedback {
  id: DocId
  kind?: string | null
  /** The question with phone numbers, ID numbers and e-mail addresses masked («[đã ẩn]»). */
  publicText?: string | null
  name?: string | null
  answer?: string | null
  answeredBy?: string | null
  answeredAt?: string | null
  createdAt: string
  material?: DocId | { id: DocId } | null
  procedure?: DocId | { id: DocId } | null
}

/** One question and its answer as a page shows it (components/FeedbackAnswers.astro). */
export interface FeedbackView {
  kind: 'question' | 'mistake'
  question: string
  /** «Tên hoặc thôn, bản», if the citizen gave one. */
  name: string | null
  answer: string
  /** The answering unit's name. */
  answeredBy: string
  answeredAt: string | null
  createdAt: string
}

/** Where the site build gets the bytes of a published file from. */
/**
 * Where a build reads published files' bytes. `public`: the CMS keeps files in
 * S3 and published ones are readable at baseUrl (MEDIA_PUBLIC_URL): pages link
 * there and nothing is copied into the release.
 */
export type MediaOrigin =
  | { type: 'directory'; dir: string }
  | { type: 'http'; baseUrl: string }
  | { type: 'public'; baseUrl: string }

export interface CmsSource {
  name: string
  /** Reads the published library and says where its files' bytes can be fetched. */
  load(): Promise<{ raw: RawCmsData; mediaOrigin: MediaOrigin }>
  close(): Promise<void>
}

export interface KindInfo {
  value: Material['kind']
  path: string
  label: string
}

export interface ImageCandidate {
  src: string
  width: number
}

/** A cover or inline image built only from the CMS's stored renditions. */
export interface ImageView {
  alt: string
  width: number
  height: number
  avif: ImageCandidate[]
  webp: ImageCandidate[]
  /** JPEG (or the original) for browsers without AVIF/WebP. */
  fallback: ImageCandidate
  /** 1200×630 crop for link previews, if the CMS made one. */
  og?: { src: string; width: number; height: number }
}

export interface DownloadView {
  /** The media document's ID: what the usage beacon counts a download under. */
  mediaId: DocId
  label: string
  href: string
  filename: string
  mimeType: string
  format: string
  bytes: number | null
  size: string
  pageCount: number | null
  duration: string
  durationSeconds: number | null
  sha256: string | null
  /** A PDF's first page, made at upload (Media `preview`). */
  preview: { src: string; width: number; height: number } | null
  /** A video's small rendition (H.264 ≤ 480p, made at upload): what the offline pack carries. */
  smallVideo: { filename: string; bytes: number | null } | null
  /** The loudspeaker rendition of a recording's sound (Media `broadcast`): mono MP3 at -23 LUFS. */
  broadcast: BroadcastView | null
}

/** A broadcast rendition as the page, the podcast feeds and the M3U playlists link it. */
export interface BroadcastView {
  href: string
  filename: string
  bytes: number | null
  durationSeconds: number | null
  loudness: number | null
}

/** Enough of a material to link it: cards, language versions, related lists. */
export interface MaterialRef {
  id: DocId
  slug: string
  url: string
  title: string
  summary: string
  kind: KindInfo
  language: Material['language']
  languageLabel: string
  /** The BCP 47 tag for `lang`/`hreflang` (cms/vocabulary/languages.ts): `blt`, not the stored `tai`. */
  lang: string
  /** The language's own name (Hmoob, Tai Dam…), as the language switcher shows it. */
  languageName: string
  updatedAt: string
  cover: ImageView | null
}

export interface CaptionsView {
  src: string
  label: string
  filename: string
}

export interface MaterialView extends MaterialRef {
  bodyHtml: string
  downloads: DownloadView[]
  /** Video or audio file to play inline, if the material has one. */
  player: {
    kind: 'video' | 'audio'
    src: string
    mimeType: string
    captions: CaptionsView[]
  } | null
  /** The recording's loudspeaker rendition (its first download that has one). */
  broadcast: BroadcastView | null
  /** «Kịch bản đọc»: what an announcer reads live; shown on the page and sent in the podcast feeds. */
  readingScript: string | null
  /** The captions file (WebVTT), read as the page's transcript with or without a file to play. */
  transcriptFile: CaptionsView | null
  /** A video on YouTube, Facebook or TikTok, loaded only when the reader asks (components/ExternalVideo.astro). */
  externalVideo: ExternalVideo | null
  topics: Topic[]
  audiences: Audience[]
  campaign: Campaign | null
  procedures: Procedure[]
  ownerUnit: Unit | null
  appliesTo: Unit[]
  /** The owner, the units it applies to and every unit below those: where the material is relevant (search's unit facet). */
  reachesUnits: Unit[]
  /** Other published language versions of the same work, original first. */
  translations: MaterialRef[]
  /** The cover's Zalo OA, Facebook and 9:16 renditions (cms/socialImages.ts); none without a cover. */
  socialImages: SocialImageFile[]
  /** Every published language version including this one, original first (the language switcher). */
  versions: MaterialRef[]
  /** Marked in the CMS as a print template (posters and leaflets): the site makes a stamped PDF for each unit it reaches. */
  printTemplate: boolean
  validFrom: string | null
  validUntil: string | null
  expired: boolean
  createdAt: string
  /** đ-words folded to d, for Pagefind (which never folds đ). */
  searchFolded: string
}

/** One line of a video's or recording's captions (src/cms/transcript.ts), times in seconds. */
export interface TranscriptCue {
  start: number
  end: number
  text: string
}

/** The page left at an expired material's address: no content, just where to go now. */
export interface ExpiredPageView {
  slug: string
  url: string
  /** The title as it was last published. */
  title: string
  expiredAt: string
  /** A published material that replaces it, if any (followed through replacements that expired too). */
  replacement: MaterialRef | null
}

export interface UnitView {
  unit: Unit
  parent: Unit | null
  children: Unit[]
}

/** The whole published library, resolved once per build. */
export interface SiteData {
  builtAt: Date
  materials: MaterialView[]
  materialBySlug: Map<string, MaterialView>
  kinds: KindInfo[]
  topics: Topic[]
  audiences: Audience[]
  units: Unit[]
  campaigns: Campaign[]
  procedures: Procedure[]
  byKind: Map<string, MaterialView[]>
  byTopic: Map<string, MaterialView[]>
  byAudience: Map<string, MaterialView[]>
  byUnit: Map<string, MaterialView[]>
  /** Materials relevant to each unit: owned by it, applying to it or to a unit above it (`reachesUnits`). */
  byReachedUnit: Map<string, MaterialView[]>
  byCampaign: Map<string, MaterialView[]>
  byProcedure: Map<string, MaterialView[]>
  unitById: Map<string, Unit>
  /** Stored file names (originals and renditions) that published pages link to. */
  mediaFiles: string[]
  /** Addresses of expired materials that no published material took over; never listed or indexed. */
  expiredPages: ExpiredPageView[]
  /** The plan's targets at province level, this year first (empty when the build could not read them). */
  reporting: PublicYearFigures[]
  /** Questions answered in public, by material id and by procedure id, newest answer first. */
  feedback: { byMaterial: Map<string, FeedbackView[]>; byProcedure: Map<string, FeedbackView[]> }
}
