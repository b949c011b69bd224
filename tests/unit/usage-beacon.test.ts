/**
 * The usage beacon's pure rules (issue 17): who is counted, which host embeds the library, the body sent,
 * the QR marker, and where the site's build points the beacon. The beacons in Chromium: e2e/usage.test.ts.
 */
import { describe, expect, it } from 'vitest'

import { qrScanUrl } from '../../site/src/lib/qrPages'
import {
  beaconBody,
  countingAllowed,
  docId,
  embeddingHost,
  hostOf,
  withoutQrParam,
} from '../../site/src/usage/beaconCore'
import { readUsageEndpoint } from '../../site/src/usage/endpoint'

describe('countingAllowed', () => {
  it.each([
    [{}, {}, true],
    [{ doNotTrack: '0' }, {}, true],
    [{ doNotTrack: 'unspecified' }, {}, true],
    [{ doNotTrack: null, globalPrivacyControl: false }, {}, true],
    [{ doNotTrack: '1' }, {}, false],
    [{}, { doNotTrack: '1' }, false],
    [{ globalPrivacyControl: true }, {}, false],
    [{ doNotTrack: '1', globalPrivacyControl: true }, {}, false],
  ])('navigator %o, window %o → %s', (nav, win, allowed) => {
    expect(countingAllowed(nav, win)).toBe(allowed)
  })
})

describe('the embedding host', () => {
  it.each([
    ['https://SinHo.LaiChau.gov.vn:8443/tin-tuc/', 'sinho.laichau.gov.vn'],
    ['http://localhost:5173', 'localhost'],
    ['http://127.0.0.1:4000/trang.html', '127.0.0.1'],
    ['file:///C:/trang.html', ''],
    ['null', ''],
    ['', ''],
    [undefined, ''],
  ])('hostOf(%s) = %s', (address, host) => {
    expect(hostOf(address)).toBe(host)
  })

  it('prefers the parent frame’s origin, which no referrer policy hides, over the referrer', () => {
    expect(embeddingHost('https://sinho.laichau.gov.vn', 'https://other.example/', 'thuvien.laichau.gov.vn')).toBe(
      'sinho.laichau.gov.vn',
    )
    expect(embeddingHost(undefined, 'https://sinho.laichau.gov.vn/bai-viet/1', 'thuvien.laichau.gov.vn')).toBe(
      'sinho.laichau.gov.vn',
    )
  })

  it('is empty when nothing tells (no-referrer portal in a browser without ancestorOrigins)', () => {
    expect(embeddingHost(undefined, '', 'thuvien.laichau.gov.vn')).toBe('')
  })

  it('is null for the library’s own host (the embed preview on a material page): never counted', () => {
    expect(embeddingHost('https://thuvien.laichau.gov.vn', '', 'thuvien.laichau.gov.vn')).toBeNull()
    expect(embeddingHost(undefined, 'http://127.0.0.1:4321/tai-lieu/x/', '127.0.0.1')).toBeNull()
  })
})

describe('the body', () => {
  it('is the contract’s UsageBeacon, without the keys an event does not have', () => {
    expect(JSON.parse(beaconBody(12, 'view'))).toEqual({ m: 12, e: 'view' })
    expect(JSON.parse(beaconBody(12, 'download', 47))).toEqual({ m: 12, e: 'download', f: 47 })
    expect(JSON.parse(beaconBody('65a1f0', 'embed-widget', undefined, 'sinho.laichau.gov.vn'))).toEqual({
      m: '65a1f0',
      e: 'embed-widget',
      h: 'sinho.laichau.gov.vn',
    })
    expect(JSON.parse(beaconBody(12, 'embed-page', undefined, ''))).toEqual({ m: 12, e: 'embed-page' })
  })

  it('keeps SQL IDs as numbers and MongoDB IDs as strings', () => {
    expect(docId('47')).toBe(47)
    expect(docId('65a1f0c2e4b0a1b2c3d4e5f6')).toBe('65a1f0c2e4b0a1b2c3d4e5f6')
  })
})

describe('the QR marker', () => {
  it('is added to a material’s absolute address', () => {
    expect(qrScanUrl('https://thuvien.laichau.gov.vn/tai-lieu/to-roi-otp/')).toBe(
      'https://thuvien.laichau.gov.vn/tai-lieu/to-roi-otp/?qr=1',
    )
  })

  it.each([
    ['', null],
    ['?t=83', null],
    ['?qr=1', ''],
    ['?qr', ''],
    ['?qr=1&t=83', '?t=83'],
    ['?t=83&qr=1', '?t=83'],
  ])('%s without the marker: %s', (search, rest) => {
    expect(withoutQrParam(search)).toBe(rest)
  })
})

describe('where the build points the beacon (SITE_USAGE_URL, SERVER_URL)', () => {
  it('defaults to the CMS’s public address for a build from the CMS’s own database', () => {
    expect(readUsageEndpoint({ SERVER_URL: 'https://thuvien.laichau.gov.vn/' })).toBe(
      'https://thuvien.laichau.gov.vn/api/usage',
    )
    expect(readUsageEndpoint({ SERVER_URL: 'http://localhost:3000', CMS_SOURCE: 'local' })).toBe(
      'http://localhost:3000/api/usage',
    )
  })

  it('emits no beacon without a CMS address, for a build from a CMS’s REST API, or for a CMS preview', () => {
    expect(readUsageEndpoint({})).toBeNull()
    expect(
      readUsageEndpoint({ CMS_SOURCE: 'rest', CMS_URL: 'http://cms:3000', SERVER_URL: 'http://cms:3000' }),
    ).toBeNull()
    expect(readUsageEndpoint({ SERVER_URL: 'http://localhost:3000', SITE_PREVIEW_DATA: '/tmp/x.json' })).toBeNull()
  })

  it('takes SITE_USAGE_URL first: an address, a path on the site’s host, or off', () => {
    const server = { SERVER_URL: 'http://localhost:3000' }
    expect(readUsageEndpoint({ ...server, SITE_USAGE_URL: 'https://dem.laichau.gov.vn/api/usage' })).toBe(
      'https://dem.laichau.gov.vn/api/usage',
    )
    expect(readUsageEndpoint({ ...server, SITE_USAGE_URL: '/api/usage' })).toBe('/api/usage')
    expect(readUsageEndpoint({ ...server, SITE_USAGE_URL: 'off' })).toBeNull()
    expect(readUsageEndpoint({ CMS_SOURCE: 'rest', SITE_USAGE_URL: 'https://cms.example/api/usage' })).toBe(
      'https://cms.example/api/usage',
    )
  })

  it.each(['//cms.example/api/usage', 'cms.example/api/usage', 'ftp://cms.example/', 'https://cms example/'])(
    'refuses SITE_USAGE_URL=%s with a Vietnamese reason',
    (value) => {
      expect(() => readUsageEndpoint({ SITE_USAGE_URL: value })).toThrow(/SITE_USAGE_URL không hợp lệ/)
    },
  )
})
