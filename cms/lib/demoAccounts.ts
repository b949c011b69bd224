/**
 * The demo accounts `npm run seed` makes outside production (scripts/seed/users.ts).
 * Their password is printed in the README, so in production they are refused at
 * sign-in wherever they came from (an earlier demo start, a restored backup), as
 * is any account whose password is the published demo one.
 */
export const DEMO_EMAIL_DOMAIN = 'demo.local'
export const DEMO_PASSWORD = 'demo-laichau-2026'

export const isDemoEmail = (email: unknown): boolean =>
  typeof email === 'string' && email.trim().toLowerCase().endsWith(`@${DEMO_EMAIL_DOMAIN}`)
