/**
 * A video or recording hosted elsewhere (cms/collections/Materials/externalVideoField.ts): only https links
 * to one video on YouTube, Facebook or TikTok are kept, anything else is refused with the reason; and a
 * video or recording with nothing to play (no file, no link) is published only with a warning the editor
 * reads in the review panel and in the answers to «Gửi duyệt» and «Duyệt và xuất bản»
 * (cms/collections/Materials/warnings.ts).
 */
import type { Payload } from 'payload'
import { beforeAll, expect, it } from 'vitest'

import type { Material, Media, Unit } from '@dvctt/cms/payload-types'

import { describeWithDatabase, getTestPayload } from '../support/cms'
import { fieldErrorsOf } from '../support/errors'
import { createUserInUnit, type Fixtures, fixtures, materialData, uniqueSuffix } from '../support/factories'
import { mp4, pdf, vtt } from '../support/hostileFiles'
import { CmsHttpClient } from '../support/http'

type WorkflowBody = { warnings: string[] }
type ActionBody = { message: string; warnings: string[]; doc: { published: boolean } }

const NOTHING_TO_PLAY = 'trang công khai sẽ không có gì để phát'

describeWithDatabase('external video links', () => {
  let payload: Payload
  let unit: Unit

  beforeAll(async () => {
    payload = await getTestPayload()
    unit = await fixtures(payload).createUnit()
  })

  const video = (externalVideo: string, kind: Material['kind'] = 'video') =>
    payload.create({
      collection: 'materials',
      data: { ...materialData({ ownerUnit: unit.id, kind }), externalVideo },
      depth: 0,
    })

  it.each([
    'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
    'https://youtu.be/dQw4w9WgXcQ?si=abc',
    'https://www.youtube.com/shorts/dQw4w9WgXcQ',
    'https://www.facebook.com/truyenhinhlaichau/videos/1234567890123456/',
    'https://www.facebook.com/reel/1234567890123456',
    'https://fb.watch/aBcD12_xy/',
    'https://www.tiktok.com/@truyenhinhlaichau/video/7312345678901234567',
  ])('keeps %s', async (link) => {
    expect((await video(`  ${link} `)).externalVideo).toBe(link)
  })

  it.each([
    ['http://www.youtube.com/watch?v=dQw4w9WgXcQ', 'https://'],
    ['javascript:alert(1)', 'https://'],
    ['https://vimeo.com/123456', 'Chỉ nhận liên kết video trên YouTube, Facebook hoặc TikTok'],
    ['https://www.youtube.com.evil.example/watch?v=dQw4w9WgXcQ', 'không thuộc các trang đó'],
    ['https://www.youtube.com/@truyenhinhlaichau', 'không trỏ tới một video cụ thể trên YouTube'],
    ['https://www.facebook.com/truyenhinhlaichau', 'không trỏ tới một video cụ thể trên Facebook'],
    ['https://vm.tiktok.com/ZSabc123/', 'không thuộc các trang đó'],
    ['https://www.tiktok.com/@truyenhinhlaichau', 'liên kết rút gọn vm.tiktok.com chưa dùng được'],
    ['youtube.com/watch?v=dQw4w9WgXcQ', 'không phải một địa chỉ web'],
  ])('refuses %s, saying why', async (link, reason) => {
    const errors = await fieldErrorsOf(video(link))
    expect(errors.map((error) => error.path)).toEqual(['externalVideo'])
    expect(errors[0]?.message).toContain(reason)
  })

  it('a material that is not a video or a recording keeps no link', async () => {
    const leaflet = await video('https://www.youtube.com/watch?v=dQw4w9WgXcQ', 'leaflet')
    expect(leaflet.externalVideo ?? null).toBeNull()
  })
})

describeWithDatabase('a video or recording with nothing to play', () => {
  let payload: Payload
  let unit: Unit
  let captions: Media
  let film: Media
  const contributor = new CmsHttpClient()
  const reviewer = new CmsHttpClient()

  const upload = (data: Buffer, name: string): Promise<Media> =>
    payload.create({
      collection: 'media',
      data: { alt: `Tệp ${uniqueSuffix()}` },
      file: { data, name, mimetype: 'application/octet-stream', size: data.length },
    })
  const draft = (data: Parameters<Fixtures['createDraftMaterial']>[0]) =>
    fixtures(payload).createDraftMaterial({ ownerUnit: unit.id, kind: 'video', captions: captions.id, ...data })
  const warningsOf = async (id: Material['id']) =>
    (await contributor.get<WorkflowBody>(`/materials/${id}/workflow`)).body.warnings

  beforeAll(async () => {
    payload = await getTestPayload()
    unit = await fixtures(payload).createUnit()
    captions = await upload(Buffer.from(`${vtt().toString('utf8')}\nNOTE ${uniqueSuffix()}\n`), 'loi-thoai.vtt')
    film = await upload(await mp4(), 'phim.mp4')
    const c = await createUserInUnit(payload, 'contributor', unit.id)
    await contributor.login(c.login.email, c.login.password)
    const r = await fixtures(payload).createUser('reviewer')
    await reviewer.login(r.login.email, r.login.password)
  })

  it('the review panel warns, in Vietnamese, until a file or a link is there', async () => {
    const bare = await draft({})
    const [warning] = await warningsOf(bare.id)
    expect(warning).toContain('«Video hướng dẫn»'.toLowerCase())
    expect(warning).toContain(NOTHING_TO_PLAY)
    expect(warning).toContain('Liên kết video (YouTube, Facebook, TikTok)')

    const linked = await draft({ externalVideo: 'https://youtu.be/dQw4w9WgXcQ' })
    expect(await warningsOf(linked.id)).toEqual([])
    const withFile = await draft({ files: [{ label: 'Video (MP4)', file: film.id }] })
    expect(await warningsOf(withFile.id)).toEqual([])
    const leaflet = await fixtures(payload).createDraftMaterial({ ownerUnit: unit.id, kind: 'leaflet' })
    expect(await warningsOf(leaflet.id)).toEqual([])
  })

  it('a recording with only its script warns too', async () => {
    const script = await upload(await pdf(1), 'kich-ban.pdf')
    const spot = await draft({ kind: 'audio', files: [{ label: 'Kịch bản', file: script.id }] })
    expect((await warningsOf(spot.id)).join(' ')).toContain('chưa có tệp âm thanh')
  })

  it('submitting and approving say it again, and publishing still goes ahead', async () => {
    const bare = await draft({})
    const submitted = await contributor.post<ActionBody>(`/materials/${bare.id}/submit`, {})
    expect(submitted.status).toBe(200)
    expect(submitted.body.message).toContain(`Lưu ý: `)
    expect(submitted.body.message).toContain(NOTHING_TO_PLAY)

    const approved = await reviewer.post<ActionBody>(`/materials/${bare.id}/approve`, {})
    expect(approved.status).toBe(200)
    expect(approved.body.doc.published).toBe(true)
    expect(approved.body.warnings.join(' ')).toContain(NOTHING_TO_PLAY)
    expect(approved.body.message).toMatch(/Đã xuất bản\. Lưu ý: /)
  })
})
