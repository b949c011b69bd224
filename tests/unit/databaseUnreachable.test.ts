import { afterEach, describe, expect, it } from 'vitest'

import { getCmsPayload } from '../../cms/lib/getCmsPayload'

const saved = process.env.DATABASE_URL

afterEach(() => {
  if (saved === undefined) delete process.env.DATABASE_URL
  else process.env.DATABASE_URL = saved
})

describe('an unreachable database server', () => {
  it.each([
    ['postgres', 'postgres://editor:secret@127.0.0.1:1/thuvien'],
    ['mongodb', 'mongodb://editor:secret@127.0.0.1:1/thuvien'],
  ])('stops %s with one Vietnamese paragraph that names the server and hides the password', async (kind, url) => {
    process.env.DATABASE_URL = url
    const failure = getCmsPayload()
    await expect(failure).rejects.toThrow(`Không kết nối được cơ sở dữ liệu ${kind}`)
    await expect(failure).rejects.toThrow('127.0.0.1:1')
    await expect(failure).rejects.toThrow('Kiểm tra DATABASE_URL')
    await expect(failure).rejects.not.toThrow('secret')
  })
})
