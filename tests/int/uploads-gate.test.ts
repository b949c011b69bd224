/**
 * The upload gate (cms/collections/Media/hooks/checkUpload.ts): every hostile file of the corpus
 * is refused with a Vietnamese message naming it, through REST (multipart, as
 * the admin sends it) and through the Local API, and leaves no file in
 * MEDIA_DIR and no media row. Good files of every accepted type are stored
 * under their sniffed type.
 */
import crypto from 'node:crypto'
import fs from 'node:fs/promises'

import type { Payload } from 'payload'
import sharp from 'sharp'
import { beforeAll, expect, it } from 'vitest'

import type { Media } from '@dvctt/cms/payload-types'
import { mediaDir } from '@dvctt/cms/lib/paths'

import { describeWithDatabase, getTestPayload } from '../support/cms'
import { fixtures, uniqueSuffix } from '../support/factories'
import { GOOD_FILES, HOSTILE_FILES, type HostileCase, cleanSvg, gpsPhoto, pdf } from '../support/hostileFiles'
import { CmsHttpClient } from '../support/http'

type Transport = 'REST' | 'Local API'

/** A one-page PDF no other upload has (the library refuses a second copy of a file over REST). */
const uniquePdf = (): Promise<Buffer> => pdf(1, (doc) => doc.setTitle(`Tờ rơi ${uniqueSuffix()}`))

const sha256 = (data: Buffer): string => crypto.createHash('sha256').update(data).digest('hex')

interface Outcome {
  status: number
  message: string
  doc?: Media
}

async function filesOnDisk(): Promise<string[]> {
  return (await fs.readdir(mediaDir).catch(() => [] as string[])).sort()
}

