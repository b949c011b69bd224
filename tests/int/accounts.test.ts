/**
 * Accounts: no first-user sign-up over the network in production, sign-in
 * limits per account and per client address, Secure cookies behind HTTPS, and
 * a password change that ends the account's other sessions.
 */
import { execFile } from 'node:child_process'
import path from 'node:path'
import { promisify } from 'node:util'

import type { Payload } from 'payload'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'

import { FIRST_USER_SIGNUP_REFUSED, firstUserSignupAllowed } from '@dvctt/cms/auth/firstUserSignup'
import { clientAddress, LOGIN_FAILURES_PER_ADDRESS } from '@dvctt/cms/auth/loginRateLimit'
import { secureCookies } from '@dvctt/cms/auth/secureCookies'
import config from '@dvctt/cms/config'
import type { User } from '@dvctt/cms/payload-types'
import { REST_POST } from '@payloadcms/next/routes'

import { describeWithDatabase, getTestPayload } from '../support/cms'
import { type Credentials, type Fixtures, fixtures, uniqueSuffix } from '../support/factories'
import { CmsHttpClient } from '../support/http'

const post = REST_POST(config)
const root = path.resolve(import.meta.dirname, '../..')

interface Answer {
  status: number
  body: {
    token?: string
    message?: string
    user?: User | null
    errors?: { message: string; data?: { retryAfterSeconds?: number } }[]
  }
  setCookie: string | null
}

/** A POST as a browser behind our proxy would send it, from the given client address. */
async function postFrom(address: string | undefined, route: string, body: unknown): Promise<Answer> {
  const headers = new Headers({ 'Content-Type': 'application/json', 'Accept-Language': 'vi' })
  if (address) headers.set('X-Forwarded-For', address)
  const url = new URL(`http://localhost:3000/api${route}`)
  const request = new Request(url, { method: 'POST', headers, body: JSON.stringify(body) })
  const slug = url.pathname.slice('/api/'.length).split('/')
  const response = await post(request, { params: Promise.resolve({ slug }) })
  return {
    status: response.status,
    body: (await response.json()) as Answer['body'],
    setCookie: response.headers.get('set-cookie'),
  }
}

/** A client address no other test uses (TEST-NET-3 plus a counter). */
let addressCounter = Math.floor(Math.random() * 200)
const freshAddress = (): string => `203.0.113.${++addressCounter % 250}`

describe('account settings (pure)', () => {
  it('first-user sign-up: on in development, off in production, ALLOW_FIRST_USER_SIGNUP decides when set', () => {
    expect(firstUserSignupAllowed({ NODE_ENV: 'development' })).toBe(true)
    expect(firstUserSignupAllowed({ NODE_ENV: 'production' })).toBe(false)
    expect(firstUserSignupAllowed({ NODE_ENV: 'production', DEMO_MODE: '1' })).toBe(true)
    expect(firstUserSignupAllowed({ NODE_ENV: 'production', ALLOW_FIRST_USER_SIGNUP: '1' })).toBe(true)
    expect(firstUserSignupAllowed({ NODE_ENV: 'development', ALLOW_FIRST_USER_SIGNUP: '0' })).toBe(false)
  })

  it('cookies are Secure behind HTTPS and in production, plain for the http demo', () => {
    expect(secureCookies({ SERVER_URL: 'https://thuvien.laichau.gov.vn' })).toBe(true)
    expect(secureCookies({ SERVER_URL: 'http://localhost:3000', NODE_ENV: 'production' })).toBe(true)
    expect(secureCookies({ SERVER_URL: 'http://localhost:3000', NODE_ENV: 'production', DEMO_MODE: '1' })).toBe(false)
    expect(secureCookies({ SERVER_URL: 'http://localhost:3000', NODE_ENV: 'development' })).toBe(false)
  })

  it('the client address comes from our proxy only when TRUSTED_PROXY=1', () => {
    const forged = new Headers({ 'X-Forwarded-For': '1.2.3.4, 198.51.100.7' })
    // Behind a trusted proxy: the entry the proxy appended, not what the client claimed.
    expect(clientAddress(forged, true)).toBe('198.51.100.7')
    // Straight to `next start`: the header as Next.js passed it.
    expect(clientAddress(forged, false)).toBe('1.2.3.4, 198.51.100.7')
    expect(clientAddress(new Headers(), true)).toBeUndefined()
  })
})

