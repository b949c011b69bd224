/**
 * Host names of embedding pages and of the units' portals: one rule, used by the Units field's check,
 * the beacon endpoint and the reports, so «www.sinho.laichau.gov.vn» and «SinHo.LaiChau.gov.vn» are one portal.
 */

const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/

/** True for a bare host name (letters, digits, hyphens, dots; no scheme, port, path or spaces). */
export function isHostName(value: string): boolean {
  if (value.length === 0 || value.length > 253) return false
  const labels = value.split('.')
  return labels.length >= 1 && labels.every((part) => LABEL.test(part))
}

/** The host as stored: trimmed, lower case, without a trailing dot. */
export function normaliseHost(value: string): string {
  return value.trim().toLowerCase().replace(/\.$/, '')
}

/** The host as matched: normalised and without a leading «www.». */
export function hostMatchKey(value: string): string {
  return normaliseHost(value).replace(/^www\./, '')
}

/** The Units field's check: a Vietnamese sentence naming what is wrong, or true. */
export function checkPortalHost(value: unknown): true | string {
  if (typeof value !== 'string' || value.trim() === '') return 'Hãy nhập tên miền, ví dụ sinho.laichau.gov.vn.'
  const host = normaliseHost(value)
  if (/^[a-z]+:\/\//.test(host) || host.includes('/'))
    return `«${value}» là một địa chỉ, không phải tên miền: chỉ nhập phần tên miền, ví dụ sinho.laichau.gov.vn (không có https:// hay đường dẫn).`
  if (host.includes(':')) return `«${value}» có số cổng: chỉ nhập tên miền, ví dụ sinho.laichau.gov.vn.`
  if (!isHostName(host))
    return `«${value}» không phải là tên miền hợp lệ: chỉ gồm chữ không dấu, chữ số, dấu gạch ngang và dấu chấm, ví dụ sinho.laichau.gov.vn.`
  return true
}
