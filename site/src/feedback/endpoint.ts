import { FEEDBACK_PATH, USAGE_PATH } from '@dvctt/cms/vocabulary'

const OFF = ['off', 'none', '0', 'false', 'khong']

/**
 * Where the feedback form of material and procedure pages posts (issue 19), read at build time:
 *
 * - `SITE_FEEDBACK_URL`, when set: an absolute http(s) address, or a root-relative path such as
 *   `/api/feedback` (the CMS on the site's own host behind nginx); `off` builds pages without the form;
 * - else beside the usage beacon's address (src/usage/endpoint.ts): `…/api/usage` → `…/api/feedback`,
 *   both being the CMS's (behind nginx, `/api/feedback` on the site's own host);
 * - else nowhere: the pages show their published questions and answers, without a form.
 *
 * The challenge is fetched from `<address>/challenge`.
 */
export function readFeedbackEndpoint(
  usageEndpoint: string | null,
  env: Record<string, string | undefined> = process.env,
): string | null {
  if (env.SITE_PREVIEW_DATA?.trim()) return null
  const explicit = env.SITE_FEEDBACK_URL?.trim()
  if (explicit) {
    if (OFF.includes(explicit.toLowerCase())) return null
    if (/^(\/(?!\/)|https?:\/\/[^/\s]+)\S*$/.test(explicit) && isAddress(explicit)) return explicit.replace(/\/+$/, '')
    throw new Error(
      `SITE_FEEDBACK_URL không hợp lệ: "${explicit}". Đặt một địa chỉ đầy đủ (ví dụ https://thuvien.laichau.gov.vn/api/feedback), ` +
        'một đường dẫn trên cùng tên miền (/api/feedback) hoặc off để không có biểu mẫu góp ý.',
    )
  }
  if (!usageEndpoint?.endsWith(USAGE_PATH)) return null
  return usageEndpoint.slice(0, -USAGE_PATH.length) + FEEDBACK_PATH
}

function isAddress(value: string): boolean {
  try {
    new URL(value, 'http://localhost')
    return true
  } catch {
    return false
  }
}
