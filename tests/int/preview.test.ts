/**
 * "Xem trước": an editor sees the last saved version of a material in the
 * site's design through a signed link that expires; nobody without a valid
 * link gets anything but a Vietnamese refusal page. The last test runs a real
 * (scoped) Astro build of the site, ≈ 5–15 s: it is marked [Astro build].
 */
import type { Payload } from 'payload'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'

import { resetClock, setClock } from '@dvctt/cms/lib/clock'
import { handlePreview } from '@dvctt/cms/preview/handler'
import { clearPreviewCache } from '@dvctt/cms/preview/render'
import { PREVIEW_LIFETIME_MS, signPreviewToken, verifyPreviewToken } from '@dvctt/cms/preview/token'
import { materialPreviewUrl } from '@dvctt/cms/preview/url'
import type { Material } from '@dvctt/cms/payload-types'

import { describeWithDatabase, getTestPayload } from '../support/cms'
import { type Fixtures, fixtures, uniqueSuffix } from '../support/factories'
import { phonePhotoJpeg, uploadFile } from '../support/mediaFiles'

const SECRET = 'preview-test-secret'
const CREATED = '2026-02-01T07:30:00.125Z'
const target = (id: number | string) => ({ id, createdAt: CREATED })

describe('preview tokens', () => {
  afterEach(resetClock)

  it('a fresh token is accepted for its material, for one hour by default', () => {
    const start = new Date('2026-03-01T08:00:00Z')
    setClock(() => start)
    const token = signPreviewToken(SECRET, target(42))
    expect(verifyPreviewToken(SECRET, token, 42)).toEqual({
      ok: true,
      materialId: '42',
      createdAt: new Date(CREATED),
      expiresAt: new Date(start.getTime() + PREVIEW_LIFETIME_MS),
    })
    setClock(() => new Date(start.getTime() + PREVIEW_LIFETIME_MS - 1000))
    expect(verifyPreviewToken(SECRET, token).ok).toBe(true)
  })

  it('string ids (MongoDB) round-trip too', () => {
    const token = signPreviewToken(SECRET, target('65f0c0ffee0123456789abcd'))
    expect(verifyPreviewToken(SECRET, token)).toMatchObject({ ok: true, materialId: '65f0c0ffee0123456789abcd' })
  })

  it.each([
    [
      'expired',
      () => {
        const start = Date.now()
        setClock(() => new Date(start))
        const token = signPreviewToken(SECRET, target(7))
        setClock(() => new Date(start + PREVIEW_LIFETIME_MS + 1000))
        return verifyPreviewToken(SECRET, token)
      },
      'expired',
    ],
    [
      'signed with another secret',
      () => verifyPreviewToken(SECRET, signPreviewToken('another-secret', target(7))),
      'signature',
    ],
    [
      'with its material id changed',
      () => {
        const [v, , created, exp, sig] = signPreviewToken(SECRET, target(7)).split('.')
        return verifyPreviewToken(SECRET, [v, Buffer.from('8').toString('base64url'), created, exp, sig].join('.'))
      },
      'signature',
    ],
    [
      'with its expiry pushed back',
      () => {
        const [v, id, created, exp, sig] = signPreviewToken(SECRET, target(7)).split('.')
        return verifyPreviewToken(SECRET, [v, id, created, String(Number(exp) + 86_400), sig].join('.'))
      },
      'signature',
    ],
    [
      'moved to a document created at another time',
      () => {
        const [v, id, created, exp, sig] = signPreviewToken(SECRET, target(7)).split('.')
        return verifyPreviewToken(SECRET, [v, id, String(Number(created) + 1000), exp, sig].join('.'))
      },
      'signature',
    ],
    [
      'of the earlier format, without the creation time',
      () => {
        const [, id, , exp, sig] = signPreviewToken(SECRET, target(7)).split('.')
        return verifyPreviewToken(SECRET, ['v1', id, exp, sig].join('.'))
      },
      'malformed',
    ],
    [
      'with one signature character changed',
      () => {
        const token = signPreviewToken(SECRET, target(7))
        const first = token.length - 43
        const swapped = token[first] === 'A' ? 'B' : 'A'
        return verifyPreviewToken(SECRET, token.slice(0, first) + swapped + token.slice(first + 1))
      },
      'signature',
    ],
    // The last base64url character carries 2 spare bits: another spelling of the same bytes is still refused.
    [
      'with the spare bits of its last character changed',
      () => {
        const token = signPreviewToken(SECRET, target(7))
        const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
        const last = alphabet.indexOf(token.at(-1) ?? 'A')
        return verifyPreviewToken(SECRET, token.slice(0, -1) + alphabet[last ^ 1])
      },
      'signature',
    ],
    [
      'for another material',
      () => verifyPreviewToken(SECRET, signPreviewToken(SECRET, target(7)), 8),
      'wrong-material',
    ],
    ['garbage', () => verifyPreviewToken(SECRET, 'xem-truoc'), 'malformed'],
    ['empty', () => verifyPreviewToken(SECRET, ''), 'malformed'],
  ])('a token %s is refused', (_name, check, problem) => {
    expect(check()).toMatchObject({ ok: false, problem })
  })
})

