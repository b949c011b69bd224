/**
 * Pagefind folds tone and vowel marks but never đ, a letter of its own. A page's
 * đ-words reach a query typed with d only through its folded word list (the
 * `khongdau` field), which holds each word once and without its place in the
 * text: «dung han» then finds "đúng hạn", but cannot tell that the two words
 * stand together. So a typed word starting with d is also searched with đ, and
 * the pages that hold the đ-word take its score and places from that search.
 */
import type { PagefindResult } from '../pagefindApi'

/** «dung» → «đung»; null for a word that does not start with d or already has đ. */
export function withDStroke(word: string): string | null {
  if (!/^[dD]/.test(word) || /[đĐ]/.test(word)) return null
  return `${word[0] === 'D' ? 'Đ' : 'đ'}${word.slice(1)}`
}

/**
 * One word's hits, typed with d, joined with those of its đ form: a page in
 * both keeps the better score and the places of both (the d search places
 * only the words such as "dùng"); a page only in the đ search is added.
 * Best score first, as Pagefind orders its results.
 */
export function joinDStrokeHits(
  plain: readonly PagefindResult[],
  stroked: readonly PagefindResult[],
): PagefindResult[] {
  if (stroked.length === 0) return [...plain]
  const joined = new Map(plain.map((hit) => [hit.id, hit]))
  for (const hit of stroked) {
    const known = joined.get(hit.id)
    if (!known) {
      joined.set(hit.id, hit)
      continue
    }
    const words = [...new Set([...known.words, ...hit.words])].sort((a, b) => a - b)
    const better = hit.score > known.score ? hit : known
    joined.set(hit.id, { ...better, score: Math.max(known.score, hit.score), words })
  }
  return [...joined.values()].sort((a, b) => b.score - a.score)
}
