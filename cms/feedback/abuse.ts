/*
 * Vietnamese abuse and profanity that flags an item for the moderator (never a silent drop: the item is
 * stored and waits in the queue like any other, with the words found). Two lists:
 * - WITH_MARKS: matched as whole words on the text as written (lower case, NFC);
 * - WITHOUT_MARKS: how people type them without Vietnamese input or as slang, matched as whole words
 *   written without marks. Only forms that are no ordinary unaccented word are listed: «lồn» typed plain
 *   is «lon» (as «lớn», big, typed plain), «buồi» is «buoi» (as «buổi»), so those are matched with marks only.
 */
const WITH_MARKS = [
  'địt',
  'đụ',
  'đéo',
  'đĩ',
  'lồn',
  'buồi',
  'cặc',
  'đù má',
  'đụ má',
  'địt mẹ',
  'đm',
  'đmm',
  'đcm',
  'óc chó',
  'đồ ngu',
  'ngu như chó',
  'thằng chó',
  'con chó',
  'chó chết',
  'mẹ mày',
  'bố mày',
  'khốn nạn',
  'súc vật',
  'mất dạy',
  'vô học',
  'cút đi',
  'đồ điên',
  'thằng điên',
] as const

const WITHOUT_MARKS = [
  'dit',
  'dit me',
  'du ma',
  'du me',
  'deo',
  'dm',
  'dmm',
  'dcm',
  'vcl',
  'vkl',
  'vl',
  'clgt',
  'oc cho',
  'do ngu',
  'thang cho',
  'cho chet',
  'me may',
  'khon nan',
  'suc vat',
  'mat day',
] as const

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const wholeWords = (words: readonly string[]): RegExp =>
  new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'gu')

const MARKED = wholeWords(WITH_MARKS)
const PLAIN = wholeWords(WITHOUT_MARKS)

/** The abuse words found in `text` (each once, as listed), for the moderator. */
export function findAbuse(text: string): string[] {
  const lower = text.normalize('NFC').toLowerCase()
  const found = new Set<string>(lower.match(MARKED) ?? [])
  // The unaccented forms only where the writer typed no marks: «dẻo» is not «deo».
  for (const word of lower.match(PLAIN) ?? []) found.add(word)
  return [...found]
}
