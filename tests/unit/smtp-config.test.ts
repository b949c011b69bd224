/** E-mail settings (cms/notify/smtpConfig.ts), as `npm run serve` checks them before starting. */
import { describe, expect, it } from 'vitest'

import { DEFAULT_FROM_NAME, readSmtpConfig } from '../../cms/notify/smtpConfig'
import { productionEnvProblems } from '../../scripts/lib/production-env'

const URL = 'smtps://thu:mat-khau@smtp.laichau.gov.vn:465'

describe('SMTP settings', () => {
  it('neither SMTP_URL nor SMTP_FROM: no e-mail, and nothing to complain about', () => {
    expect(readSmtpConfig({})).toBeNull()
    expect(readSmtpConfig({ SMTP_URL: ' ', SMTP_FROM: '' })).toBeNull()
  })

  it.each([
    ['khong-tra-loi@laichau.gov.vn', 'khong-tra-loi@laichau.gov.vn', DEFAULT_FROM_NAME],
    ['Sở TT&TT Lai Châu <khong-tra-loi@laichau.gov.vn>', 'khong-tra-loi@laichau.gov.vn', 'Sở TT&TT Lai Châu'],
    ['"Thư viện DVCTT" <tv@laichau.gov.vn>', 'tv@laichau.gov.vn', 'Thư viện DVCTT'],
  ])('SMTP_FROM=%s gives sender %s named %s', (from, fromAddress, fromName) => {
    expect(readSmtpConfig({ SMTP_URL: URL, SMTP_FROM: from })).toEqual({ url: URL, fromAddress, fromName })
  })

  it.each([
    [{ SMTP_URL: URL }, /chưa đặt SMTP_FROM/],
    [{ SMTP_FROM: 'tv@laichau.gov.vn' }, /chưa đặt SMTP_URL/],
    [{ SMTP_URL: 'smtp.laichau.gov.vn', SMTP_FROM: 'tv@laichau.gov.vn' }, /SMTP_URL không hợp lệ/],
    [{ SMTP_URL: 'https://smtp.laichau.gov.vn', SMTP_FROM: 'tv@laichau.gov.vn' }, /smtps?:\/\//],
    [{ SMTP_URL: URL, SMTP_FROM: 'thư viện' }, /SMTP_FROM không phải địa chỉ thư hợp lệ/],
  ])('%o is refused in Vietnamese', (env, message) => {
    expect(() => readSmtpConfig(env)).toThrow(message)
  })

  it('the password in SMTP_URL is never repeated in the refusal', () => {
    expect(() => readSmtpConfig({ SMTP_URL: 'ftp://thu:bi-mat@smtp.example', SMTP_FROM: 'a@b.vn' })).toThrow(
      /^(?!.*bi-mat)/,
    )
  })

  it('npm run serve refuses to start with half of the settings, and says nothing of e-mail without them', () => {
    const base = { DATABASE_URL: 'file:/srv/dvctt/data/thuvien.db', SERVER_URL: 'https://thuvien.example' }
    const smtpProblem = (env: Record<string, string>) =>
      productionEnvProblems({ ...base, ...env }).find((problem) => problem.includes('SMTP'))
    expect(smtpProblem({ SMTP_URL: URL })).toMatch(/chưa đặt SMTP_FROM/)
    expect(smtpProblem({})).toBeUndefined()
    expect(smtpProblem({ SMTP_URL: URL, SMTP_FROM: 'tv@laichau.gov.vn' })).toBeUndefined()
  })
})
