/**
 * An upload over the multipart parser's global limit (the largest per-type
 * limit, cms/uploads/policy.ts) is refused with HTTP 413 over REST, not
 * truncated and stored.
 */
import fs from 'node:fs/promises'

import type { Payload } from 'payload'
import { beforeAll, expect, it } from 'vitest'

import { mediaDir } from '@dvctt/cms/lib/paths'
import { LARGEST_SIZE_LIMIT } from '@dvctt/cms/uploads/policy'

import { describeWithDatabase, getTestPayload } from '../support/cms'
import { fixtures } from '../support/factories'
import { mp4 } from '../support/hostileFiles'
import { CmsHttpClient } from '../support/http'

describeWithDatabase('global upload size limit', () => {
  let payload: Payload
  const client = new CmsHttpClient()

  beforeAll(async () => {
    payload = await getTestPayload()
    const { login } = await fixtures(payload).createUser('admin')
    await client.login(login.email, login.password)
  })

  it('refuses a file over the limit with 413 and stores nothing', async () => {
    const video = await mp4()
    const data = Buffer.concat([video, Buffer.alloc(LARGEST_SIZE_LIMIT + 1024 - video.length)])
    const [diskBefore, rowsBefore] = [
      await fs.readdir(mediaDir).catch(() => []),
      (await payload.count({ collection: 'media' })).totalDocs,
    ]
    const response = await client.upload<{ errors?: { message: string }[] }>(
      '/media',
      { data, name: 'video-qua-lon.mp4', mimetype: 'video/mp4' },
      { alt: 'Video quá lớn' },
    )
    expect(response.status).toBe(413)
    expect(response.body.errors?.[0]?.message).toMatch(/Tệp bị từ chối: tệp quá lớn \(giới hạn 500 MB\)/)
    expect((await payload.count({ collection: 'media' })).totalDocs).toBe(rowsBefore)
    expect(await fs.readdir(mediaDir).catch(() => [])).toEqual(diskBefore)
  })
})
