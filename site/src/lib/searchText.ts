/**
 * Vietnamese-aware text helpers shared by the build (what goes into the index)
 * and the search island (what the citizen typed, what gets highlighted).
 *
 * Pagefind folds tone and vowel marks itself but never đ/Đ, which are letters
 * of their own; everything here folds both, so "dang ky", "đăng ký" and
 * "ĐĂNG KÝ" are one and the same query.
 */

// The module itself, not the vocabulary's index: the search islands must not carry its date formatters.
import { foldVietnamese } from '@dvctt/cms/vocabulary/vietnamese'

/** Longer queries are cut here: nobody types more, and every word costs index chunks. */
export const MAX_QUERY_LENGTH = 200

/** Query words beyond this many are dropped: Pagefind ANDs words, so more only hides results. */
export const MAX_QUERY_WORDS = 12

/** "Đăng Ký" → "dang ky": lower case, no marks, đ → d. */
export function fold(text: string): string {
  return foldVietnamese(text).toLowerCase()
}

/** A word as the index sees it: letters and digits, with the dots of codes such as 1.001193 kept inside. */
const WORD = /[\p{L}\p{N}]+(?:[.,][\p{N}]+)*/gu

export interface NormalizedQuery {
  /** What is sent to Pagefind: the words, single-spaced, marks kept as typed (Pagefind folds them). */
  text: string
  /** Folded words, for highlighting and picking a transcript line. */
  terms: string[]
  /** The query had to be shortened. */
  truncated: boolean
}

/**
 * Cleans what was typed: anything that is not a word (punctuation, markup,
 * emoji) is dropped, and overlong input is cut. An empty `text` means there is
 * nothing to search for.
 */
export function normalizeQuery(raw: string): NormalizedQuery {
  const cut = raw.length > MAX_QUERY_LENGTH
  const all = (cut ? raw.slice(0, MAX_QUERY_LENGTH) : raw).normalize('NFC').match(WORD) ?? []
  // A lone letter or digit beside real words ("alert(1)", "bước 2") matches almost everything: leave it out.
  const words = all.some((w) => w.length > 1) ? all.filter((w) => w.length > 1) : all
  const kept = words.slice(0, MAX_QUERY_WORDS)
  return {
    text: kept.join(' '),
    terms: [...new Set(kept.map(fold))],
    truncated: cut || words.length > kept.length,
  }
}

/**
 * đ-words of a text folded to d ("Đăng ký đất đai" → "dang dat dai"),
 * deduplicated. Indexed as hidden metadata so a query typed without diacritics
 * finds them; words without đ need nothing, Pagefind folds their marks.
 */
export function foldedDWords(text: string): string {
  const words = new Set<string>()
  for (const word of text.match(/[\p{L}\p{N}]*[đĐ][\p{L}\p{N}]*/gu) ?? []) words.add(fold(word))
  return [...words].join(' ')
}

export interface Segment {
  text: string
  mark: boolean
}

/**
 * Splits plain text into runs, marking each word whose folded form matches a
 * query term: exactly, or as a prefix for the last term (the one still being
 * typed) and for terms of three letters or more ("khai" marks "khai", "sinh"
 * marks "sinh"; "dang" marks "đăng"). Rendered as text nodes, never as HTML.
 */
export function highlight(text: string, terms: readonly string[]): Segment[] {
  if (!text) return []
  if (terms.length === 0) return [{ text, mark: false }]
  const last = terms[terms.length - 1]
  const matches = (word: string): boolean => {
    const folded = fold(word)
    return terms.some(
      (term) => folded === term || (folded.startsWith(term) && (term === last || term.length >= 3) && term.length >= 2),
    )
  }
  const segments: Segment[] = []
  let plain = ''
  let at = 0
  for (const match of text.matchAll(WORD)) {
    const start = match.index ?? 0
    plain += text.slice(at, start)
    if (matches(match[0])) {
      if (plain) segments.push({ text: plain, mark: false })
      plain = ''
      segments.push({ text: match[0], mark: true })
    } else {
      plain += match[0]
    }
    at = start + match[0].length
  }
  plain += text.slice(at)
  if (plain) segments.push({ text: plain, mark: false })
  return segments
}

/** Pagefind's excerpt is escaped text with <mark> tags; this gives back the plain text. */
export function excerptText(excerpt: string): string {
  return excerpt
    .replace(/<\/?mark>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
}

export interface TranscriptAnchor {
  id: string
  text?: string
}

export interface TranscriptHit {
  seconds: number
  text: string
}

/**
 * The transcript line that best answers the query: the cue (an anchor with id
 * "t-<seconds>") containing the most query words, at least two of them, or the
 * only one for a one-word query. Ties go to the earlier line.
 */
export function bestTranscriptLine(
  anchors: readonly TranscriptAnchor[] | undefined,
  terms: readonly string[],
): TranscriptHit | null {
  if (!anchors?.length || terms.length === 0) return null
  const needed = Math.min(2, terms.length)
  let best: TranscriptHit | null = null
  let bestScore = 0
  for (const anchor of anchors) {
    const seconds = /^t-(\d+)$/.exec(anchor.id)?.[1]
    if (seconds === undefined || !anchor.text) continue
    const words = new Set((anchor.text.match(WORD) ?? []).map(fold))
    const score = terms.filter((term) => words.has(term)).length
    if (score >= needed && score > bestScore) {
      best = { seconds: Number(seconds), text: anchor.text }
      bestScore = score
    }
  }
  return best
}

/** 83 → "01:23"; 3725 → "1:02:05". */
export function clock(seconds: number): string {
  const total = Math.max(0, Math.floor(seconds))
  const h = Math.floor(total / 3600)
  const mm = String(Math.floor((total % 3600) / 60)).padStart(2, '0')
  const ss = String(total % 60).padStart(2, '0')
  return h ? `${h}:${mm}:${ss}` : `${mm}:${ss}`
}

/**
 * Query words that none of these results contain, even as a prefix. Pagefind
 * answers a word missing from the whole index with the words sharing its first
 * letters ("xyzabc" → nothing, "dang" → "dân"); those results look plausible and
 * are wrong, so such a word is treated as unknown.
 */
export function unmatchedTerms(terms: readonly string[], texts: readonly string[]): string[] {
  const words = new Set<string>()
  for (const text of texts) for (const word of text.match(WORD) ?? []) words.add(fold(word))
  const all = [...words]
  return terms.filter((term) => !words.has(term) && !all.some((word) => word.startsWith(term)))
}