describeWithDatabase('upload gate', () => {
  let payload: Payload
  const client = new CmsHttpClient()

  beforeAll(async () => {
    payload = await getTestPayload()
    const { login } = await fixtures(payload).createUser('admin')
    await client.login(login.email, login.password)
  })

  async function upload(
    transport: Transport,
    file: { data: Buffer; name: string; mimetype: string },
    alt = `Tệp thử ${uniqueSuffix()}`,
  ): Promise<Outcome> {
    if (transport === 'REST') {
      const response = await client.upload<{ doc?: Media; errors?: { message: string }[] }>('/media', file, { alt })
      return {
        status: response.status,
        message: response.body.errors?.map((e) => e.message).join(' ') ?? '',
        doc: response.body.doc,
      }
    }
    try {
      const doc = await payload.create({
        collection: 'media',
        data: { alt },
        file: { ...file, size: file.data.length },
      })
      return { status: 201, message: '', doc }
    } catch (error) {
      return { status: (error as { status?: number }).status ?? 500, message: (error as Error).message }
    }
  }

  const mediaCount = async (): Promise<number> => (await payload.count({ collection: 'media' })).totalDocs

  describeWithDatabase.each<Transport>(['REST', 'Local API'])('through %s', (transport) => {
    it.each<HostileCase>(HOSTILE_FILES)('refuses $what ($name)', async (hostile) => {
      const data = await hostile.make()
      const [diskBefore, rowsBefore] = [await filesOnDisk(), await mediaCount()]
      const outcome = await upload(transport, { data, name: hostile.name, mimetype: hostile.mimetype })
      expect(outcome.status).toBe(hostile.status ?? 400)
      expect(outcome.message).toContain(`Tệp "${hostile.name}" bị từ chối:`)
      expect(outcome.message).toMatch(hostile.reason)
      expect(outcome.message).toContain('Tệp chưa được lưu; các trường khác trong biểu mẫu vẫn giữ nguyên.')
      expect(await mediaCount()).toBe(rowsBefore)
      expect(await filesOnDisk()).toEqual(diskBefore)
    })

    it.each(GOOD_FILES)('accepts $type and stores it as $storedMime', async (good) => {
      const data = await good.make()
      // These generated files are the same bytes in every test file of the project: forget earlier copies.
      await payload.delete({
        collection: 'media',
        where: { or: [{ sha256: { equals: sha256(data) } }, { sourceSha256: { equals: sha256(data) } }] },
      })
      const outcome = await upload(transport, { data, name: good.name, mimetype: good.mimetype })
      expect(outcome.message).toBe('')
      expect(outcome.status).toBe(201)
      expect(outcome.doc?.mimeType).toBe(good.storedMime)
      expect(outcome.doc?.filename).toMatch(new RegExp(`\\.${good.storedExt}$`))
      expect(outcome.doc?.originalName).toBe(good.name)
      expect(await filesOnDisk()).toContain(outcome.doc?.filename)
    })

    it('rasterises a clean SVG to a PNG and keeps no SVG', async () => {
      const outcome = await upload(transport, {
        data: cleanSvg(),
        name: 'Logo Sở Thông tin.svg',
        mimetype: 'image/svg+xml',
      })
      expect(outcome.status).toBe(201)
      expect(outcome.doc?.mimeType).toBe('image/png')
      expect(outcome.doc?.filename).toMatch(/^logo-so-thong-tin(-\d+)?\.png$/)
      expect(outcome.doc?.originalName).toBe('Logo Sở Thông tin.svg')
      const stored = await fs.readFile(`${mediaDir}/${outcome.doc?.filename}`)
      expect(stored.subarray(1, 4).toString('latin1')).toBe('PNG')
      expect((await filesOnDisk()).filter((name) => name.endsWith('.svg'))).toEqual([])
    })

    it('stores a phone photo without EXIF or GPS, orientation applied', async () => {
      const outcome = await upload(transport, { data: await gpsPhoto(), name: 'IMG_2041.JPG', mimetype: 'image/jpeg' })
      expect(outcome.status).toBe(201)
      const meta = await sharp(await fs.readFile(`${mediaDir}/${outcome.doc?.filename}`)).metadata()
      expect(meta.exif).toBeUndefined()
      expect(meta.orientation).toBeUndefined()
      // Orientation 6 rotates the 80 × 60 photo a quarter turn.
      expect([meta.width, meta.height]).toEqual([60, 80])
    })

    it('names a file by its content, not its claimed extension or type', async () => {
      const outcome = await upload(transport, {
        data: await uniquePdf(),
        name: 'Báo cáo tháng năm.exe',
        mimetype: 'application/x-msdownload',
      })
      expect(outcome.status).toBe(201)
      expect(outcome.doc?.mimeType).toBe('application/pdf')
      expect(outcome.doc?.filename).toMatch(/^bao-cao-thang-nam(-\d+)?\.pdf$/)
    })

    it('gives a taken name a unique suffix', async () => {
      const name = `trung-ten-${uniqueSuffix()}-ban-in.pdf`
      const first = await upload(transport, { data: await uniquePdf(), name, mimetype: 'application/pdf' })
      const second = await upload(transport, { data: await uniquePdf(), name, mimetype: 'application/pdf' })
      expect(first.doc?.filename).toBe(name)
      expect(second.doc?.filename).toBe(name.replace(/\.pdf$/, '-1.pdf'))
    })
  })

  // Path-traversal names are made safe, not refused: only the last part is kept, folded and given the sniffed extension.
  it.each([
    ['../../etc/passwd.pdf', /^passwd(-\d+)?\.pdf$/, 'passwd.pdf'],
    ['/etc/shadow.pdf', /^shadow(-\d+)?\.pdf$/, 'shadow.pdf'],
    ['C:\\Windows\\System32\\Tờ rơi.pdf', /^to-roi(-\d+)?\.pdf$/, 'Tờ rơi.pdf'],
    ['..\\..\\boot.ini', /^boot(-\d+)?\.pdf$/, 'boot.ini'],
    ['bao-cao\u0000.pdf.exe', /^bao-cao-pdf(-\d+)?\.pdf$/, 'bao-cao.pdf.exe'],
    ['....', /^tep(-\d+)?\.pdf$/, '....'],
  ])('makes the name %j safe (Local API)', async (name, stored, original) => {
    const doc = await payload.create({
      collection: 'media',
      data: { alt: `Tên nguy hiểm ${uniqueSuffix()}` },
      file: { data: await pdf(1), name, mimetype: 'application/pdf', size: 0 },
    })
    expect(doc.filename).toMatch(stored)
    expect(doc.originalName).toBe(original)
    expect(await filesOnDisk()).toContain(doc.filename)
  })

  it('makes a traversal name safe over REST too', async () => {
    const outcome = await upload('REST', {
      data: await uniquePdf(),
      name: '../../etc/passwd.pdf',
      mimetype: 'application/pdf',
    })
    expect(outcome.status).toBe(201)
    expect(outcome.doc?.filename).toMatch(/^passwd(-\d+)?\.pdf$/)
  })

  it('refuses over REST a file the library already holds, naming it, and stores nothing', async () => {
    const data = await uniquePdf()
    const first = await upload('REST', { data, name: `ban-goc-${uniqueSuffix()}.pdf`, mimetype: 'application/pdf' })
    expect(first.status).toBe(201)
    const [diskBefore, rowsBefore] = [await filesOnDisk(), await mediaCount()]
    const response = await client.upload<{ errors?: { message: string; data?: Record<string, unknown> }[] }>(
      '/media',
      { data, name: 'ban-sao.pdf', mimetype: 'application/pdf' },
      { alt: `Bản sao ${uniqueSuffix()}` },
    )
    expect(response.status).toBe(409)
    const error = response.body.errors?.[0]
    expect(error?.message).toContain(`Tệp này đã có trong thư viện: ${first.doc?.filename} (mã ${first.doc?.id})`)
    expect(error?.message).toContain('Tệp "ban-sao.pdf" không được lưu thêm một bản nữa')
    expect(error?.data).toMatchObject({
      reason: 'duplicate',
      existing: { id: first.doc?.id, filename: first.doc?.filename },
    })
    expect(await mediaCount()).toBe(rowsBefore)
    expect(await filesOnDisk()).toEqual(diskBefore)

    // An image is stored re-encoded: the same photo uploaded again is still recognised.
    const photo = await sharp({
      create: { width: 40, height: 30, channels: 3, background: { r: 7, g: 99, b: Math.floor(Math.random() * 255) } },
    })
      .jpeg()
      .withExif({ IFD0: { Make: `May ${uniqueSuffix()}` } })
      .toBuffer()
    const photoFirst = await upload('REST', { data: photo, name: 'anh-goc.jpg', mimetype: 'image/jpeg' })
    expect(photoFirst.status).toBe(201)
    const photoAgain = await upload('REST', { data: photo, name: 'anh-lan-hai.jpg', mimetype: 'image/jpeg' })
    expect(photoAgain.status).toBe(409)
    expect(photoAgain.message).toContain(`Tệp này đã có trong thư viện: ${photoFirst.doc?.filename}`)
  })

  it('refuses a bad replacement file on update and keeps the stored one', async () => {
    const doc = await payload.create({
      collection: 'media',
      data: { alt: `Thay tệp ${uniqueSuffix()}` },
      file: { data: await pdf(1), name: 'thay-tep.pdf', mimetype: 'application/pdf', size: 0 },
    })
    const diskBefore = await filesOnDisk()
    const error = await payload
      .update({
        collection: 'media',
        id: doc.id,
        data: {},
        file: {
          data: Buffer.from('<html><script>1</script></html>'),
          name: 'thay.pdf',
          mimetype: 'application/pdf',
          size: 31,
        },
      })
      .then(
        () => undefined,
        (e: unknown) => e as Error & { status?: number },
      )
    expect(error?.status).toBe(400)
    expect(error?.message).toContain('Tệp "thay.pdf" bị từ chối')
    expect(await filesOnDisk()).toEqual(diskBefore)
    const after = await payload.findByID({ collection: 'media', id: doc.id })
    expect(after.filename).toBe(doc.filename)
    expect(after.mimeType).toBe('application/pdf')
  })
})
