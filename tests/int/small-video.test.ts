/**
 * The offline pack's video (issue 20): every uploaded video gets a small
 * rendition at upload (H.264 ≤ 480p, AAC, moov before mdat), stored beside the
 * original and removed with it; a video ffmpeg cannot transcode keeps its
 * original and says why in «Ghi chú xử lý tệp».
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, expect, it } from 'vitest'

import type { Media } from '@dvctt/cms/payload-types'

import { describeWithDatabase, getTestPayload } from '../support/cms'
import { uniqueSuffix } from '../support/factories'
import { slideshowMp4, uploadFile } from '../support/mediaFiles'

const require = createRequire(path.resolve('cms/package.json'))
const ffmpeg = (require('@ffmpeg-installer/ffmpeg') as { path: string }).path

const stored = (filename: string | null | undefined): string => {
  if (!process.env.MEDIA_DIR) throw new Error('MEDIA_DIR is not set (tests/support/useTestDatabase.ts sets it).')
  return path.join(process.env.MEDIA_DIR, filename ?? '')
}

/** What ffmpeg says of a file's streams. */
function streamsOf(file: string): string {
  return spawnSync(ffmpeg, ['-hide_banner', '-i', file], { encoding: 'utf8' }).stderr
}

/** A 720p H.264 video with a tone, made by ffmpeg: larger than the rendition, so it must be scaled down. */
function hdVideo(seconds: number): Buffer {
  const args = [
    '-hide_banner',
    '-loglevel',
    'error',
    '-f',
    'lavfi',
    '-i',
    `testsrc=size=1280x720:rate=25:duration=${seconds}`,
  ]
  args.push('-f', 'lavfi', '-i', `sine=frequency=440:duration=${seconds}`, '-c:v', 'libx264', '-preset', 'ultrafast')
  args.push('-c:a', 'aac', '-shortest', '-f', 'mp4', '-movflags', 'frag_keyframe+empty_moov', 'pipe:1')
  const result = spawnSync(ffmpeg, args, { maxBuffer: 64 * 1024 * 1024 })
  if (result.status !== 0) throw new Error(`ffmpeg: ${result.stderr.toString()}`)
  return result.stdout
}

/** The same MP4 with every byte of its media data zeroed: its boxes are sound, its frames undecodable. */
function withZeroedFrames(mp4: Buffer): Buffer {
  const copy = Buffer.from(mp4)
  const at = copy.indexOf('mdat') - 4
  const size = copy.readUInt32BE(at)
  copy.fill(0, at + 8, at + size)
  return copy
}

describeWithDatabase('small video rendition made at upload', () => {
  let payload: Payload
  const created: Media[] = []
  const suffix = uniqueSuffix()

  const upload = async (data: Buffer, name: string): Promise<Media> => {
    const doc = await payload.create({
      collection: 'media',
      data: { alt: `Video thử ${name}` },
      file: uploadFile(data, 'video/mp4', `${suffix}-${name}`),
    })
    created.push(doc)
    return doc
  }

  beforeAll(async () => {
    payload = await getTestPayload()
  })

  afterAll(async () => {
    for (const doc of created) await payload.delete({ collection: 'media', id: doc.id }).catch(() => undefined)
  })

  it('stores an H.264 480p rendition with AAC audio and faststart, and removes it with the record', async () => {
    const started = Date.now()
    const doc = await upload(hdVideo(6), 'video-nho.mp4')
    console.log(`[small-video] upload of a 6 s 1280×720 video with its small rendition: ${Date.now() - started} ms`)
    expect(doc.smallVideo?.filename).toMatch(/-small\.mp4$/)
    expect([doc.smallVideo?.width, doc.smallVideo?.height]).toEqual([854, 480])
    const file = stored(doc.smallVideo?.filename)
    const bytes = fs.readFileSync(file)
    expect(doc.smallVideo?.filesize).toBe(bytes.length)
    expect(bytes.length).toBeLessThan(doc.filesize ?? 0)
    const streams = streamsOf(file)
    expect(streams).toMatch(/Video: h264 \(Main\)[^\n]*854x480/)
    expect(streams).toMatch(/Audio: aac/)
    // faststart: the index (moov) comes before the frames (mdat), so a player starts before the whole file is read.
    expect(bytes.indexOf('moov')).toBeLessThan(bytes.indexOf('mdat'))
    expect(doc.processingNote ?? null).toBeNull()

    await payload.delete({ collection: 'media', id: doc.id })
    expect(fs.existsSync(file)).toBe(false)
  })

  it('keeps a video it cannot transcode and says why in the processing note', async () => {
    const doc = await upload(withZeroedFrames(await slideshowMp4(1)), 'video-hong.mp4')
    expect(fs.existsSync(stored(doc.filename))).toBe(true)
    expect(doc.smallVideo?.filename ?? null).toBeNull()
    expect(doc.processingNote).toMatch(
      /không tạo được bản video nhỏ \(480p\) cho gói ngoại tuyến \(.+\); gói ngoại tuyến sẽ mang tệp gốc\./,
    )
  })
})