describeWithDatabase('preview route /xem-truoc/<token>', () => {
  let payload: Payload
  let make: Fixtures
  let draft: Material
  const draftTitle = `Tờ rơi chưa xuất bản chỉ có trong bản nháp ${uniqueSuffix()}`

  const get = (token: string): Promise<Response> =>
    handlePreview(new Request(`http://localhost:3000/xem-truoc/${token}`), token, payload)

  beforeAll(async () => {
    payload = await getTestPayload()
    make = fixtures(payload)
    const cover = await payload.create({
      collection: 'media',
      data: { alt: 'Ảnh bìa bản nháp' },
      file: uploadFile(await phonePhotoJpeg(3), 'image/jpeg', `bia-xem-truoc-${uniqueSuffix()}.jpg`),
    })
    draft = await make.createDraftMaterial({ title: draftTitle, coverImage: cover.id })
    clearPreviewCache()
  })

  afterEach(resetClock)

  it.each([
    ['no token', ''],
    ['a made-up token', 'v1.MQ.9999999999.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'],
    ['a token signed with another secret', signPreviewToken('not-the-cms-secret', target(1))],
  ])('%s: 404 with a Vietnamese page, not cached, not indexed', async (_name, token) => {
    const response = await get(token)
    expect(response.status).toBe(404)
    expect(response.headers.get('cache-control')).toContain('no-store')
    expect(response.headers.get('x-robots-tag')).toContain('noindex')
    const html = await response.text()
    expect(html).toContain('Không tìm thấy bản xem trước')
    expect(html).not.toContain(draftTitle)
  })

  it('an expired link: 403, says when it expired and how to get a new one', async () => {
    const start = Date.now()
    setClock(() => new Date(start))
    const token = signPreviewToken(payload.secret, draft)
    setClock(() => new Date(start + PREVIEW_LIFETIME_MS + 60_000))
    const response = await get(token)
    expect(response.status).toBe(403)
    const html = await response.text()
    expect(html).toContain('Liên kết xem trước đã hết hạn')
    expect(html).toContain('bấm «Xem trước»')
    expect(html).not.toContain(draftTitle)
  })

  it('a link made for an earlier document with the same id never opens this one: 404, «không còn nữa»', async () => {
    // What a link looks like after its document was deleted and the id came back (e.g. a database restored from
    // an older backup hands out the ids issued since): same id, another creation time.
    const earlier = new Date(new Date(draft.createdAt).getTime() - 86_400_000).toISOString()
    const response = await get(signPreviewToken(payload.secret, { id: draft.id, createdAt: earlier }))
    expect(response.status).toBe(404)
    const html = await response.text()
    expect(html).toContain('Không tìm thấy tài liệu')
    expect(html).toContain('không còn nữa')
    expect(html).not.toContain(draftTitle)
  })

  it('the admin offers a "Xem trước" link only to a signed-in user, pointing at this route', async () => {
    const { user } = await make.createUser('editor')
    const req = { user, payload } as unknown as Parameters<typeof materialPreviewUrl>[1]['req']
    const url = await materialPreviewUrl(
      draft as unknown as Record<string, unknown>,
      { req, locale: 'vi', token: undefined } as unknown as Parameters<typeof materialPreviewUrl>[1],
    )
    expect(url).toMatch(/^\/xem-truoc\/v2\./)
    // After a save the admin's form data may lack the system fields: the stored creation time is signed.
    const { createdAt: _createdAt, ...withoutCreatedAt } = draft
    const afterSave = await materialPreviewUrl(
      withoutCreatedAt as unknown as Record<string, unknown>,
      { req, locale: 'vi', token: undefined } as unknown as Parameters<typeof materialPreviewUrl>[1],
    )
    expect(afterSave?.split('.').slice(0, 3)).toEqual(url?.split('.').slice(0, 3))
    const anonymous = { user: null, payload } as unknown as Parameters<typeof materialPreviewUrl>[1]['req']
    expect(
      await materialPreviewUrl(
        draft as unknown as Record<string, unknown>,
        { req: anonymous, locale: 'vi', token: undefined } as unknown as Parameters<typeof materialPreviewUrl>[1],
      ),
    ).toBeNull()
  })

  it('[Astro build] a valid link shows the draft in the site design, with its media from the CMS, and is cached by version', async () => {
    const token = signPreviewToken(payload.secret, draft)
    const started = performance.now()
    const response = await get(token)
    const firstMs = performance.now() - started
    const html = await response.text()
    expect(response.status, html.slice(0, 500)).toBe(200)
    expect(response.headers.get('cache-control')).toContain('no-store')
    expect(response.headers.get('x-robots-tag')).toContain('noindex')
    expect(response.headers.get('referrer-policy')).toBe('no-referrer')
    expect(html).toContain(draftTitle)
    // The site's design: its layout and its stylesheet, inlined so the single page works from the CMS.
    expect(html).toContain('class="skip-link"')
    expect(html).toMatch(/<style[^>]*>[^<]*--font/)
    expect(html).not.toMatch(/<link[^>]+rel="stylesheet"/)
    expect(html).toContain('Bản xem trước — tài liệu chưa xuất bản. Người dân chưa thấy trang này.')
    expect(html).toContain('<meta name="robots" content="noindex">')
    // The draft's cover comes from the CMS (the editor is signed in there), never from the public /tep/.
    expect(html).toMatch(/src="http:\/\/localhost:3000\/api\/media\/file\/[^"]+\.jpg"/)
    expect(html).not.toMatch(/["\s,]\/tep\//)
    // The QR code is in the page itself: the public site has none for an unpublished material.
    expect(html).toMatch(/<img class="qr__image" src="data:image\/svg\+xml;base64,[A-Za-z0-9+/=]+"/)
    expect(html).not.toMatch(/ma-qr\.(svg|png)"/)
    if (process.env.PREVIEW_DUMP) (await import('node:fs')).writeFileSync(process.env.PREVIEW_DUMP, html)
    console.info(`[preview] first render ${Math.round(firstMs)} ms (${response.headers.get('server-timing')})`)

    const again = await get(token)
    expect(again.headers.get('server-timing')).toContain('cache')
    expect(await again.text()).toContain(draftTitle)

    // A new save is a new version: rendered again, with the new content.
    const edited = `${draftTitle} (đã sửa)`
    await payload.update({ collection: 'materials', id: draft.id, data: { title: edited }, draft: true })
    const third = await get(token)
    expect(third.headers.get('server-timing')).toContain('build')
    expect(await third.text()).toContain(edited)
  }, 180_000)

  it('[Astro build] a published material with a pending draft: the preview shows the draft and says the public still sees the published version', async () => {
    const suffix = uniqueSuffix()
    const { published } = await make.createPublishedMaterialWithPendingDraft(
      { title: `Tờ gấp đang công khai ${suffix}` },
      { title: `Tờ gấp đang sửa ${suffix}` },
    )
    const response = await get(signPreviewToken(payload.secret, published))
    const html = await response.text()
    expect(response.status, html.slice(0, 500)).toBe(200)
    expect(html).toContain(`<h1>Tờ gấp đang sửa ${suffix}</h1>`)
    expect(html).not.toContain(`Tờ gấp đang công khai ${suffix}`)
    expect(html).toContain('Người dân vẫn thấy bản đã xuất bản trước đó.')
  }, 180_000)
})
