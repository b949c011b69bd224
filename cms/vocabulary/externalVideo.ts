/**
 * A video hosted elsewhere (YouTube, Facebook, TikTok: the platforms the outreach plan names), linked
 * from a material. One parser for the CMS (which refuses anything else, with the reason) and the site
 * (which shows a click-to-load player from it), so both agree on what a link is.
 */

export type VideoHost = 'youtube' | 'facebook' | 'tiktok'

export interface ExternalVideo {
  host: VideoHost
  /** «YouTube», «Facebook», «TikTok»: what the reader is told the video loads from. */
  hostLabel: string
  /** The link as the editor gave it, for «Mở trên …» (normalised by URL). */
  watchUrl: string
  /** What the player's iframe loads, only after the reader asks for it. */
  embedUrl: string
  /** Upright video (TikTok, Facebook reels): the placeholder keeps the player's shape. */
  portrait: boolean
}

export const VIDEO_HOST_LABELS: Record<VideoHost, string> = {
  youtube: 'YouTube',
  facebook: 'Facebook',
  tiktok: 'TikTok',
}

const HOSTS: Record<string, VideoHost> = {
  'youtube.com': 'youtube',
  'www.youtube.com': 'youtube',
  'm.youtube.com': 'youtube',
  'youtu.be': 'youtube',
  'facebook.com': 'facebook',
  'www.facebook.com': 'facebook',
  'm.facebook.com': 'facebook',
  'web.facebook.com': 'facebook',
  'fb.watch': 'facebook',
  'tiktok.com': 'tiktok',
  'www.tiktok.com': 'tiktok',
  'm.tiktok.com': 'tiktok',
}

const YOUTUBE_ID = /^[A-Za-z0-9_-]{11}$/

/** The video id of a YouTube link: watch?v=, youtu.be/, /shorts/, /live/, /embed/. */
function youtubeId(url: URL): string | null {
  const id =
    url.hostname === 'youtu.be'
      ? url.pathname.split('/')[1]
      : url.pathname === '/watch'
        ? url.searchParams.get('v')
        : /^\/(?:shorts|live|embed)\/([^/]+)/.exec(url.pathname)?.[1]
  return id && YOUTUBE_ID.test(id) ? id : null
}

/** A Facebook video, watch, reel or share link (the plugin takes the link itself, not an id). */
function isFacebookVideo(url: URL): boolean {
  if (url.hostname === 'fb.watch') return /^\/[A-Za-z0-9_-]+\/?$/.test(url.pathname)
  return (
    /\/videos\/(?:[^/]+\/)?\d+\/?$/.test(url.pathname) ||
    (url.pathname.replace(/\/$/, '') === '/watch' && /^\d+$/.test(url.searchParams.get('v') ?? '')) ||
    /^\/(?:reel|share\/v|share\/r)\/[A-Za-z0-9_-]+\/?$/.test(url.pathname)
  )
}

const EXAMPLES: Record<VideoHost, string> = {
  youtube: 'https://www.youtube.com/watch?v=… hoặc https://youtu.be/…',
  facebook: 'https://www.facebook.com/<trang>/videos/<số>/ hoặc https://www.facebook.com/reel/<số>',
  tiktok:
    'https://www.tiktok.com/@<tài khoản>/video/<số> (liên kết rút gọn vm.tiktok.com chưa dùng được: hãy mở nó rồi chép địa chỉ đầy đủ)',
}

/**
 * The player for a link, or why the link cannot be one (in Vietnamese, for the editor). Only https links
 * to a single video on YouTube, Facebook or TikTok are accepted: anything else would be a third party the
 * library never vetted, or a page with no video to show.
 */
export function parseExternalVideo(input: string): ExternalVideo | { error: string } {
  const text = input.trim()
  let url: URL
  try {
    url = new URL(text)
  } catch {
    return { error: `«${text}» không phải một địa chỉ web. Hãy dán nguyên liên kết của video, bắt đầu bằng https://.` }
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return { error: `Liên kết phải bắt đầu bằng https:// (liên kết đang là ${url.protocol}…).` }
  const host = HOSTS[url.hostname.toLowerCase()]
  if (!host)
    return {
      error: `Chỉ nhận liên kết video trên YouTube, Facebook hoặc TikTok; «${url.hostname}» không thuộc các trang đó. Video ở nơi khác thì hãy tải tệp MP4 lên ở «Tệp tải về».`,
    }
  if (url.protocol !== 'https:')
    return { error: `Liên kết phải bắt đầu bằng https:// (liên kết đang là ${url.protocol}//…).` }
  if (url.username || url.password || url.port)
    return { error: 'Liên kết video không được chứa tên đăng nhập hay cổng.' }
  const label = VIDEO_HOST_LABELS[host]
  const notAVideo = {
    error: `Liên kết này không trỏ tới một video cụ thể trên ${label}. Hãy mở video rồi chép địa chỉ của nó, dạng ${EXAMPLES[host]}.`,
  }
  const base = { host, hostLabel: label, watchUrl: url.href }
  if (host === 'youtube') {
    const id = youtubeId(url)
    if (!id) return notAVideo
    const portrait = url.pathname.startsWith('/shorts/')
    return { ...base, embedUrl: `https://www.youtube-nocookie.com/embed/${id}?autoplay=1&rel=0`, portrait }
  }
  if (host === 'tiktok') {
    const id = /^\/@[^/]+\/video\/(\d{6,25})\/?$/.exec(url.pathname)?.[1]
    if (!id) return notAVideo
    return { ...base, embedUrl: `https://www.tiktok.com/player/v1/${id}?autoplay=1&rel=0`, portrait: true }
  }
  if (!isFacebookVideo(url)) return notAVideo
  const plugin = `https://www.facebook.com/plugins/video.php?href=${encodeURIComponent(url.href)}&show_text=false&autoplay=true`
  return { ...base, embedUrl: plugin, portrait: /^\/(?:reel|share\/r)\//.test(url.pathname) }
}

/** The player for a stored link, or null (a link that no longer parses is not shown). */
export function externalVideoOf(link: string | null | undefined): ExternalVideo | null {
  if (!link?.trim()) return null
  const parsed = parseExternalVideo(link)
  return 'error' in parsed ? null : parsed
}
