/**
 * S3 media settings (cms/storage/config.ts) and the preview's file links with
 * media on S3: a draft's files are not in the public copies, so the preview
 * must read them from the CMS, as it does for /tep/ files on local disk.
 */
import { describe, expect, it } from 'vitest'

import { adaptPreviewHtml } from '@dvctt/cms/preview/handler'

import { readS3Config } from '../../cms/storage/config'
import { productionEnvProblems } from '../../scripts/lib/production-env'

const COMPLETE = {
  S3_BUCKET: 'dvctt-media',
  S3_ENDPOINT: 'https://s3.laichau.gov.vn/',
  S3_REGION: 'us-east-1',
  S3_ACCESS_KEY_ID: 'khoa',
  S3_SECRET_ACCESS_KEY: 'bi-mat',
  S3_FORCE_PATH_STYLE: 'true',
  MEDIA_PUBLIC_URL: 'https://cdn.laichau.gov.vn/tep',
}

describe('S3 media settings', () => {
  it('no S3 variable at all means local disk', () => {
    expect(readS3Config({})).toBeNull()
  })

  it('a complete set is read once, with a trailing slash on the public URL', () => {
    expect(readS3Config(COMPLETE)).toMatchObject({
      bucket: 'dvctt-media',
      endpoint: 'https://s3.laichau.gov.vn',
      forcePathStyle: true,
      publicUrl: 'https://cdn.laichau.gov.vn/tep/',
      privatePrefix: 'media',
      publicPrefix: 'public',
    })
  })

  it('a partial set is refused in Vietnamese, naming what is missing', () => {
    const { S3_SECRET_ACCESS_KEY: _secret, MEDIA_PUBLIC_URL: _url, ...partial } = COMPLETE
    expect(() => readS3Config(partial)).toThrow(/thiếu S3_SECRET_ACCESS_KEY, MEDIA_PUBLIC_URL/)
    expect(() => readS3Config({ MEDIA_PUBLIC_URL: 'https://cdn.laichau.gov.vn/' })).toThrow(/thiếu S3_BUCKET/)
  })

  it('refuses a public URL that is not http(s) and a path-style flag that is not a boolean', () => {
    expect(() => readS3Config({ ...COMPLETE, MEDIA_PUBLIC_URL: 'cdn.laichau.gov.vn' })).toThrow(/MEDIA_PUBLIC_URL/)
    expect(() => readS3Config({ ...COMPLETE, S3_FORCE_PATH_STYLE: 'có' })).toThrow(/true hoặc false/)
  })
})

describe('npm run serve with S3 set partially', () => {
  it('refuses to start, naming the missing variables; without any S3 variable it says nothing of S3', () => {
    const base = { DATABASE_URL: 'file:/srv/dvctt/data/thuvien.db', SERVER_URL: 'https://thuvien.example' }
    const s3Problem = (env: Record<string, string>) =>
      productionEnvProblems({ ...base, ...env }).find((problem) => problem.includes('S3'))
    expect(s3Problem({ S3_BUCKET: 'dvctt-media' })).toMatch(/Cấu hình lưu trữ S3 chưa đủ.*thiếu S3_REGION/)
    expect(s3Problem({})).toBeUndefined()
    expect(s3Problem(COMPLETE)).toBeUndefined()
  })
})

describe('preview with media on S3', () => {
  it('links the version’s files to the CMS file route, not to the public copies', () => {
    const publicFilesUrl = 'https://cdn.laichau.gov.vn/tep/'
    const html = `<html><head></head><body><img src="${publicFilesUrl}bia-480.webp" srcset="${publicFilesUrl}bia-480.webp 480w,${publicFilesUrl}bia-960.webp 960w"><a href="/tep/mau.pdf">Tải</a></body></html>`
    const adapted = adaptPreviewHtml(html, {
      pageUrl: 'https://cms.example/xem-truoc/abc',
      cmsOrigin: 'https://cms.example',
      siteUrl: 'https://thuvien.example',
      siteBase: '/',
      expiresAt: new Date('2026-12-06T10:00:00Z'),
      publicState: 'nothing',
      publicFilesUrl,
    })
    expect(adapted).not.toContain(publicFilesUrl)
    expect(adapted).toContain('src="https://cms.example/api/media/file/bia-480.webp"')
    expect(adapted).toContain(',https://cms.example/api/media/file/bia-960.webp 960w')
    expect(adapted).toContain('href="https://cms.example/api/media/file/mau.pdf"')
  })
})
