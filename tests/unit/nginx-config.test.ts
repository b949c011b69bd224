import { describe, expect, it } from 'vitest'

import { LARGEST_SIZE_LIMIT } from '@dvctt/cms/uploads/policy'

import { DEFAULT_NGINX_OPTIONS, maxBodySize, renderNginxConfig } from '../../scripts/lib/nginx-config'

const options = { ...DEFAULT_NGINX_OPTIONS, serverName: 'thuvien.laichau.gov.vn' }

describe('the nginx configuration renderer (deploy/nginx/dvctt.conf)', () => {
  it('fills every slot; on port 443 the redirect names no port', () => {
    const config = renderNginxConfig(options)
    expect(config).not.toMatch(/@[A-Z_]+@/)
    expect(config).toContain('server_name thuvien.laichau.gov.vn;')
    expect(config).toContain('return 301 https://$host$request_uri;')
    expect(config).toContain(`root ${DEFAULT_NGINX_OPTIONS.siteRoot};`)
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
})
