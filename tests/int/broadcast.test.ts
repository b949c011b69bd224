/**
 * Commune loudspeakers (issue 20 §2): every audio upload gets a broadcast rendition (two-pass loudnorm to
 * EBU R128, mono 64 kbit/s MP3) that ffmpeg's own ebur128 filter measures at -23 ± 1 LUFS; a file ffmpeg
 * cannot decode keeps its original and says why; a commune contributor sets only their commune's
 * «Lịch phát thanh», prints its sheet, and each day confirmed «Đã phát» becomes a loudspeaker activity.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Material, Media, Unit } from '@dvctt/cms/payload-types'

import { describeWithDatabase, getTestPayload } from '../support/cms'
import { type Fixtures, fixtures, uniqueSuffix } from '../support/factories'
import { CmsHttpClient } from '../support/http'
import { uploadFile } from '../support/mediaFiles'

const require = createRequire(path.resolve('cms/package.json'))
const ffmpeg = (require('@ffmpeg-installer/ffmpeg') as { path: string }).path

type Id = string | number
type ErrorBody = { errors?: { message: string }[] }
const messageOf = (body: unknown): string => ((body as ErrorBody).errors ?? []).map((e) => e.message).join(' | ')

const stored = (filename: string | null | undefined): string => path.join(process.env.MEDIA_DIR ?? '', filename ?? '')

/** A stereo WAV far louder than broadcast level (a speech-like warble near -6 dBFS), made by ffmpeg. */
function loudWav(seconds: number): Buffer {
  const tone = `aevalsrc=0.5*sin(2*PI*(300+80*sin(2*PI*3*t))*t)|0.4*sin(2*PI*450*t):s=44100:d=${seconds}`
  // Into a file, not a pipe: only then does ffmpeg write the WAV header's lengths.
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'dvctt-loud-')), 'loud.wav')
  const result = spawnSync(ffmpeg, ['-hide_banner', '-loglevel', 'error', '-f', 'lavfi', '-i', tone, '-y', file])
  if (result.status !== 0) throw new Error(`ffmpeg: ${result.stderr.toString()}`)
  const data = fs.readFileSync(file)
  fs.rmSync(path.dirname(file), { recursive: true, force: true })
  return data
}

/** What ffmpeg's ebur128 filter measures on a file: integrated loudness and true peak. */
function measure(file: string): { lufs: number; peak: number; streams: string } {
  const { stderr } = spawnSync(
    ffmpeg,
    ['-hide_banner', '-nostdin', '-i', file, '-af', 'ebur128=peak=true', '-f', 'null', '-'],
    {
      encoding: 'utf8',
    },
  )
  const summary = stderr.slice(stderr.lastIndexOf('Summary:'))
  return {
    lufs: Number(summary.match(/I:\s+(-?[\d.]+) LUFS/)?.[1]),
    peak: Number(summary.match(/Peak:\s+(-?[\d.]+) dBFS/)?.[1]),
    streams: stderr.split('\n').find((line) => line.includes('Audio:')) ?? '',
  }
}

