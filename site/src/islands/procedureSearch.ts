import { codeFromUrl } from '../lib/procedureCatalogue'
import { normalizeQuery, unmatchedTerms } from '../lib/searchText'
import { isPagefindCurrent, loadPagefind, rememberIndexVersion, type PagefindResultData } from './pagefindApi'

/** Procedure pages are indexed under this kind (pages/thu-tuc/[code].astro). */
const PROCEDURE_KIND = 'Thủ tục hành chính'

/** What the search found: the codes of matching procedure pages, or why nothing could be searched. */
export interface Found {
  /** The query text this answers. */
  text: string
  codes: Set<string> | null
  /** Words no procedure contains. */
  unknown: string[]
  error: boolean
}

/**
 * The codes of the procedure pages matching `text` in the site's Pagefind
 * index (shared with the search page, so the same Vietnamese-aware matching).
 * A site rebuilt since the index was loaded gets a fresh index first: the old
 * one would ask for chunks that are gone.
 */
export async function searchProcedureCodes(pagefindUrl: string, baseUrl: string, text: string): Promise<Found> {
  try {
    const fresh = !(await isPagefindCurrent(pagefindUrl))
    const api = await loadPagefind(pagefindUrl, baseUrl, { fresh })
    const { results } = await api.search(text, { filters: { kind: PROCEDURE_KIND } })
    const data: PagefindResultData[] = await Promise.all(results.map((r) => r.data()))
    // Codes need no check: Pagefind splits 1.001193 into 1001193 and 001193 on both sides.
    const terms = normalizeQuery(text).terms.filter((t) => !/^[\d.,]+$/.test(t))
    // Pagefind answers a word missing from the index with words sharing its first letters: such a word matches nothing.
    const unknown = unmatchedTerms(
      terms,
      data.map((d) => [d.content ?? '', ...Object.values(d.meta).map((v) => v ?? '')].join(' ')),
    )
    const codes = new Set(unknown.length ? [] : data.flatMap((d) => codeFromUrl(d.url) ?? []))
    rememberIndexVersion(pagefindUrl)
    return { text, codes, unknown, error: false }
  } catch {
    return { text, codes: null, unknown: [], error: true }
  }
}
