import { describe, expect, it } from 'vitest'

import { LARGEST_SIZE_LIMIT } from '@dvctt/cms/uploads/policy'
import { oembedSize, sizeLimit } from '@dvctt/site/oembed-sizes'

import { DEFAULT_NGINX_OPTIONS, maxBodySize, renderNginxConfig } from '../../scripts/lib/nginx-config'
import { atLeastPattern } from '../../scripts/lib/nginx-oembed'

const options = { ...DEFAULT_NGINX_OPTIONS, serverName: 'thuvien.laichau.gov.vn' }

describe('the nginx configuration renderer (deploy/nginx/dvctt.conf)', () => {
  it('fills every slot; on port 443 the redirect names no port', () => {
    const config = renderNginxConfig(options)
    expect(config).not.toMatch(/@[A-Z_]+@/)
    expect(config).toContain('server_name thuvien.laichau.gov.vn;')
    expect(config).toContain('return 301 https://$host$request_uri;')
    expect(config).toContain(`root ${DEFAULT_NGINX_OPTIONS.siteRoot};`)
  })

  it('sends the build’s .gz files, and its .br files only when asked (the module is not in the nginx package)', () => {
    expect(renderNginxConfig(options)).toMatch(/^\s*gzip_static on;$/m)
    expect(renderNginxConfig(options)).not.toMatch(/^\s*brotli_static on;$/m)
    expect(renderNginxConfig({ ...options, brotliStatic: true })).toMatch(/^\s*brotli_static on;$/m)
  })

  it('keeps a non-standard https port in the redirect', () => {
    const config = renderNginxConfig({ ...options, httpsListen: '127.0.0.1:8443', httpListen: '127.0.0.1:8080' })
    expect(config).toContain('return 301 https://$host:8443$request_uri;')
    expect(config).toContain('listen 127.0.0.1:8443 ssl http2;')
  })

  it('lets the largest upload through, in whole megabytes', () => {
    const megabytes = Number(maxBodySize().replace(/m$/, ''))
    expect(megabytes * 1024 * 1024).toBeGreaterThan(LARGEST_SIZE_LIMIT)
    expect(renderNginxConfig(options)).toContain(`client_max_body_size ${maxBodySize()};`)
  })

  it.each([
    ['a path with a space', { siteRoot: '/srv/thu vien/site/dist' }],
    ['a name ending the directive', { serverName: 'thuvien.gov.vn; include /etc/passwd' }],
    ['an empty certificate path', { cert: '' }],
  ])('refuses %s, saying nothing was written', (_, change) => {
    expect(() => renderNginxConfig({ ...options, ...change })).toThrow(/Chưa ghi tệp cấu hình nào/)
  })

  it('refuses a template with a slot it does not know', () => {
    expect(() => renderNginxConfig(options, 'root @SITE_ROOT@;\nlisten @NEW_SLOT@;')).toThrow(/@NEW_SLOT@/)
  })

  it('writes number limits nginx can compare: each pattern accepts exactly the numbers at least its bound', () => {
    for (const bound of [1, 9, 10, 99, 150, 160, 195, 285, 420, 480, 640, 999, 1000]) {
      const pattern = new RegExp(`^(${atLeastPattern(bound)})$`)
      for (let n = 1; n <= 2100; n++) expect(pattern.test(String(n)), `${n} ≥ ${bound}`).toBe(n >= bound)
    }
  })

  it('gives the oEmbed sizes of npm start: the largest that fits both limits', () => {
    expect(oembedSize('video')).toEqual({ width: 640, height: 420 })
    expect(oembedSize('video', 300)).toEqual({ width: 240, height: 195 })
    expect(oembedSize('rich', 1000, 250)).toEqual({ width: 320, height: 240 })
    expect(oembedSize('rich', 50)).toEqual({ width: 160, height: 120 })
    expect([sizeLimit('0640'), sizeLimit('0'), sizeLimit('x'), sizeLimit('')]).toEqual([
      640,
      undefined,
      undefined,
      undefined,
    ])
    const config = renderNginxConfig(options)
    expect(config).toContain('sub_filter \'"width":640,"height":420}\'')
    expect(config).toContain('map "$dvctt_oembed_maxwidth:$dvctt_oembed_maxheight" $dvctt_oembed_rich_height {')
  })
})
