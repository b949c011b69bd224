/**
 * npm run create-admin -- --email <e-mail> --name "<full name>"
 * npm run create-admin -- --email <e-mail> --reset-password
 *
 * Makes an administrator account on the server. This is how the first
 * administrator is created in production, where the admin's "create first
 * user" form is switched off (see cms/auth/firstUserSignup.ts).
 * With --reset-password it sets a new password on an existing account instead (and
 * unlocks it): the way back in for an administrator when the server sends no e-mail.
 *
 * Password: ADMIN_PASSWORD if set; otherwise asked for on a terminal; otherwise
 * (no terminal, e.g. a deploy script) generated and printed once.
 * Environment: DATABASE_URL, PAYLOAD_SECRET as for the CMS.
 */
import crypto from 'node:crypto'
import readline from 'node:readline'
import { Writable } from 'node:stream'
import { parseArgs } from 'node:util'

import type { Payload } from 'payload'

import { DEMO_EMAIL_DOMAIN, isDemoEmail } from '@dvctt/cms/lib/demoAccounts'
import { isProduction } from '@dvctt/cms/lib/env'

import { exitWithMessage } from './lib/fail'

const MIN_PASSWORD_LENGTH = 12
const USAGE =
  'Cách dùng: npm run create-admin -- --email <thư điện tử> --name "<họ và tên>"  (tạo tài khoản quản trị), hoặc npm run create-admin -- --email <thư điện tử> --reset-password  (đặt mật khẩu mới cho tài khoản đã có)'

class UsageError extends Error {}

type Options = { email: string; name: string; resetPassword: boolean }

function readOptions(): Options {
  let values: { email?: string; name?: string; 'reset-password'?: boolean }
  try {
    ;({ values } = parseArgs({
      options: { email: { type: 'string' }, name: { type: 'string' }, 'reset-password': { type: 'boolean' } },
      strict: true,
    }))
  } catch (error) {
    throw new UsageError(`${error instanceof Error ? error.message : String(error)}. ${USAGE}`)
  }
  const email = values.email?.trim().toLowerCase() ?? ''
  const name = values.name?.trim() ?? ''
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email))
    throw new UsageError(`Thiếu hoặc sai địa chỉ thư điện tử (--email). ${USAGE}`)
  const resetPassword = values['reset-password'] === true
  if (!name && !resetPassword) throw new UsageError(`Thiếu họ và tên (--name). ${USAGE}`)
  if (isDemoEmail(email) && isProduction()) {
    throw new UsageError(
      `Địa chỉ @${DEMO_EMAIL_DOMAIN} dành cho tài khoản demo, bị từ chối đăng nhập ở production. Hãy dùng địa chỉ thư điện tử thật.`,
    )
  }
  return { email, name, resetPassword }
}

/** Asks on the terminal without echoing what is typed. */
async function askPassword(question: string): Promise<string> {
  let muted = false
  const output = new Writable({
    write(chunk: Buffer, _encoding, done) {
      if (!muted) process.stdout.write(chunk)
      done()
    },
  })
  const rl = readline.createInterface({ input: process.stdin, output, terminal: true })
  const answer = new Promise<string>((resolve) => rl.question(question, resolve))
  muted = true
  const password = await answer
  rl.close()
  process.stdout.write('\n')
  return password
}

async function choosePassword(): Promise<{ password: string; generated: boolean }> {
  const fromEnv = process.env.ADMIN_PASSWORD
  if (fromEnv !== undefined) {
    if (fromEnv.length < MIN_PASSWORD_LENGTH) {
      throw new UsageError(`ADMIN_PASSWORD quá ngắn: cần ít nhất ${MIN_PASSWORD_LENGTH} ký tự.`)
    }
    return { password: fromEnv, generated: false }
  }
  if (process.stdin.isTTY) {
    const password = await askPassword(`Mật khẩu (ít nhất ${MIN_PASSWORD_LENGTH} ký tự): `)
    if (password.length < MIN_PASSWORD_LENGTH)
      throw new UsageError(`Mật khẩu quá ngắn: cần ít nhất ${MIN_PASSWORD_LENGTH} ký tự.`)
    if ((await askPassword('Nhập lại mật khẩu: ')) !== password)
      throw new UsageError('Hai lần nhập mật khẩu không khớp.')
    return { password, generated: false }
  }
  return { password: crypto.randomBytes(18).toString('base64url'), generated: true }
}

let payload: Payload | undefined
let exitCode = 0

async function findAccount(cms: Payload, email: string): Promise<{ id: number | string } | undefined> {
  const { docs } = await cms.find({
    collection: 'users',
    where: { email: { equals: email } },
    depth: 0,
    limit: 1,
    overrideAccess: true,
  })
  return docs[0]
}

function printPassword(password: string, generated: boolean): void {
  if (generated) {
    console.log(`  Mật khẩu (chỉ hiện một lần, hãy lưu lại rồi đổi sau khi đăng nhập): ${password}`)
  }
}

try {
  const { email, name, resetPassword } = readOptions()
  const { password, generated } = await choosePassword()
  const { getCmsPayload } = await import('@dvctt/cms/lib/getCmsPayload')
  payload = await getCmsPayload({ migrate: true, log: (line) => console.log(`› ${line}`) })
  const existing = await findAccount(payload, email)
  const adminUrl = `${payload.config.serverURL || 'http://localhost:3000'}/admin`
  if (resetPassword) {
    if (!existing) throw new UsageError(`Không có tài khoản ${email}. Không có gì bị thay đổi. ${USAGE}`)
    // Unlocked too: a forgotten password often comes after a few wrong ones.
    await payload.update({
      collection: 'users',
      id: existing.id,
      data: { password, loginAttempts: 0, lockUntil: null },
      overrideAccess: true,
    })
    console.log(`✓ Đã đặt mật khẩu mới cho ${email} (và mở khóa tài khoản). Đăng nhập tại ${adminUrl}.`)
    printPassword(password, generated)
  } else {
    if (existing) {
      throw new UsageError(
        `Đã có tài khoản ${email}. Không tạo thêm tài khoản nào. Nếu quên mật khẩu, chạy lại lệnh với --reset-password thay cho --name, hoặc nhờ một quản trị khác đặt lại (Người dùng → tài khoản → «Đổi mật khẩu»).`,
      )
    }
    await payload.create({ collection: 'users', data: { email, name, password, role: 'admin' }, overrideAccess: true })
    console.log(`✓ Đã tạo tài khoản quản trị ${email} (${name}). Đăng nhập tại ${adminUrl}.`)
    printPassword(password, generated)
  }
} catch (error) {
  if (error instanceof UsageError) {
    process.stderr.write(`\n✖ ${error.message}\n`)
    exitCode = 1
  } else {
    await payload?.destroy().catch(() => undefined)
    exitWithMessage(error, 'Không tạo hoặc đặt lại được tài khoản quản trị; không có gì bị thay đổi')
  }
} finally {
  await payload?.destroy().catch(() => undefined)
}
process.exit(exitCode)
