import { BROADCAST_MATERIALS } from './broadcast'
import { DOCUMENT_MATERIALS } from './documents'
import { GUIDE_MATERIALS } from './guides'
import { LANGUAGE_MATERIALS } from './languages'
import { PLACE_MATERIALS } from './places'
import type { MaterialSeed } from './types'
import { VISUAL_MATERIALS } from './visuals'

export { CAPTION_SAMPLE, EXTERNAL_VIDEO_SAMPLE, RADIO_SPOT_TITLE } from './broadcast'
export { DRAFT_SAMPLE_TITLE, PUBLISHED_SAMPLE_TITLE } from './guides'
export {
  DAO_SPOT_TITLE,
  HMONG_POSTER_SUMMARY,
  HMONG_POSTER_TITLE,
  OTP_POSTER_TITLE,
  TAI_SPOT_TITLE,
} from './languages'
export type { DownloadSeed, DownloadSource, MaterialSeed } from './types'

/** Originals come before their translations, so `translationOf` always resolves. */
export const MATERIAL_SEEDS: readonly MaterialSeed[] = [
  ...GUIDE_MATERIALS,
  ...VISUAL_MATERIALS,
  ...BROADCAST_MATERIALS,
  ...DOCUMENT_MATERIALS,
  ...PLACE_MATERIALS,
  ...LANGUAGE_MATERIALS,
]
