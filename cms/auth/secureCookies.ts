/**
 * Sign-in cookies carry `Secure` when the CMS is served over HTTPS, and always
 * in production (where it must be), so a session token never travels in clear.
 * Demo mode (`npm start`, DEMO_MODE=1) on http://localhost keeps them plain.
 */
export function secureCookies(env: Readonly<Record<string, string | undefined>> = process.env): boolean {
  const serverUrl = env.SERVER_URL?.trim() ?? ''
  if (serverUrl.startsWith('https://')) return true
  // As isProduction() in cms/lib/env.ts, but of the given environment.
  return env.NODE_ENV === 'production' && env.DEMO_MODE !== '1'
}
