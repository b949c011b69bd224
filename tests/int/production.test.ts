/**
 * Production safety on every database: the schema comes from the committed
 * migrations and they cover the code; demo accounts never sign in in
 * production; a deleted document's id never comes back (its signed preview
 * link, audit entries and review actions cannot land on a newer document).
 */
import type { Payload } from 'payload'
import { afterEach, beforeAll, expect, it } from 'vitest'

import config from '@dvctt/cms/config'
import { DEMO_LOGIN_REFUSED } from '@dvctt/cms/auth/refuseDemoLogin'
import { DEMO_PASSWORD } from '@dvctt/cms/lib/demoAccounts'
import { databaseKindOf, knownMigrationNames, migrationState } from '@dvctt/cms/lib/migrations'
import { schemaDrift } from '@dvctt/cms/lib/migrate/schemaDrift'
import { handlePreview } from '@dvctt/cms/preview/handler'
import { signPreviewToken } from '@dvctt/cms/preview/token'
import { REST_POST } from '@payloadcms/next/routes'

import { describeWithDatabase, getTestPayload } from '../support/cms'
import { type Fixtures, fixtures, uniqueSuffix } from '../support/factories'

const post = REST_POST(config)
const nodeEnv = process.env.NODE_ENV

async function login(email: string, password: string): Promise<{ status: number; message: string }> {
  const request = new Request('http://localhost:3000/api/users/login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  const response = await post(request, { params: Promise.resolve({ slug: ['users', 'login'] }) })
  const body = (await response.json()) as { errors?: { message: string }[] }
  return { status: response.status, message: body.errors?.[0]?.message ?? '' }
}

describeWithDatabase('production safety', () => {
  let payload: Payload
  let make: Fixtures

  beforeAll(async () => {
    payload = await getTestPayload()
    make = fixtures(payload)
  })

  afterEach(() => {
    ;(process.env as Record<string, string | undefined>).NODE_ENV = nodeEnv
    delete process.env.DEMO_MODE
  })

  it('the database is at the newest migration and the migrations cover every field the code declares', async () => {
    const state = await migrationState(payload)
    const kind = databaseKindOf(payload)
    expect(state.pending).toEqual([])
    expect(state.unknown).toEqual([])
    expect(state.applied).toEqual(knownMigrationNames(kind))
    if (kind === 'mongodb') {
      // No migrations: the adapter builds the indexes when it connects, the unique ones included.
      const db = (
        payload.db as unknown as {
          connection: { db: { collection(name: string): { indexes(): Promise<{ key: object; unique?: boolean }[]> } } }
        }
      ).connection.db
      const unique = async (name: string) =>
        (await db.collection(name).indexes())
          .filter((index) => index.unique)
          .map((index) => Object.keys(index.key).join(','))
      expect(await unique('materials')).toContain('slug')
      expect(await unique('users')).toContain('email')
      return
    }
    expect(state.applied.length).toBeGreaterThan(0)
    // What `payload migrate:create` would put in a new migration: nothing.
    expect(await schemaDrift(payload, kind)).toEqual([])
  })

  it('in production a demo account is refused at sign-in with a Vietnamese reason; outside production it signs in', async () => {
    const email = `bientap-${uniqueSuffix()}@demo.local`
    const password = 'mat-khau-demo-rieng-123'
    await payload.create({ collection: 'users', data: { email, password, role: 'editor', name: 'Biên tập demo' } })
    expect((await login(email, password)).status).toBe(200)

    ;(process.env as Record<string, string>).NODE_ENV = 'production'
    const refused = await login(email, password)
    expect(refused.status).toBe(403)
    expect(refused.message).toBe(DEMO_LOGIN_REFUSED)

    // A public demo server (DEMO_MODE=1) keeps its demo logins.
    process.env.DEMO_MODE = '1'
    expect((await login(email, password)).status).toBe(200)
  })

  it('in production the published demo password is refused for any account, a real password is not', async () => {
    const { login: real } = await make.createUser('editor')
    await payload.update({
      collection: 'users',
      where: { email: { equals: real.email } },
      data: { password: DEMO_PASSWORD },
    })
    ;(process.env as Record<string, string>).NODE_ENV = 'production'
    expect((await login(real.email, DEMO_PASSWORD)).status).toBe(403)

    const { login: other } = await make.createUser('editor')
    expect((await login(other.email, other.password)).status).toBe(200)
  })

  it("a deleted draft's id is never given to the next document: its preview link stays 404", async () => {
    const first = await make.createDraftMaterial({ title: `Bản nháp sẽ bị xóa ${uniqueSuffix()}` })
    const link = signPreviewToken(payload.secret, first)
    await payload.delete({ collection: 'materials', id: first.id })

    const secondTitle = `Bản nháp của người khác ${uniqueSuffix()}`
    const second = await make.createDraftMaterial({ title: secondTitle })
    expect(String(second.id)).not.toBe(String(first.id))
    if (typeof first.id === 'number') expect(second.id).toBeGreaterThan(first.id)

    const response = await handlePreview(new Request(`http://localhost:3000/xem-truoc/${link}`), link, payload)
    expect(response.status).toBe(404)
    expect(await response.text()).not.toContain(secondTitle)
  })
})
