/**
 * What tests/e2e/feedback.test.ts asks of the real CMS over REST, as the people named: the demo admin
 * (a published material with an owning unit; a contributor account for that unit), the unit's contributor
 * (the queue, the answer) and the demo reviewer (the approval).
 */
import { DEMO_LOGIN, DEMO_USERS } from '../../scripts/seed/index'

export interface Session {
  token: string
  get<T>(path: string): Promise<T>
  patch<T>(path: string, body: unknown): Promise<{ status: number; body: T }>
  post<T>(path: string, body: unknown): Promise<{ status: number; body: T }>
}

export async function signInRest(cmsUrl: string, email: string, password: string): Promise<Session> {
  const login = await fetch(`${cmsUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  if (login.status !== 200) throw new Error(`sign-in of ${email} answered ${login.status}: ${await login.text()}`)
  const { token } = (await login.json()) as { token: string }
  const headers = { authorization: `JWT ${token}`, 'content-type': 'application/json' }
  const send = async <T>(method: string, path: string, body: unknown) => {
    const response = await fetch(`${cmsUrl}/api${path}`, { method, headers, body: JSON.stringify(body) })
    return { status: response.status, body: (await response.json()) as T }
  }
  return {
    token,
    async get<T>(path: string) {
      const response = await fetch(`${cmsUrl}/api${path}`, { headers })
      if (!response.ok) throw new Error(`GET ${path} answered ${response.status}: ${await response.text()}`)
      return (await response.json()) as T
    },
    patch: (path, body) => send('PATCH', path, body),
    post: (path, body) => send('POST', path, body),
  }
}

export const signInAdmin = (cmsUrl: string) => signInRest(cmsUrl, DEMO_LOGIN.email, DEMO_LOGIN.password)

export function signInReviewer(cmsUrl: string): Promise<Session> {
  const reviewer = DEMO_USERS.find((user) => user.role === 'reviewer')
  if (!reviewer) throw new Error('no demo reviewer')
  return signInRest(cmsUrl, reviewer.email, reviewer.password)
}

export interface OwnedMaterial {
  id: number | string
  slug: string
  title: string
  unit: { id: number | string; name: string }
}

/**
 * A published material that a unit owns (its contributor answers the questions about it): the first seeded one
 * with a cover, so its page is long enough at 360 px that the form starts below the fold (not a short leaflet
 * another e2e file published).
 */
export async function ownedMaterial(admin: Session): Promise<OwnedMaterial> {
  const found = await admin.get<{
    docs: { id: number | string; slug: string; title: string; ownerUnit: { id: number | string; name: string } }[]
  }>(
    '/materials?where[_status][equals]=published&where[ownerUnit][exists]=true&where[coverImage][exists]=true&sort=createdAt&limit=1&depth=1',
  )
  const material = found.docs[0]
  if (!material) throw new Error('the e2e library has no published material with an owning unit')
  return { id: material.id, slug: material.slug, title: material.title, unit: material.ownerUnit }
}

/** A contributor account of `unit`, made by the admin (the demo contributor belongs to Xã Sìn Hồ, which owns no published material). */
export async function contributorOf(
  cmsUrl: string,
  admin: Session,
  unit: OwnedMaterial['unit'],
  stamp: string,
): Promise<{ session: Session; email: string; password: string }> {
  const email = `cong-tac-vien-${stamp}@demo.local`
  const password = DEMO_LOGIN.password
  const made = await admin.post<{ errors?: unknown }>('/users', {
    email,
    password,
    name: `Cộng tác viên ${unit.name}`,
    role: 'contributor',
    unit: unit.id,
  })
  if (made.status !== 201)
    throw new Error(`creating the contributor answered ${made.status}: ${JSON.stringify(made.body)}`)
  return { session: await signInRest(cmsUrl, email, password), email, password }
}
