import type { MaterialKind } from '@dvctt/cms/vocabulary'
import type { Material } from '@dvctt/cms/payload-types'

import type { Block } from '../../richText'
import type { CoverKey } from '../covers'
import type { AudienceKey, CampaignKey } from '../taxonomy'

/** What a download row points at; the seed makes or reuses the file. */
export type DownloadSource =
  /** An A4 PDF of this material's own text. */
  | 'printPdf'
  /** The same PDF, headed as a broadcast or video script. */
  | 'scriptPdf'
  /** The cover image, for posting on Zalo OA, Facebook, TikTok. */
  | 'socialImage'
  /** Generated radio jingles (WAV). */
  | 'audioVi'
  | 'audioHmn'
  | 'audioNews'
  /** A short slideshow MP4 made from the cover. */
  | 'video'

export interface DownloadSeed {
  label: string
  source: DownloadSource
}

export interface MaterialSeed {
  title: string
  kind: MaterialKind
  language?: Material['language']
  /** Title of the Vietnamese original when this is another language version. */
  translationOf?: string
  status: 'published' | 'draft'
  /** Where a draft stands in review, so the demo dashboard shows a queue (published ones are approved). */
  review?: { state: 'submitted' } | { state: 'returned'; comment: string }
  summary: string
  body: readonly Block[]
  /** Topic numbers 1–7: the plan's content lines. */
  topics: readonly number[]
  audiences: readonly AudienceKey[]
  /** Unit names from data/units.ts. */
  owner: string
  appliesTo?: readonly string[]
  campaign?: CampaignKey
  /** Procedure codes from data/procedures.ts. */
  procedures?: readonly string[]
  /** YYYY-MM-DD */
  validFrom: string
  validUntil?: string
  cover: CoverKey
  downloads?: readonly DownloadSeed[]
  /** Offered to every unit it reaches as a stamped print kit (A4 and A3 PDFs); posters and leaflets only. */
  printTemplate?: boolean
  /** Spoken lines of a video or radio spot: captions and the script PDF are made from them. */
  script?: readonly string[]
  /** WebVTT captions built from `script`, in the «Phụ đề / lời thoại (WebVTT)» field (videos and recordings only). */
  captions?: boolean
  /** A video on YouTube, Facebook or TikTok, in «Liên kết video» (videos and recordings only). */
  externalVideo?: string
}
