import { ConfigError } from '../lib/env'

export type SmtpConfig = { url: string; fromAddress: string; fromName: string }

export const DEFAULT_FROM_NAME = 'Thư viện tuyên truyền DVCTT'

const EMAIL = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/

/** `Tên <địa-chỉ>` or a bare address; null when it is neither. */
function parseFrom(raw: string): { fromAddress: string; fromName: string } | null {
  const named = /^\s*"?([^"<]*?)"?\s*<([^>]+)>\s*$/.exec(raw)
  const address = (named?.[2] ?? raw).trim()
  if (!EMAIL.test(address)) return null
  return { fromAddress: address, fromName: named?.[1]?.trim() || DEFAULT_FROM_NAME }
}

/**
 * SMTP_URL (smtp:// or smtps://, user and password inside) and SMTP_FROM (the sender address).
 * Both unset: no e-mail; passwords are then reset by an administrator. Half set or malformed: refused
 * at start, since a CMS that silently sends nothing is worse than one that says why it cannot.
 */
export function readSmtpConfig(env: Record<string, string | undefined> = process.env): SmtpConfig | null {
  const url = env.SMTP_URL?.trim() ?? ''
  const from = env.SMTP_FROM?.trim() ?? ''
  if (!url && !from) return null
  if (!url)
    throw new ConfigError(
      'Đã đặt SMTP_FROM nhưng chưa đặt SMTP_URL (máy chủ gửi thư), ví dụ SMTP_URL=smtps://taikhoan:matkhau@smtp.laichau.gov.vn:465. Bỏ cả hai biến nếu không gửi thư.',
    )
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    parsed = new URL('invalid:')
  }
  if (parsed.protocol !== 'smtp:' && parsed.protocol !== 'smtps:')
    throw new ConfigError(
      `SMTP_URL không hợp lệ: "${url.replace(/\/\/[^@/]*@/, '//***@')}". Cần dạng smtp://taikhoan:matkhau@máy-chủ:587 (STARTTLS) hoặc smtps://taikhoan:matkhau@máy-chủ:465 (TLS).`,
    )
  if (!from)
    throw new ConfigError(
      'Đã đặt SMTP_URL nhưng chưa đặt SMTP_FROM (địa chỉ người gửi), ví dụ SMTP_FROM="Thư viện tuyên truyền DVCTT <khong-tra-loi@laichau.gov.vn>".',
    )
  const sender = parseFrom(from)
  if (!sender)
    throw new ConfigError(
      `SMTP_FROM không phải địa chỉ thư hợp lệ: "${from}". Ví dụ: SMTP_FROM="Thư viện tuyên truyền DVCTT <khong-tra-loi@laichau.gov.vn>" hoặc SMTP_FROM=khong-tra-loi@laichau.gov.vn.`,
    )
  return { url, ...sender }
}

/** Whether the CMS sends e-mail (password resets, review notifications). */
export const sendsEmail = (env: Record<string, string | undefined> = process.env): boolean => {
  try {
    return readSmtpConfig(env) !== null
  } catch {
    return false
  }
}
