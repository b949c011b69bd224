import { ANONYMOUS_MAX_DEPTH, ANONYMOUS_MAX_LIMIT } from './limits'

export type NormalisedQuery = { ok: true; params: URLSearchParams; cacheKey: string } | { ok: false; message: string }

/** Query keys Payload reads as numbers or switches that decide how much work one request is. */
const GUARDED = new Set(['limit', 'depth', 'pagination'])

/** `joins[field][limit]` caps a join field's documents the way `limit` caps the list. */
const JOIN_LIMIT = /^joins\[[^[\]]+\]\[limit\]$/

/** `a[b][c]` → ['a', 'b', 'c'], the way Payload's query parser (qs) reads a key. */
const keySegments = (key: string): string[] => key.split(/[[\]]+/).filter(Boolean)

const capLimit = (value: string): string | null => {
  if (value.trim() === '' || Number.isNaN(Number(value))) return null
  const limit = Math.trunc(Number(value))
  return String(limit >= 1 && limit <= ANONYMOUS_MAX_LIMIT ? limit : ANONYMOUS_MAX_LIMIT)
}

const capDepth = (value: string): string | null => {
  if (value.trim() === '' || Number.isNaN(Number(value))) return null
  return String(Math.min(Math.max(Math.trunc(Number(value)), 0), ANONYMOUS_MAX_DEPTH))
}

const refusal = (message: string): NormalisedQuery => ({ ok: false, message })

/**
 * An anonymous request's query, made safe to run: `limit` above 100 (or 0 and
 * below, which Payload reads as "everything") becomes 100, `depth` above 2
 * becomes 2, and `pagination` other than `true` is refused, since
 * `pagination=false` returns every document. Values Payload would ignore
 * (not numbers) are dropped. Any other shape of these keys (`limit[]=`, a key
 * given twice) is refused rather than guessed at: the parser would read it as
 * an array, and `Number(['100000'])` is 100000.
 *
 * `cacheKey` is the resulting query with its keys sorted, so the same request
 * written in another order shares a cache entry.
 */
export function normaliseAnonymousQuery(search: URLSearchParams): NormalisedQuery {
  const params = new URLSearchParams()
  const seen = new Set<string>()
  for (const [key, value] of search) {
    const guardedSegment = keySegments(key).find((segment) => GUARDED.has(segment))
    if (!guardedSegment) {
      params.append(key, value)
      continue
    }
    if (seen.has(key)) return refusal(`Tham số «${key}» xuất hiện nhiều lần. Hãy gửi mỗi tham số một lần.`)
    seen.add(key)
    if (key === 'pagination') {
      if (value !== 'true') {
        return refusal(
          'Không hỗ trợ pagination=false khi chưa đăng nhập: mỗi lần chỉ trả tối đa ' +
            `${ANONYMOUS_MAX_LIMIT} tài liệu. Hãy bỏ tham số pagination và đọc lần lượt từng trang bằng page=1, 2, 3…`,
        )
      }
      params.append(key, value)
    } else if (key === 'limit' || JOIN_LIMIT.test(key)) {
      const capped = capLimit(value)
      if (capped !== null) params.append(key, capped)
    } else if (key === 'depth') {
      const capped = capDepth(value)
      if (capped !== null) params.append(key, capped)
    } else {
      return refusal(
        `Tham số «${key}» không được hỗ trợ. Dùng limit=<số> (tối đa ${ANONYMOUS_MAX_LIMIT}), ` +
          `depth=<số> (tối đa ${ANONYMOUS_MAX_DEPTH}) và page=<số>.`,
      )
    }
  }
  const sorted = [...params].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  return { ok: true, params, cacheKey: new URLSearchParams(sorted).toString() }
}
