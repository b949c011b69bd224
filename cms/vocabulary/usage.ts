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

/** Events that carry the host of the page that embedded the library (evidence of a unit's portal). */
export const EMBED_EVENTS: readonly UsageEvent[] = ['embed-page', 'embed-widget']

/**
 * The beacon's body, sent by `navigator.sendBeacon` as `text/plain` JSON (no CORS preflight) to
 * `POST /api/usage` on the CMS. `m`: material id; `f`: media id of the downloaded file (download only);
 * `h`: host name of the embedding page (embed events only, no port, lower case).
 */
export interface UsageBeacon {
  m: number | string
  e: UsageEvent
  f?: number | string
  h?: string
}

/** The endpoint the beacon posts to, on the CMS's origin. */
export const USAGE_PATH = '/api/usage'
