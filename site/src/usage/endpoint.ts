import { USAGE_PATH } from '@dvctt/cms/vocabulary'

/** SITE_USAGE_URL values that turn the beacon off. */
const OFF = ['off', 'none', '0', 'false', 'khong']

/**
 * Where the pages' beacon and the embed widget post usage (issue 17), read at build time:
 *
 * - `SITE_USAGE_URL`, when set: an absolute http(s) address, or a root-relative path such as `/api/usage`
 *   (the CMS on the site's own host behind nginx; the widget resolves it against its script's address);
 *   `off` builds pages without a beacon.
 * - else the CMS's public address `SERVER_URL` + `/api/usage`, when the site is built from the CMS's own
 *   database (`CMS_SOURCE=local`, the default: `npm start`, `npm run serve`, the worker);
 * - else nowhere: a build from a CMS's REST API (`CMS_SOURCE=rest`) or without `SERVER_URL` has no beacon at all.
 *
 * A CMS preview (`SITE_PREVIEW_DATA`) never counts: its reader is an editor looking at a draft.
 */
export function readUsageEndpoint(env: Record<string, string | undefined> = process.env): string | null {
  if (env.SITE_PREVIEW_DATA?.trim()) return null
  const explicit = env.SITE_USAGE_URL?.trim()
  if (explicit) {
    if (OFF.includes(explicit.toLowerCase())) return null
    if (/^\/(?!\/)/.test(explicit) || /^https?:\/\/[^/\s]+/.test(explicit)) {
      if (!/\s/.test(explicit) && isAddress(explicit)) return explicit
    }
    throw new Error(
      `SITE_USAGE_URL không hợp lệ: "${explicit}". Đặt một địa chỉ đầy đủ (ví dụ https://thuvien.laichau.gov.vn/api/usage), ` +
        'một đường dẫn trên cùng tên miền (/api/usage) hoặc off để không đếm lượt sử dụng.',
    )
  }
  if ((env.CMS_SOURCE?.trim() || 'local') !== 'local') return null
  const server = env.SERVER_URL?.trim()
  if (!server) return null
  if (!/^https?:\/\/[^/\s]+/.test(server) || !isAddress(server))
    throw new Error(
      `SERVER_URL không phải là địa chỉ hợp lệ: "${server}". Ví dụ: SERVER_URL=https://thuvien.laichau.gov.vn`,
    )
  return server.replace(/\/+$/, '') + USAGE_PATH
}

function isAddress(value: string): boolean {
  try {
    new URL(value, 'http://localhost')
    return true
  } catch {
    return false
  }
}
