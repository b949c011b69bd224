import { MASK } from '../vocabulary/feedback'

export type PersonalDataKind = 'phone' | 'id-number' | 'email'

export interface PersonalDataFound {
  kind: PersonalDataKind
  /** What was masked, as written (the moderator's warning shows it; staff only). */
  value: string
}

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu
/** A run of 8–14 digits, with at most one space, dot or dash between two digits, and an optional leading +. */
const DIGIT_RUN = /(?<![\p{L}\p{N}])\+?\d(?:[ .-]?\d){7,13}(?![\p{L}\p{N}])/gu

/**
 * What a run of digits is: a Vietnamese phone number (10 digits from 0[35789] for mobiles, 11 from 02 for
 * landlines, either with +84 / 84 in place of the 0), a 9-digit CMND or a 12-digit CCCD; else nothing.
 */
export function classifyDigits(run: string): PersonalDataKind | undefined {
  let digits = run.replace(/\D/g, '')
  if (/^84\d{9,10}$/.test(digits)) digits = `0${digits.slice(2)}`
  if (/^0[35789]\d{8}$/.test(digits) || /^02\d{9}$/.test(digits)) return 'phone'
  if (!run.startsWith('+') && (digits.length === 9 || digits.length === 12)) return 'id-number'
  return undefined
}

/**
 * The text with phone numbers, CMND/CCCD numbers and e-mail addresses replaced by «[đã ẩn]», and what was
 * replaced. Written as a citizen types them: "0912 345 678", "0912.345.678", "+84 912 345 678",
 * "001099012345", "ten.toi@gmail.com".
 */
export function maskPersonalData(text: string): { masked: string; found: PersonalDataFound[] } {
  const found: PersonalDataFound[] = []
  let masked = text.replace(EMAIL, (value) => {
    found.push({ kind: 'email', value })
    return MASK
  })
  masked = masked.replace(DIGIT_RUN, (value) => {
    const kind = classifyDigits(value)
    if (!kind) return value
    found.push({ kind, value })
    return MASK
  })
  return { masked, found }
}

/** Whether `contact` is a phone number or an e-mail address (the only contacts kept). */
export function isContact(contact: string): boolean {
  const email = contact.match(EMAIL)
  if (email && email[0] === contact) return true
  const digits = contact.match(DIGIT_RUN)
  return Boolean(digits && digits[0] === contact && classifyDigits(contact) === 'phone')
}
