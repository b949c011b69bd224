/** Accounts are private: nobody outside the editorial team learns who has one. */
import type { Payload } from 'payload'
import { beforeAll, expect, it } from 'vitest'

import type { User } from '@dvctt/cms/payload-types'

import { describeWithDatabase, getTestPayload } from '../support/cms'
import { type Credentials, type Fixtures, fixtures } from '../support/factories'
import { CmsHttpClient, graphqlId } from '../support/http'

interface Page<T> {
  docs: T[]
  totalDocs: number
}

describeWithDatabase('users: accounts are not public', () => {
  let payload: Payload
  let make: Fixtures
  let admin: { user: User; login: Credentials }
  let contributor: { user: User; login: Credentials }
  const anonymous = new CmsHttpClient()

  const expectNoEmails = (text: string): void => {
    expect(text).not.toContain(admin.login.email)
    expect(text).not.toContain(contributor.login.email)
  }

  beforeAll(async () => {
    payload = await getTestPayload()
    make = fixtures(payload)
    admin = await make.createUser('admin')
    contributor = await make.createUser('contributor')
  })

  it('anonymous GET /api/users is refused and shows no e-mail address', async () => {
    const response = await anonymous.get<Page<User>>('/users', { limit: 100 })
    expect(response.status).toBe(403)
    expectNoEmails(response.text)
  })

  it('anonymous GET /api/users/:id, /count and where-filters reveal nothing', async () => {
    const responses = await Promise.all([
      anonymous.get(`/users/${admin.user.id}`),
      anonymous.get('/users/count'),
      anonymous.get('/users', { where: { email: { like: admin.login.email } } }),
      anonymous.get('/users', { where: { role: { equals: 'admin' } } }),
    ])
    for (const response of responses) {
      expect([403, 404]).toContain(response.status)
      expectNoEmails(response.text)
    }
  })

  it('anonymous GraphQL Users and User(id) return no account', async () => {
    const list = await anonymous.graphql<{ Users: Page<User> | null }>('{ Users(limit: 100) { docs { email role } } }')
    expect(list.body.data?.Users ?? null).toBeNull()
    expectNoEmails(list.text)
    const one = await anonymous.graphql<{ User: User | null }>(`{ User(id: ${graphqlId(admin.user.id)}) { email } }`)
    expect(one.body.data?.User ?? null).toBeNull()
    expectNoEmails(one.text)
  })

  it('anonymous GET /api/users/me says nobody is signed in', async () => {
    const response = await anonymous.get<{ user: User | null }>('/users/me')
    expect(response.status).toBe(200)
    expect(response.body.user).toBeNull()
  })

  it('nobody can sign themselves up', async () => {
    const response = await anonymous.post('/users', {
      email: 'tu-dang-ky@thuvien.example',
      password: 'mat-khau-dai-123',
      role: 'admin',
    })
    expect(response.status).toBe(403)
    expect(
      (await payload.count({ collection: 'users', where: { email: { equals: 'tu-dang-ky@thuvien.example' } } }))
        .totalDocs,
    ).toBe(0)
  })

  it('a wrong password is refused without a token', async () => {
    const response = await anonymous.post<{ token?: string }>('/users/login', {
      email: admin.login.email,
      password: 'sai-mat-khau',
    })
    expect(response.status).toBe(401)
    expect(response.body.token).toBeUndefined()
  })

  it('a contributor sees only their own account', async () => {
    const client = new CmsHttpClient()
    await client.login(contributor.login.email, contributor.login.password)
    const response = await client.get<Page<User>>('/users', { limit: 100 })
    expect(response.status).toBe(200)
    expect(response.body.docs.map((user) => user.email)).toEqual([contributor.login.email])
    expect(response.text).not.toContain(admin.login.email)
  })

  it('a contributor cannot make themselves an administrator', async () => {
    const client = new CmsHttpClient()
    await client.login(contributor.login.email, contributor.login.password)
    await client.patch(`/users/${contributor.user.id}`, { role: 'admin' })
    const stored = await payload.findByID({ collection: 'users', id: contributor.user.id })
    expect(stored.role).toBe('contributor')
  })

  it('an administrator lists accounts', async () => {
    const client = new CmsHttpClient()
    await client.login(admin.login.email, admin.login.password)
    const response = await client.get<Page<User>>('/users', { limit: 100 })
    expect(response.status).toBe(200)
    expect(response.body.docs.map((user) => user.email)).toEqual(
      expect.arrayContaining([admin.login.email, contributor.login.email]),
    )
  })
})
