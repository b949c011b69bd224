import type { TextField } from 'payload'

import { label } from '../../lib/label'
import { parseExternalVideo } from '../../vocabulary'
import { KINDS_WITH_CAPTIONS } from './captionsField'
import type { MaterialKind } from '../../vocabulary'

const playsOnPage = (kind: unknown): boolean => KINDS_WITH_CAPTIONS.includes(kind as MaterialKind)

/**
 * A video hosted on YouTube, Facebook or TikTok: the public page shows a click-to-load player (nothing is
 * fetched from the platform before the reader asks) and the captions beside it as the transcript.
 */
export const externalVideoField: TextField = {
  name: 'externalVideo',
  type: 'text',
  label: label('Liên kết video (YouTube, Facebook, TikTok)', 'External video link (YouTube, Facebook, TikTok)'),
  validate: (value: unknown, { siblingData }: { siblingData?: { kind?: unknown } }) => {
    if (typeof value !== 'string' || !value.trim() || !playsOnPage(siblingData?.kind)) return true
    const parsed = parseExternalVideo(value)
    return 'error' in parsed ? parsed.error : true
  },
  // Trimmed, and dropped with the kind (as the captions are), so a leaflet never carries a stray player.
  hooks: {
    beforeChange: [
      ({ value, siblingData }) =>
        playsOnPage(siblingData?.kind) && typeof value === 'string' && value.trim() ? value.trim() : null,
    ],
  },
  admin: {
    condition: (data) => playsOnPage(data?.kind),
    placeholder: 'https://www.youtube.com/watch?v=…',
    description: label(
      'Khi video đăng trên YouTube, Facebook hoặc TikTok thay vì tải tệp lên. Trang công khai hiện nút «Xem video trên …»: chỉ khi người xem bấm, video mới được tải từ trang đó. Lời thoại (WebVTT) hiện bên cạnh.',
      'When the video is on YouTube, Facebook or TikTok instead of uploaded: the public page loads it only when the reader clicks.',
    ),
  },
}