describeWithDatabase('accounts', () => {
  let payload: Payload
  let make: Fixtures
  const savedEnv = { ...process.env }

  beforeAll(async () => {
    payload = await getTestPayload()
    make = fixtures(payload)
  })

  // Written through a plain record: Next's types make NODE_ENV read-only.
  const env = process.env as Record<string, string | undefined>

  afterEach(() => {
    for (const name of ['NODE_ENV', 'ALLOW_FIRST_USER_SIGNUP', 'TRUSTED_PROXY', 'DEMO_MODE']) {
      if (savedEnv[name] === undefined) delete env[name]
      else env[name] = savedEnv[name]
    }
  })

  const countByEmail = async (email: string): Promise<number> =>
    (await payload.count({ collection: 'users', where: { email: { equals: email } } })).totalDocs

  describe('first administrator', () => {
    const attempt = () => ({
      email: `dau-tien-${uniqueSuffix()}@thuvien.example`,
      password: 'mat-khau-rat-dai-2026',
      name: 'Kẻ lạ',
    })

    it('in production, POST /api/users/first-register is refused with the command to run instead', async () => {
      env.NODE_ENV = 'production'
      delete process.env.ALLOW_FIRST_USER_SIGNUP
      delete process.env.DEMO_MODE
      const data = attempt()
      const answer = await postFrom(undefined, '/users/first-register', data)
      expect(answer.status).toBe(403)
      expect(answer.body.errors?.[0]?.message).toBe(FIRST_USER_SIGNUP_REFUSED)
      expect(answer.body.errors?.[0]?.message).toContain('npm run create-admin')
      expect(answer.body.token).toBeUndefined()
      expect(answer.setCookie).toBeNull()
      expect(await countByEmail(data.email)).toBe(0)
    })

    it('ALLOW_FIRST_USER_SIGNUP=0 refuses it outside production too', async () => {
      process.env.ALLOW_FIRST_USER_SIGNUP = '0'
      const data = attempt()
      const answer = await postFrom(undefined, '/users/first-register', data)
      expect(answer.status).toBe(403)
      expect(answer.body.errors?.[0]?.message).toBe(FIRST_USER_SIGNUP_REFUSED)
      expect(await countByEmail(data.email)).toBe(0)
    })

    it("when allowed, Payload's own rule still applies: once an account exists, nobody registers as first user", async () => {
      process.env.ALLOW_FIRST_USER_SIGNUP = '1'
      await make.createUser('admin')
      const data = attempt()
      const answer = await postFrom(undefined, '/users/first-register', data)
      expect(answer.status).toBe(403)
      expect(answer.body.errors?.[0]?.message).not.toBe(FIRST_USER_SIGNUP_REFUSED)
      expect(await countByEmail(data.email)).toBe(0)
    })
  })

  describe('npm run create-admin', () => {
    const createAdmin = (args: string[], extraEnv: Record<string, string> = {}) => {
      const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', PAYLOAD_LOG_LEVEL: 'fatal', ...extraEnv }
      if (!('ADMIN_PASSWORD' in extraEnv)) delete env.ADMIN_PASSWORD
      return promisify(execFile)(process.execPath, ['--import', 'tsx', 'scripts/create-admin.ts', ...args], {
        cwd: root,
        env,
        timeout: 90_000,
      })
    }

    it('makes an administrator in production with a generated password printed once; a second run for the same e-mail changes nothing', async () => {
      const email = `quan-tri-${uniqueSuffix()}@thuvien.example`
      const { stdout } = await createAdmin(['--email', email, '--name', 'Quản trị Sở KH&CN'])
      expect(stdout).toContain(`Đã tạo tài khoản quản trị ${email}`)
      const password = /Mật khẩu \(chỉ hiện một lần[^)]*\): (\S+)/.exec(stdout)?.[1]
      expect(password).toBeTruthy()
      const [account] = (await payload.find({ collection: 'users', where: { email: { equals: email } } })).docs
      expect(account?.role).toBe('admin')
      const signIn = await postFrom(undefined, '/users/login', { email, password })
      expect(signIn.status).toBe(200)

      const again = await createAdmin(['--email', email, '--name', 'Ai đó'], {
        ADMIN_PASSWORD: 'mot-mat-khau-khac-du-dai',
      }).then(
        () => ({ code: 0, stderr: '' }),
        (error: { code?: number; stderr?: string }) => ({ code: error.code ?? -1, stderr: error.stderr ?? '' }),
      )
      expect(again.code).toBe(1)
      expect(again.stderr).toContain(`Đã có tài khoản ${email}`)
      expect(again.stderr).toContain('--reset-password')
      expect(await countByEmail(email)).toBe(1)

      // The way back in when the administrator forgot the password and the server sends no e-mail.
      const newPassword = `Mật-khẩu-đặt-lại-${uniqueSuffix()}`
      const reset = await createAdmin(['--email', email, '--reset-password'], { ADMIN_PASSWORD: newPassword })
      expect(reset.stdout).toContain(`Đã đặt mật khẩu mới cho ${email}`)
      expect((await postFrom(freshAddress(), '/users/login', { email, password })).status).toBe(401)
      expect((await postFrom(undefined, '/users/login', { email, password: newPassword })).status).toBe(200)
      expect(await countByEmail(email)).toBe(1)
    })

    it('without SMTP, «Quên mật khẩu?» is refused with who resets passwords, and no reset token is made', async () => {
      const { user } = await make.createUser('editor')
      const asked = await postFrom(freshAddress(), '/users/forgot-password', { email: user.email })
      expect(asked.status).toBe(503)
      expect(asked.body.errors?.[0]?.message).toContain('chưa cấu hình gửi thư (SMTP_URL)')
      expect(asked.body.errors?.[0]?.message).toContain('«Đổi mật khẩu»')
      const stored = await payload.find({
        collection: 'users',
        where: { id: { equals: user.id } },
        showHiddenFields: true,
        depth: 0,
      })
      expect((stored.docs[0] as { resetPasswordToken?: string | null }).resetPasswordToken ?? null).toBeNull()
    })
  })

  describe('sign-in limits', () => {
    it(`after ${LOGIN_FAILURES_PER_ADDRESS} failed sign-ins from one address, that address gets 429 with when to retry; others still sign in`, async () => {
      process.env.TRUSTED_PROXY = '1'
      const { login } = await make.createUser('editor')
      const attacker = freshAddress()
      for (let i = 0; i < LOGIN_FAILURES_PER_ADDRESS; i++) {
        const answer = await postFrom(attacker, '/users/login', {
          email: `khong-co-${uniqueSuffix()}@thuvien.example`,
          password: 'sai',
        })
        expect(answer.status).toBe(401)
      }
      // Even the right password is refused from that address until the window passes…
      const refused = await postFrom(attacker, '/users/login', login)
      expect(refused.status).toBe(429)
      const message = refused.body.errors?.[0]?.message ?? ''
      expect(message).toMatch(/^Đăng nhập sai quá nhiều lần từ địa chỉ này\. Hãy thử lại sau \d+ phút/)
      expect(refused.body.errors?.[0]?.data?.retryAfterSeconds).toBeGreaterThan(0)
      expect(refused.body.token).toBeUndefined()
      // …and a forged first X-Forwarded-For entry does not get around it behind the proxy.
      expect((await postFrom(`10.9.8.7, ${attacker}`, '/users/login', login)).status).toBe(429)
      // The real user, elsewhere, is not affected.
      const elsewhere = await postFrom(freshAddress(), '/users/login', login)
      expect(elsewhere.status).toBe(200)
      expect(elsewhere.body.token).toBeTruthy()
    })

    it('successful sign-ins do not count against the address (an office of many people shares one)', async () => {
      process.env.TRUSTED_PROXY = '1'
      const { login } = await make.createUser('contributor')
      const office = freshAddress()
      for (let i = 0; i < LOGIN_FAILURES_PER_ADDRESS + 5; i++) {
        expect((await postFrom(office, '/users/login', login)).status).toBe(200)
      }
    })

    it('an account attacked from many addresses is locked for 10 minutes at most, not for good', async () => {
      process.env.TRUSTED_PROXY = '1'
      const { user, login } = await make.createUser('reviewer')
      const before = Date.now()
      for (let i = 0; i < 5; i++) {
        await postFrom(freshAddress(), '/users/login', { email: login.email, password: `sai-${i}` })
      }
      // Locked: the right password is refused for now…
      const locked = await postFrom(freshAddress(), '/users/login', login)
      expect(locked.status).toBe(401)
      expect(locked.body.token).toBeUndefined()
      // …until a time at most lockTime (10 minutes) away, after which it opens by itself.
      const stored = await payload.findByID({ collection: 'users', id: user.id, showHiddenFields: true })
      const lockUntil = new Date(stored.lockUntil ?? 0).getTime()
      expect(lockUntil).toBeGreaterThan(before)
      expect(lockUntil).toBeLessThanOrEqual(Date.now() + 10 * 60 * 1000)
      // Simulate the lock running out (what the clock would do): the user signs in again.
      await payload.update({
        collection: 'users',
        id: user.id,
        data: { lockUntil: new Date(Date.now() - 1000).toISOString(), loginAttempts: 0 } as Partial<User>,
      })
      expect((await postFrom(freshAddress(), '/users/login', login)).status).toBe(200)
    })
  })

  describe('unlocking', () => {
    it('only an administrator unlocks a locked account', async () => {
      const locked = await make.createUser('editor')
      for (let i = 0; i < 5; i++)
        await postFrom(undefined, '/users/login', { email: locked.login.email, password: `sai-${i}` })
      expect((await postFrom(undefined, '/users/login', locked.login)).status).toBe(401)

      const contributor = await make.createUser('contributor')
      const contributorClient = new CmsHttpClient()
      await contributorClient.login(contributor.login.email, contributor.login.password)
      expect((await contributorClient.post('/users/unlock', { email: locked.login.email })).status).toBe(403)
      expect((await postFrom(undefined, '/users/login', locked.login)).status).toBe(401)

      const admin = await make.createUser('admin')
      const adminClient = new CmsHttpClient()
      await adminClient.login(admin.login.email, admin.login.password)
      expect((await adminClient.post('/users/unlock', { email: locked.login.email })).status).toBe(200)
      expect((await postFrom(undefined, '/users/login', locked.login)).status).toBe(200)
    })
  })

  describe('cookies', () => {
    it('this test server (http, not production) sets the sign-in cookie without Secure, as configured', async () => {
      const { login } = await make.createUser('editor')
      const answer = await postFrom(undefined, '/users/login', login)
      expect(answer.status).toBe(200)
      expect(payload.collections.users.config.auth.cookies.secure).toBe(secureCookies(process.env))
      expect(answer.setCookie).toMatch(/payload-token=/)
      expect(answer.setCookie).not.toMatch(/;\s*Secure/i)
    })

    it('a CMS started with SERVER_URL=https://… sets the sign-in cookie with Secure (separate process: the config is read at start)', async () => {
      const { login } = await make.createUser('editor')
      const script = `
        const { REST_POST } = await import('@payloadcms/next/routes')
        const { default: config } = await import('@dvctt/cms/config')
        const post = REST_POST(config)
        const request = new Request('https://thuvien.example/api/users/login', {
          method: 'POST', headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ email: process.env.LOGIN_EMAIL, password: process.env.LOGIN_PASSWORD }),
        })
        const response = await post(request, { params: Promise.resolve({ slug: ['users', 'login'] }) })
        console.log(JSON.stringify({ status: response.status, setCookie: response.headers.get('set-cookie') }))
        process.exit(0)
      `
      const { stdout } = await promisify(execFile)(
        process.execPath,
        ['--import', 'tsx', '--input-type=module', '-e', script],
        {
          cwd: root,
          env: {
            ...process.env,
            SERVER_URL: 'https://thuvien.example',
            LOGIN_EMAIL: login.email,
            LOGIN_PASSWORD: login.password,
            PAYLOAD_LOG_LEVEL: 'fatal',
          },
          timeout: 60_000,
        },
      )
      const lastLine = stdout.trim().split('\n').pop() ?? '{}'
      const result = JSON.parse(lastLine) as { status: number; setCookie: string | null }
      expect(result.status).toBe(200)
      expect(result.setCookie).toMatch(/payload-token=/)
      expect(result.setCookie).toMatch(/;\s*Secure/i)
    })
  })

  describe('sessions', () => {
    it("changing the password ends the account's other sessions and keeps the one that changed it", async () => {
      const { user, login } = await make.createUser('contributor')
      const first = new CmsHttpClient()
      const second = new CmsHttpClient()
      await first.login(login.email, login.password)
      await second.login(login.email, login.password)
      expect((await second.get<{ user: User | null }>('/users/me')).body.user?.id).toBe(user.id)

      const newPassword = `Mật-khẩu-mới-${uniqueSuffix()}`
      const changed = await first.patch(`/users/${user.id}`, { password: newPassword })
      expect(changed.status).toBe(200)

      expect((await second.get<{ user: User | null }>('/users/me')).body.user ?? null).toBeNull()
      expect((await second.get(`/users/${user.id}`)).status).toBe(403)
      expect((await first.get<{ user: User | null }>('/users/me')).body.user?.id).toBe(user.id)
      // The old password no longer opens the account; the new one does.
      expect((await postFrom(undefined, '/users/login', login)).status).toBe(401)
      expect((await postFrom(undefined, '/users/login', { email: login.email, password: newPassword })).status).toBe(
        200,
      )
    })

    it('an administrator resetting someone else’s password ends all of that person’s sessions', async () => {
      const admin = await make.createUser('admin')
      const target: { user: User; login: Credentials } = await make.createUser('editor')
      const theirs = new CmsHttpClient()
      await theirs.login(target.login.email, target.login.password)
      const adminClient = new CmsHttpClient()
      await adminClient.login(admin.login.email, admin.login.password)
      expect(
        (await adminClient.patch(`/users/${target.user.id}`, { password: `Đặt-lại-${uniqueSuffix()}` })).status,
      ).toBe(200)
      expect((await theirs.get<{ user: User | null }>('/users/me')).body.user ?? null).toBeNull()
      expect((await adminClient.get<{ user: User | null }>('/users/me')).body.user?.id).toBe(admin.user.id)
    })
  })
})
