/**
 * The offline pack per unit (issue 20 §3): one ZIP with the unit's print files,
 * audio and small videos and an index.html that works from a USB stick. Built
 * by the publisher with the unit's page: an incremental build makes again only
 * the packs of units one of whose materials changed; a pack over
 * OFFLINE_PACK_MAX_MB is not built, and the unit page and the publisher's log say why.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

import { unzipSync } from 'fflate'
import type { Payload } from 'payload'
import { afterAll, beforeAll, expect, it } from 'vitest'

import type { Material, Media, Unit } from '@dvctt/cms/payload-types'

import { launchChromium } from '../e2e/browser'
import { describeWithDatabase, getTestPayload } from '../support/cms'
import { type Fixtures, fixtures, uniqueSuffix } from '../support/factories'
import { jingleWav, scannedPdf, slideshowMp4, uploadFile } from '../support/mediaFiles'
import { freshLiveSite, readPage, removeSiteDir, runPendingRebuilds, testSiteDir } from '../support/siteBuild'

const sha256 = (file: string): string => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex')

describeWithDatabase('offline pack per unit', () => {
  let payload: Payload
  let make: Fixtures
  let commune: Unit
  let other: Unit
  let spot: Material
  const materials: Material[] = []
  const outDir = testSiteDir('offline-pack')
  const packOf = (unit: Unit) => path.join(outDir, 'don-vi', unit.slug ?? '', 'goi-ngoai-tuyen.zip')
  const unzipDir = `${outDir}-unzipped`

  const upload = (data: Buffer, mimetype: string, name: string): Promise<Media> =>
    payload.create({
      collection: 'media',
      data: { alt: name },
      file: uploadFile(data, mimetype, `${uniqueSuffix()}-${name}`),
    })

  beforeAll(async () => {
    payload = await getTestPayload()
    make = fixtures(payload)
    commune = await make.createUnit({ name: `Xã Gói Ngoại Tuyến ${uniqueSuffix()}` })
    other = await make.createUnit({ name: `Xã Bên Cạnh ${uniqueSuffix()}` })
    const audio = await upload(jingleWav().data, 'audio/wav', 'loa-xa.wav')
    const video = await upload(await slideshowMp4(1), 'video/mp4', 'video-huong-dan.mp4')
    const pdf = await upload(await scannedPdf(1), 'application/pdf', 'to-roi.pdf')
    spot = await make.createPublishedMaterial({
      ownerUnit: commune.id,
      kind: 'audio',
      title: `Bản tin loa xã về khai sinh ${uniqueSuffix()}`,
      files: [{ label: 'Bản ghi phát thanh', file: audio.id }],
    })
    materials.push(
      spot,
      await make.createPublishedMaterial({
        ownerUnit: commune.id,
        kind: 'video',
        title: `Video nộp hồ sơ trực tuyến ${uniqueSuffix()}`,
        files: [{ label: 'Video (MP4)', file: video.id }],
      }),
      await make.createPublishedMaterial({
        ownerUnit: commune.id,
        kind: 'leaflet',
        title: `Tờ rơi Hmoob ${uniqueSuffix()}`,
        language: 'hmn',
        files: [{ label: 'Tờ rơi (PDF)', file: pdf.id }],
      }),
      await make.createPublishedMaterial({ ownerUnit: commune.id, title: `Bài viết không có tệp ${uniqueSuffix()}` }),
    )
    await make.createPublishedMaterial({ ownerUnit: other.id, files: [{ label: 'Tờ rơi (PDF)', file: pdf.id }] })
    await freshLiveSite(payload, outDir)
  }, 300_000)

  afterAll(() => {
    removeSiteDir(outDir)
    fs.rmSync(unzipDir, { recursive: true, force: true })
    delete process.env.OFFLINE_PACK_MAX_MB
  })

  it('the unit page links its pack with the size; opened from disk with no network, it lists every material and plays the audio', {
    timeout: 120_000,
  }, async () => {
    const zip = fs.readFileSync(packOf(commune))
    const page = readPage(outDir, `/don-vi/${commune.slug}/`) ?? ''
    const link =
      /<a class="unit-offline-pack__link"[^>]*data-bytes="(\d+)"[^>]*>\s*Gói ngoại tuyến \(ZIP, ([^)]+)\)/.exec(page)
    expect(link, 'the unit page links the pack with its size').not.toBeNull()
    expect(Number(link?.[1])).toBe(zip.length)
    expect(link?.[2]).toMatch(/^[\d,]+ (kB|MB)$/)

    const files = unzipSync(new Uint8Array(zip))
    for (const [name, data] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(unzipDir, name)), { recursive: true })
      fs.writeFileSync(path.join(unzipDir, name), data)
    }
    // The small rendition, not the original video; the broadcast rendition, not the original WAV.
    expect(Object.keys(files).some((name) => name.endsWith('-small.mp4'))).toBe(true)
    expect(Object.keys(files).some((name) => name.endsWith('-phat-thanh.mp3'))).toBe(true)
    expect(Object.keys(files).some((name) => /\.(wav|avi|mov)$/.test(name))).toBe(false)
    expect(Object.keys(files).some((name) => /\.pdf$/.test(name))).toBe(true)

    const browser = await launchChromium()
    try {
      const context = await browser.newContext()
      await context.setOffline(true)
      const requested: string[] = []
      await context.route(/^(?!file:)/, (route) => {
        requested.push(route.request().url())
        return route.abort()
      })
      const tab = await context.newPage()
      await tab.goto(pathToFileURL(path.join(unzipDir, 'index.html')).toString())
      const titles = await tab.locator('article h2').allTextContents()
      expect(titles.sort()).toEqual(materials.map((m) => m.title).sort())
      const audio = tab.locator(`article:has(h2:text-is("${spot.title}")) audio`)
      await audio.evaluate((element: HTMLAudioElement) => element.play().catch(() => undefined))
      await tab.waitForFunction(
        (title) =>
          ([...document.querySelectorAll('article')]
            .find((a) => a.querySelector('h2')?.textContent === title)
            ?.querySelector('audio')?.readyState ?? 0) >= 2,
        spot.title,
      )
      expect(await audio.evaluate((element: HTMLAudioElement) => element.readyState)).toBeGreaterThanOrEqual(2)
      expect(
        await tab.locator('video').evaluate((element: HTMLVideoElement) => element.readyState),
      ).toBeGreaterThanOrEqual(1)
      expect(await tab.locator('html').getAttribute('lang')).toBe('vi')
      expect(requested).toEqual([])
    } finally {
      await browser.close()
    }
  })

  it('an incremental publish of one unit’s material rebuilds only that unit’s pack', { timeout: 240_000 }, async () => {
    const before = {
      mine: sha256(packOf(commune)),
      other: sha256(packOf(other)),
      otherStat: fs.statSync(packOf(other)),
    }
    const title = `Bản tin loa xã đã sửa ${uniqueSuffix()}`
    await payload.update({ collection: 'materials', id: spot.id, data: { title, _status: 'published' } })
    await runPendingRebuilds(payload, outDir)
    expect((await payload.findGlobal({ slug: 'site-status' })).lastSuccess?.mode).toBe('incremental')
    expect(sha256(packOf(commune))).not.toBe(before.mine)
    const index = new TextDecoder().decode(unzipSync(new Uint8Array(fs.readFileSync(packOf(commune))))['index.html'])
    expect(index).toContain(title)
    const after = fs.statSync(packOf(other))
    expect(sha256(packOf(other))).toBe(before.other)
    expect([after.ino, after.mtimeMs]).toEqual([before.otherStat.ino, before.otherStat.mtimeMs])
  })

  it('a pack over OFFLINE_PACK_MAX_MB is not built; the unit page and the publisher’s log say why', {
    timeout: 240_000,
  }, async () => {
    process.env.OFFLINE_PACK_MAX_MB = '0.01'
    const log: string[] = []
    const write = process.stderr.write.bind(process.stderr)
    process.stderr.write = ((chunk: string | Uint8Array, ...rest: never[]) => {
      log.push(String(chunk))
      return write(chunk, ...rest)
    }) as typeof process.stderr.write
    try {
      await payload.update({
        collection: 'materials',
        id: spot.id,
        data: { summary: 'Bản tin sửa lần hai.', _status: 'published' },
      })
      await runPendingRebuilds(payload, outDir)
    } finally {
      process.stderr.write = write
      delete process.env.OFFLINE_PACK_MAX_MB
    }
    expect(fs.existsSync(packOf(commune))).toBe(false)
    const page = readPage(outDir, `/don-vi/${commune.slug}/`) ?? ''
    expect(page).toMatch(
      /Chưa có gói ngoại tuyến cho đơn vị này: gói gồm 4 tài liệu, [\d,]+ (kB|MB), lớn hơn giới hạn 10 kB \(OFFLINE_PACK_MAX_MB\)/,
    )
    expect(page).not.toContain('goi-ngoai-tuyen.zip')
    expect(log.join('')).toContain(`Không dựng gói ngoại tuyến của ${commune.name}: gói gồm 4 tài liệu`)
    // The other unit's pack is not touched by the refusal.
    expect(fs.existsSync(packOf(other))).toBe(true)
  })
})
