/**
 * What an anonymous client (no signed-in account) may ask of the REST and
 * GraphQL API. Signed-in editors are not held to these: they have the login
 * limits (cms/auth/loginRateLimit.ts) and need whole lists in the admin.
 * The README's section «API công khai» quotes these numbers.
 */

/** Most documents in one anonymous page: a larger, zero or negative `limit` is served as this. */
export const ANONYMOUS_MAX_LIMIT = 100

/** Deepest relationship population for anonymous reads (Payload's own default is 2). */
export const ANONYMOUS_MAX_DEPTH = 2

/** GraphQL: Payload's complexity estimate (1 a field, 10 a relationship) a query may reach; Payload's default is 1000. */
export const GRAPHQL_MAX_COMPLEXITY = 500

/**
 * Per client address: a steady 2 requests a second (120 a minute), plus a
 * burst of 60 more a minute for a page that fires several requests at once.
 * PUBLIC_API_REQUESTS_PER_MINUTE changes the steady rate (the burst stays
 * half of it); 0 turns the throttle off.
 */
export const DEFAULT_REQUESTS_PER_MINUTE = 120

/** An anonymous list answer is served from memory for at most this long, even if no change was seen. */
export const LIST_CACHE_TTL_MS = 60_000

/** Memory the cached list answers may take together. */
export const LIST_CACHE_MAX_BYTES = 64 * 1024 * 1024

import { ConfigError } from '../lib/env'

export function requestsPerMinute(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.PUBLIC_API_REQUESTS_PER_MINUTE?.trim()
  if (!raw) return DEFAULT_REQUESTS_PER_MINUTE
  const value = Number(raw)
  if (!Number.isInteger(value) || value < 0) {
    throw new ConfigError(
      `PUBLIC_API_REQUESTS_PER_MINUTE phải là số nguyên không âm (0 để tắt giới hạn), nhận được "${raw}". ` +
        `Hãy sửa hoặc bỏ biến này (mặc định ${DEFAULT_REQUESTS_PER_MINUTE}).`,
    )
  }
  return value
}
