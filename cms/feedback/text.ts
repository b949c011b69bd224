import { FEEDBACK_TEXT_MAX, FEEDBACK_TEXT_MIN } from '../vocabulary/feedback'
import { findAbuse } from './abuse'
import { MAX_LINKS } from './limits'
import { maskPersonalData, type PersonalDataFound } from './personalData'

/** Control characters but tab and line feed: never useful in a question, sometimes used to hide text. */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g
const LINK =
  /(?:https?:\/\/|www\.)[^\s<>"]+|(?<![\p{L}\p{N}@.-])[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|org|info|biz|xyz|top|site|online|vn|ru|cn|io|me|co|ly|gl|link|click)(?:\/[^\s<>"]*)?(?![\p{L}\p{N}])/giu

/**
 * What a citizen typed, as stored: NFC, line ends as \n, control characters removed, trimmed. HTML is kept
 * as the characters typed (`<script>` stays those eight characters): it is text, never markup, and the
 * site and the admin print it escaped.
 */
export function cleanText(text: string): string {
  return text.normalize('NFC').replace(/\r\n?/g, '\n').replace(CONTROL, '').trim()
}

export const countLinks = (text: string): number => text.match(LINK)?.length ?? 0

export interface TextFacts {
  publicText: string
  personalData: PersonalDataFound[]
  flags: { abuseWords: string[]; links: number }
}

export type TextCheck = { ok: true; facts: TextFacts } | { ok: false; message: string }

/** The text's length and links are checked (refused with the reason); abuse is flagged; personal data masked. */
export function checkText(text: string): TextCheck {
  const length = [...text].length
  if (length < FEEDBACK_TEXT_MIN)
    return { ok: false, message: `Nội dung quá ngắn: hãy viết ít nhất ${FEEDBACK_TEXT_MIN} ký tự (đã có ${length}).` }
  if (length > FEEDBACK_TEXT_MAX)
    return {
      ok: false,
      message: `Nội dung quá dài: tối đa ${FEEDBACK_TEXT_MAX.toLocaleString('vi-VN')} ký tự (đã có ${length.toLocaleString('vi-VN')}). Hãy rút gọn rồi gửi lại.`,
    }
  const links = countLinks(text)
  if (links > MAX_LINKS)
    return {
      ok: false,
      message: `Nội dung có ${links} đường liên kết; mỗi góp ý chỉ được tối đa ${MAX_LINKS} liên kết (để chống quảng cáo). Hãy bớt liên kết rồi gửi lại.`,
    }
  const { masked, found } = maskPersonalData(text)
  return { ok: true, facts: { publicText: masked, personalData: found, flags: { abuseWords: findAbuse(text), links } } }
}
