/**
 * Each kind of material declares the file types it accepts
 * (cms/collections/Materials/acceptedFiles.ts); a download of another type is
 * refused with a message naming the file and the kind.
 */
import type { Payload } from 'payload'
import { beforeAll, expect, it } from 'vitest'

import type { Material, Media } from '@dvctt/cms/payload-types'

import { describeWithDatabase, getTestPayload } from '../support/cms'
import { fieldErrorsOf } from '../support/errors'
import { fixtures, materialData, uniqueSuffix } from '../support/factories'
import { mp3, mp4, pdf, vtt, ooxml } from '../support/hostileFiles'

describeWithDatabase('accepted file types per kind of material', () => {
  let payload: Payload
  let unitId: Material['ownerUnit']
  const media: Record<string, Media> = {}

  beforeAll(async () => {
    payload = await getTestPayload()
    unitId = (await fixtures(payload).createUnit()).id
    const files = { pdf: await pdf(1), mp4: await mp4(), mp3: mp3(), vtt: vtt(), xlsx: ooxml('xlsx') }
    for (const [type, data] of Object.entries(files)) {
      media[type] = await payload.create({
        collection: 'media',
        data: { alt: `Loại ${type} ${uniqueSuffix()}` },
        file: { data, name: `loai-${type}.${type}`, mimetype: 'application/octet-stream', size: data.length },
      })
    }
  })

  const create = (kind: Material['kind'], types: string[]): Promise<Material> =>
    payload.create({
      collection: 'materials',
      data: {
        ...materialData({ ownerUnit: unitId, kind }),
        files: types.map((type) => ({ label: `Tệp ${type}`, file: media[type]?.id ?? 0 })),
      },
    })

  it.each<[Material['kind'], string[]]>([
    ['video', ['mp4', 'pdf']],
    ['audio', ['mp3', 'pdf']],
    ['leaflet', ['pdf']],
    ['procedure-list', ['pdf', 'xlsx']],
  ])('a %s accepts %j', async (kind, types) => {
    const material = await create(kind, types)
    expect(material.files).toHaveLength(types.length)
  })

  it.each<[Material['kind'], string, RegExp]>([
    ['leaflet', 'mp4', /Tờ rơi/],
    ['video', 'mp3', /Video hướng dẫn/],
    ['audio', 'xlsx', /Âm thanh\/phát thanh/],
    ['poster', 'vtt', /Áp phích/],
  ])('a %s refuses a %s file, naming the file and the kind', async (kind, type, kindName) => {
    const errors = await fieldErrorsOf(create(kind, ['pdf', type]))
    const message = errors.map((error) => error.message).join(' ')
    expect(message).toContain(`"${media[type]?.filename}"`)
    expect(message).toMatch(kindName)
    expect(message).toContain('không phù hợp với loại tài liệu')
  })
})

describeWithDatabase('captions of videos and recordings', () => {
  let payload: Payload
  let unitId: Material['ownerUnit']
  let captions: Media
  let video: Media

  beforeAll(async () => {
    payload = await getTestPayload()
    unitId = (await fixtures(payload).createUnit()).id
    const upload = (data: Buffer, name: string) =>
      payload.create({
        collection: 'media',
        data: { alt: `Phụ đề ${uniqueSuffix()}` },
        file: { data, name, mimetype: 'application/octet-stream', size: data.length },
      })
    captions = await upload(Buffer.from(`${vtt().toString('utf8')}\nNOTE ${uniqueSuffix()}\n`), 'phu-de.vtt')
    video = await upload(await mp4(), 'video.mp4')
  })

  it('a video keeps its WebVTT file in «Phụ đề / lời thoại», not among the downloads', async () => {
    const material = await payload.create({
      collection: 'materials',
      data: { ...materialData({ ownerUnit: unitId, kind: 'video' }), captions: captions.id },
      depth: 0,
    })
    expect(material.captions).toBe(captions.id)

    const errors = await fieldErrorsOf(
      payload.create({
        collection: 'materials',
        data: {
          ...materialData({ ownerUnit: unitId, kind: 'audio' }),
          files: [{ label: 'Phụ đề', file: captions.id }],
        },
      }),
    )
    const message = errors.map((error) => error.message).join(' ')
    expect(message).toContain(`"${captions.filename}"`)
    expect(message).toContain('«Phụ đề / lời thoại (WebVTT)»')
  })

  it('refuses a file that is not WebVTT as captions', async () => {
    const errors = await fieldErrorsOf(
      payload.create({
        collection: 'materials',
        data: { ...materialData({ ownerUnit: unitId, kind: 'video' }), captions: video.id },
      }),
    )
    expect(errors.map((error) => error.path)).toEqual(['captions'])
    expect(errors[0]?.message).toContain('không phải phụ đề WebVTT')
  })

  it('a material that is not a video or a recording keeps no captions', async () => {
    const material = await payload.create({
      collection: 'materials',
      data: { ...materialData({ ownerUnit: unitId, kind: 'leaflet' }), captions: captions.id },
      depth: 0,
    })
    expect(material.captions ?? null).toBeNull()
  })
})
