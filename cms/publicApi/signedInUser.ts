import { executeAuthStrategies, type Payload, type TypedUser } from 'payload'

/**
 * Whether the request may come from a signed-in account: it carries Payload's
 * session cookie or an Authorization header. Without either it is anonymous,
 * and we know it without touching the database.
 */
export function carriesCredentials(headers: Headers, cookiePrefix: string): boolean {
  if (headers.has('authorization')) return true
  const cookie = headers.get('cookie')
  return Boolean(cookie && new RegExp(`(?:^|;\\s*)${cookiePrefix}-token=`).test(cookie))
}

/**
 * The account behind the request, checked the way Payload checks it (token
 * signature, session still open), or null: a forged or expired token makes an
 * anonymous request, held to the anonymous limits.
 */
export async function signedInUser(payload: Payload, headers: Headers): Promise<TypedUser | null> {
  if (!carriesCredentials(headers, payload.config.cookiePrefix)) return null
  const { user } = await executeAuthStrategies({ headers, payload, canSetHeaders: false, isGraphQL: false })
  return user ?? null
}
