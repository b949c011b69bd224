/**
 * Display-only search metadata. Pagefind makes every `data-pagefind-meta`
 * value searchable, so the owning unit's name would make «trung tam» match
 * every material of «Trung tâm Phục vụ hành chính công», and the update date
 * would make «2026» match everything updated this year. These values are
 * written as hexadecimal UTF-8 spelled with 16 ASCII punctuation marks: a
 * "word" without a letter or digit is not indexed at all, so they match no
 * query, and the search island reads them back for the result line.
 */

/** Not `#` or `*` (emoji keycaps to Pagefind), nor the characters HTML or JSON escape. */
const DIGITS = '!$%()+,-./:;=?@~'

export function unsearchable(text: string): string {
  let out = ''
  for (const byte of new TextEncoder().encode(text)) out += (DIGITS[byte >> 4] ?? '') + (DIGITS[byte & 15] ?? '')
  return out
}

/** The text back; undefined for a missing or damaged value. */
export function readUnsearchable(value: string | undefined): string | undefined {
  if (!value || value.length % 2 !== 0) return undefined
  const bytes = new Uint8Array(value.length / 2)
  for (let i = 0; i < bytes.length; i++) {
    const high = DIGITS.indexOf(value[2 * i] ?? '')
    const low = DIGITS.indexOf(value[2 * i + 1] ?? '')
    if (high < 0 || low < 0) return undefined
    bytes[i] = high * 16 + low
  }
  return new TextDecoder().decode(bytes)
}
