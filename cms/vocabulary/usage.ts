import { label } from './label'

/**
 * What the public site counts (issue 17): one beacon body per event, summed into daily counters
 * (material, event, file, host, day). No cookie, storage, IP address or user agent is kept.
 */
export const USAGE_EVENTS = [
  { value: 'view', label: label('Lượt xem trang', 'Page views') },
  { value: 'download', label: label('Lượt tải tệp', 'Downloads') },
  { value: 'play', label: label('Lượt bắt đầu phát', 'Plays started') },
  { value: 'play75', label: label('Lượt xem/nghe đến 75 %', 'Plays reaching 75 %') },
  { value: 'embed-page', label: label('Lượt tải khung nhúng', 'Embed (iframe) loads') },
  { value: 'embed-widget', label: label('Lượt tải tiện ích nhúng', 'Embed widget loads') },
  { value: 'qr', label: label('Lượt quét mã QR', 'QR scans') },
] as const

export type UsageEvent = (typeof USAGE_EVENTS)[number]['value']

/**
 * «Tài liệu này có giúp ích cho bạn không? Có / Không» (issue 19): counted like the events above, in the
 * same daily counters, but kept apart from them, so the usage views and yearly tables stay as they were
 * and reporting reads them on their own (`helpfulnessTotals`, cms/usage/helpfulness.ts). On a material
 * page the beacon names the material (`m`); on a procedure page the procedure (`p`, these events only).
 */
export const HELPFULNESS_EVENTS = [
  { value: 'helpful', label: label('Thấy có ích', 'Found it helpful') },
  { value: 'not-helpful', label: label('Thấy không có ích', 'Did not find it helpful') },
] as const

export type HelpfulnessEvent = (typeof HELPFULNESS_EVENTS)[number]['value']

/** Every event a counter row may hold. */
export const COUNTER_EVENTS = [...USAGE_EVENTS, ...HELPFULNESS_EVENTS] as const

export type CounterEvent = (typeof COUNTER_EVENTS)[number]['value']

/** Events that carry the host of the page that embedded the library (evidence of a unit's portal). */
export const EMBED_EVENTS: readonly UsageEvent[] = ['embed-page', 'embed-widget']

/**
 * The beacon's body, sent by `navigator.sendBeacon` as `text/plain` JSON (no CORS preflight) to
 * `POST /api/usage` on the CMS. `m`: material id; `p`: procedure id, in place of `m`, for `helpful` and
 * `not-helpful` on a procedure page only; `f`: media id of the downloaded file (download only);
 * `h`: host name of the embedding page (embed events only, no port, lower case).
 */
export interface UsageBeacon {
  m?: number | string
  p?: number | string
  e: CounterEvent
  f?: number | string
  h?: string
}

/** The endpoint the beacon posts to, on the CMS's origin. */
export const USAGE_PATH = '/api/usage'