describeWithDatabase('commune loudspeakers: broadcast rendition, schedules, «Đã phát»', () => {
  let payload: Payload
  let make: Fixtures
  let commune: Unit
  let otherCommune: Unit
  let spotMedia: Media
  let spot: Material
  const suffix = uniqueSuffix()
  const contributor = new CmsHttpClient()
  const otherContributor = new CmsHttpClient()
  const editor = new CmsHttpClient()

  beforeAll(async () => {
    payload = await getTestPayload()
    make = fixtures(payload)
    commune = await make.createUnit({ name: `Xã Pa Tần ${suffix}`, type: 'commune' })
    otherCommune = await make.createUnit({ name: `Xã Nậm Cha ${suffix}`, type: 'commune' })
    const logins = [
      [contributor, await make.createUnitUser('contributor', commune.id)],
      [otherContributor, await make.createUnitUser('contributor', otherCommune.id)],
      [editor, await make.createUser('editor')],
    ] as const
    for (const [client, { login }] of logins) await client.login(login.email, login.password)
    spotMedia = await payload.create({
      collection: 'media',
      data: { alt: 'Bản ghi âm thử' },
      file: uploadFile(loudWav(20), 'audio/wav', `${suffix}-spot.wav`),
    })
    spot = await make.createPublishedMaterial({
      ownerUnit: commune.id,
      kind: 'audio',
      title: `Đăng ký khai sinh trên loa ${suffix}`,
      files: [{ label: 'Bản ghi âm', file: spotMedia.id }],
    })
  })

  it('makes a mono 64 kbit/s MP3 that ebur128 measures at -23 ± 1 LUFS, true peak ≤ -1 dBTP', () => {
    const broadcast = spotMedia.broadcast
    expect(spotMedia.processingNote ?? null).toBeNull()
    expect(broadcast?.filename).toMatch(/-phat-thanh\.mp3$/)
    const file = stored(broadcast?.filename)
    const measured = measure(file)
    expect(measured.lufs).toBeGreaterThanOrEqual(-24)
    expect(measured.lufs).toBeLessThanOrEqual(-22)
    expect(measured.peak).toBeLessThanOrEqual(-1)
    expect(measured.streams).toMatch(/mp3, 44100 Hz, mono, .*64 kb\/s/)
    // The record states what the file measures, not what was aimed at.
    expect(broadcast?.loudness).toBeCloseTo(measured.lufs, 0)
    expect(broadcast?.bitRate).toBe(64)
    expect(broadcast?.durationSeconds).toBeCloseTo(20, 0)
    expect(broadcast?.filesize).toBe(fs.statSync(file).size)
  })

  it('keeps an audio file ffmpeg cannot decode and says why in «Ghi chú xử lý tệp»', async () => {
    // A WAV whose header names a codec nobody has (format tag 0x3039): the box is sound, the sound unreadable.
    const wav = loudWav(2)
    wav.writeUInt16LE(0x3039, 20)
    const doc = await payload.create({
      collection: 'media',
      data: { alt: 'Tệp âm thanh hỏng' },
      file: uploadFile(wav, 'audio/wav', `${suffix}-hong.wav`),
    })
    expect(doc.filename).toBeTruthy()
    expect(fs.existsSync(stored(doc.filename))).toBe(true)
    expect(doc.broadcast?.filename ?? null).toBeNull()
    expect(doc.processingNote).toMatch(/không tạo được bản phát thanh cho loa \(ffmpeg/)
    expect(doc.processingNote).not.toContain('/tmp/')
  })

  it('removes the broadcast rendition with its media record', async () => {
    const doc = await payload.create({
      collection: 'media',
      data: { alt: 'Bản ghi âm xóa' },
      file: uploadFile(loudWav(3), 'audio/wav', `${suffix}-xoa.wav`),
    })
    const file = stored(doc.broadcast?.filename)
    expect(fs.existsSync(file)).toBe(true)
    await payload.delete({ collection: 'media', id: doc.id })
    expect(fs.existsSync(file)).toBe(false)
  })

  describe('«Lịch phát thanh»', () => {
    let scheduleId: Id
    const schedule = (unit: Id) => ({
      unit,
      spots: [spot.id],
      validFrom: '2026-03-01T00:00:00.000Z',
      validUntil: '2026-03-31T00:00:00.000Z',
      timesPerDay: 3,
      weekdays: ['mon', 'thu'],
      note: 'Phát lúc 6 giờ, 11 giờ và 17 giờ.',
    })

    beforeAll(async () => {
      const created = await contributor.post<{ doc: { id: Id; title: string } }>(
        '/broadcast-schedules',
        schedule(commune.id),
      )
      expect(created.status, messageOf(created.body)).toBe(201)
      scheduleId = created.body.doc.id
      expect(created.body.doc.title).toBe(`Lịch phát thanh · ${commune.name} · 01/03/2026–31/03/2026`)
    })

    it('a commune contributor sets only their own commune’s schedule and reads no other', async () => {
      const refused = await contributor.post('/broadcast-schedules', schedule(otherCommune.id))
      expect(refused.status).toBe(403)
      expect(messageOf(refused.body)).toContain('chỉ được lập lịch phát thanh cho xã của mình')
      expect((await otherContributor.get(`/broadcast-schedules/${scheduleId}`)).status).toBe(404)
      const edit = await otherContributor.patch(`/broadcast-schedules/${scheduleId}`, { timesPerDay: 1 })
      expect(edit.status).not.toBe(200)
      expect((await editor.get(`/broadcast-schedules/${scheduleId}`)).status).toBe(200)
    })

    it('prints a one-page sheet in Vietnamese with dd/mm/yyyy dates, for the commune only', async () => {
      const sheet = await contributor.fetch(`/broadcast-schedules/${scheduleId}/sheet`)
      expect(sheet.status).toBe(200)
      const html = await sheet.text()
      expect(html).toContain('<html lang="vi">')
      expect(html).toContain(commune.name)
      expect(html).toContain('Từ 01/03/2026 đến 31/03/2026')
      expect(html).toContain('Thứ Hai, Thứ Năm')
      expect(html).toContain(spot.title)
      expect(html).toContain('3 lần')
      expect((await otherContributor.fetch(`/broadcast-schedules/${scheduleId}/sheet`)).status).toBe(404)
    })

    it('«Đã phát» for a scheduled day creates a loudspeaker activity with the spots and minutes, once', async () => {
      const tuesday = await contributor.post(`/broadcast-schedules/${scheduleId}/confirm`, { date: '2026-03-03' })
      expect(tuesday.status).toBe(409)
      expect(messageOf(tuesday.body)).toContain('không có trong lịch phát thanh này')
      const future = await contributor.post(`/broadcast-schedules/${scheduleId}/confirm`, { date: '2099-03-02' })
      expect(future.status).toBe(409)
      expect(
        (await otherContributor.post(`/broadcast-schedules/${scheduleId}/confirm`, { date: '2026-03-02' })).status,
      ).toBe(404)

      const before = (await payload.count({ collection: 'outreach-activities' })).totalDocs
      const confirmed = await contributor.post<{ activity: Id; message: string }>(
        `/broadcast-schedules/${scheduleId}/confirm`,
        { date: '2026-03-02' },
      )
      expect(confirmed.status, messageOf(confirmed.body)).toBe(201)
      expect(confirmed.body.message).toContain('02/03/2026')
      expect((await payload.count({ collection: 'outreach-activities' })).totalDocs).toBe(before + 1)
      const activity = await payload.findByID({
        collection: 'outreach-activities',
        id: confirmed.body.activity,
        depth: 0,
      })
      expect(activity.kind).toBe('loudspeaker')
      expect(String(activity.unit)).toBe(String(commune.id))
      expect(activity.title).toBe(`Phát thanh trên loa truyền thanh xã · ${commune.name} · 02/03/2026`)
      expect((activity.materials ?? []).map(String)).toEqual([String(spot.id)])
      expect(activity.reach?.times).toBe(3)
      expect(activity.reach?.minutes).toBe(Math.ceil(((spotMedia.broadcast?.durationSeconds ?? 0) * 3) / 60))

      const again = await contributor.post(`/broadcast-schedules/${scheduleId}/confirm`, { date: '2026-03-02' })
      expect(again.status).toBe(409)
      expect(messageOf(again.body)).toContain('đã được xác nhận')
      expect((await payload.count({ collection: 'outreach-activities' })).totalDocs).toBe(before + 1)
    })
  })
})
