/**
 * The site's side of citizen feedback (issue 19): where the form posts, where the no-JS path lands (back on
 * the page, never elsewhere), and which answered questions a material or procedure page shows.
 */
import { describe, expect, it } from 'vitest'

import { thanksLocation } from '@dvctt/cms/feedback/respond'

import { feedbackIndex } from '../../site/src/cms/feedback'
import type { PublicFeedback } from '../../site/src/cms/types'
import { readFeedbackEndpoint } from '../../site/src/feedback/endpoint'

describe('where the form posts (SITE_FEEDBACK_URL, else beside the usage beacon)', () => {
  it('sits beside the usage endpoint on the CMS: behind nginx on the site’s own host, or at SERVER_URL', () => {
    expect(readFeedbackEndpoint('/api/usage', {})).toBe('/api/feedback')
    expect(readFeedbackEndpoint('https://thuvien.laichau.gov.vn/api/usage', {})).toBe(
      'https://thuvien.laichau.gov.vn/api/feedback',
    )
  })

  it('has no form without an address, or in a CMS preview', () => {
    expect(readFeedbackEndpoint(null, {})).toBeNull()
    expect(readFeedbackEndpoint('/api/usage', { SITE_PREVIEW_DATA: '/tmp/x.json' })).toBeNull()
    expect(readFeedbackEndpoint('/api/usage', { SITE_FEEDBACK_URL: 'off' })).toBeNull()
  })

  it('takes SITE_FEEDBACK_URL first and refuses what is not an address, in Vietnamese', () => {
    expect(readFeedbackEndpoint(null, { SITE_FEEDBACK_URL: 'https://cms.example/api/feedback/' })).toBe(
      'https://cms.example/api/feedback',
    )
    expect(readFeedbackEndpoint(null, { SITE_FEEDBACK_URL: '/api/feedback' })).toBe('/api/feedback')
    for (const value of ['//cms.example/api/feedback', 'cms.example/api', 'javascript:alert(1)', 'https://a b/'])
      expect(() => readFeedbackEndpoint(null, { SITE_FEEDBACK_URL: value })).toThrow(/SITE_FEEDBACK_URL không hợp lệ/)
  })
})

describe('where a no-JS post lands once stored: back on its page, at the thank-you note', () => {
  it.each([
    ['/tai-lieu/to-roi-khai-sinh/', '/tai-lieu/to-roi-khai-sinh/', '/tai-lieu/to-roi-khai-sinh/#gop-y-da-gui'],
    ['/thu-vien/thu-tuc/1.001193/', '/thu-tuc/1.001193/', '/thu-vien/thu-tuc/1.001193/#gop-y-da-gui'],
    // No sound `back` from the form: the page itself, without the site's prefix.
    ['', '/tai-lieu/x/', '/tai-lieu/x/#gop-y-da-gui'],
  ])('the form’s back %s, the page %s → %s', (back, pagePath, location) => {
    expect(thanksLocation(back, pagePath)).toBe(location)
  })

  it.each([
    '//evil.example/tai-lieu/x/',
    '/\\evil.example/tai-lieu/x/',
    'https://evil.example/tai-lieu/x/',
    '/khac/trang/',
  ])('never another host or page: the form’s back %s', (back) => {
    expect(thanksLocation(back, '/tai-lieu/x/')).toBe('/tai-lieu/x/#gop-y-da-gui')
  })
})

const item = (over: Partial<PublicFeedback>): PublicFeedback => ({
  id: 1,
  kind: 'question',
  publicText: 'Làm căn cước cho con dưới 6 tuổi ở đâu?',
  answer: 'Tại Công an xã, hoặc trên ứng dụng VNeID.',
  answeredBy: 'Công an xã Sìn Hồ',
  answeredAt: '2026-11-02T03:00:00.000Z',
  createdAt: '2026-11-01T03:00:00.000Z',
  material: 7,
  ...over,
})

describe('which answers a page shows', () => {
  it('groups by material or procedure, newest answer first, ids alike as numbers or strings', () => {
    const { byMaterial, byProcedure } = feedbackIndex([
      item({ id: 1 }),
      item({ id: 2, material: { id: 7 }, answeredAt: '2026-11-05T03:00:00.000Z', publicText: 'Câu hỏi mới hơn?' }),
      item({ id: 3, material: null, procedure: '64f1c2a9e4b0a1b2c3d4e5f6', kind: 'mistake' }),
    ])
    expect(byMaterial.get('7')?.map((v) => v.question)).toEqual([
      'Câu hỏi mới hơn?',
      'Làm căn cước cho con dưới 6 tuổi ở đâu?',
    ])
    expect(byProcedure.get('64f1c2a9e4b0a1b2c3d4e5f6')?.[0]?.kind).toBe('mistake')
  })

  it('leaves out an item without its masked question or its answer', () => {
    const { byMaterial } = feedbackIndex([item({ answer: '  ' }), item({ publicText: null })])
    expect(byMaterial.size).toBe(0)
  })
})
