/**
 * QR codes and per-unit print kits (issue 6) on the built demo site: the codes
 * decode (with a QR reader, not our encoder) to the page's own address, and the
 * kits are real A4/A3 PDFs whose extracted text carries the unit's details with
 * their diacritics, and never a missing one.
 */
import fs from 'node:fs'
import path from 'node:path'

import jsQR from 'jsqr'
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { PNG } from 'pngjs'
import type { Browser } from 'playwright-core'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { slugify } from '../../cms/vocabulary'
import { MATERIAL_SEEDS } from '../../scripts/seed/data/materials'
import { PROCEDURE_SEEDS } from '../../scripts/seed/data/procedures'
import { UNIT_SEEDS } from '../../scripts/seed/data/units'
import { PAPER_SIZES, type PrintKitInput, renderPrintKit } from '../../site/src/lib/printKitPdf'
import { launchChromium } from './browser'
import { e2eEnv } from './env'
import { siteFetcher } from './siteFetch'

const siteUrl = inject('siteUrl')
const dist = e2eEnv.SITE_DIST_DIR

const templates = MATERIAL_SEEDS.filter((m) => m.printTemplate && m.status === 'published')
const poster = templates.find((m) => m.kind === 'poster')
const leaflet = templates.find((m) => m.kind === 'leaflet')
const notTemplate = MATERIAL_SEEDS.find(
  (m) => !m.printTemplate && m.status === 'published' && m.kind === 'poster' && !m.validUntil,
)
const procedure = PROCEDURE_SEEDS[0]
const unitSeed = (name: string) => {
  const unit = UNIT_SEEDS.find((u) => u.name === name)
  if (!unit) throw new Error(`no seeded unit ${name}`)
  return unit
}
/** A commune with every contact detail, and a body with a hotline but no one-stop desk address. */
const commune = unitSeed('Xã Sì Lở Lầu')
const noAddress = unitSeed('Ban Tuyên giáo và Dân vận Tỉnh ủy')
const historical = UNIT_SEEDS.find((u) => u.historical)

const { get, canonicalOf } = siteFetcher(siteUrl)

function decodeQr(rgba: Uint8Array, width: number, height: number): string | undefined {
  return jsQR(new Uint8ClampedArray(rgba.buffer, rgba.byteOffset, rgba.byteLength), width, height)?.data
}

const decodePng = (bytes: Uint8Array) => {
  const png = PNG.sync.read(Buffer.from(bytes))
  return { text: decodeQr(png.data, png.width, png.height), width: png.width, height: png.height }
}

/** The SVG as a browser or print shop would rasterise it (sharp/librsvg), then read like a photo of it. */
async function decodeSvg(bytes: Uint8Array): Promise<string | undefined> {
  const { data, info } = await sharp(Buffer.from(bytes), { density: 300 })
    .resize(600)
    .flatten({ background: '#ffffff' })
    .ensureAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true })
  return decodeQr(data, info.width, info.height)
}

interface PdfFacts {
  pages: number
  size: [number, number]
  text: string
}

async function readPdf(bytes: Uint8Array): Promise<PdfFacts> {
  const task = getDocument({ data: bytes.slice(), verbosity: 0 })
  const doc = await task.promise
  try {
    const page = await doc.getPage(1)
    const [, , width, height] = page.view
    const content = await page.getTextContent()
    // Wrapped lines come back as separate items: joined by spaces, a wrapped address reads as one line again.
    const text = content.items.map((item) => ('str' in item ? item.str : '')).join(' ')
    return { pages: doc.numPages, size: [width ?? 0, height ?? 0], text: text.replace(/\s+/g, ' ').normalize('NFC') }
  } finally {
    await task.destroy()
  }
}

const kitUrl = (materialTitle: string, unitName: string, size: 'a4' | 'a3') =>
  `/in-an/${slugify(materialTitle)}/${slugify(unitName)}-${size}.pdf`

let browser: Browser

beforeAll(async () => {
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
})

describe('seed data', () => {
  it('marks a published poster and a published leaflet as print templates', () => {
    expect(poster?.title).toBeTruthy()
    expect(leaflet?.title).toBeTruthy()
    expect(notTemplate?.title).toBeTruthy()
    expect(procedure?.code).toBeTruthy()
  })
})

// A material's codes carry ?qr=1, which its page's usage beacon counts as a scan (tests/e2e/usage.test.ts);
// procedures are not counted, so theirs are the plain address.
describe.each([
  { what: 'material', page: () => `/tai-lieu/${slugify(poster?.title ?? '')}/`, marker: '?qr=1' },
  { what: 'procedure', page: () => `/thu-tuc/${procedure?.code}/`, marker: '' },
])('QR code of a $what page', ({ page, marker }) => {
  it('decodes from the print PNG (at least 1200 px) to the page’s own address', async () => {
    const expected = (await canonicalOf(page())) + marker
    const png = await get(`${page()}ma-qr.png`)
    expect(png.status).toBe(200)
    expect(png.type).toContain('image/png')
    const decoded = decodePng(png.bytes)
    expect(decoded.width).toBeGreaterThanOrEqual(1200)
    expect(decoded.width).toBe(decoded.height)
    expect(decoded.text).toBe(expected)
  })

  it('decodes from the SVG, rendered to pixels, to the same address', async () => {
    const expected = (await canonicalOf(page())) + marker
    const svg = await get(`${page()}ma-qr.svg`)
    expect(svg.status).toBe(200)
    expect(svg.type).toContain('image/svg+xml')
    await expect(decodeSvg(svg.bytes)).resolves.toBe(expected)
  })

  it('is shown on the page with SVG and PNG downloads, and stays on the printed page without its buttons', async () => {
    const tab = await browser.newPage()
    await tab.goto(`${siteUrl}${page()}`)
    const panel = tab.getByRole('region', { name: 'Mã QR' })
    await expect(panel.locator('img.qr__image').getAttribute('src')).resolves.toBe(`${page()}ma-qr.svg`)
    await expect(panel.getByRole('link', { name: 'Tải mã QR (SVG)' }).getAttribute('href')).resolves.toBe(
      `${page()}ma-qr.svg`,
    )
    await expect(panel.getByRole('link', { name: 'Tải mã QR (PNG để in)' }).getAttribute('href')).resolves.toBe(
      `${page()}ma-qr.png`,
    )
    // The image really loads (a broken src has no natural width); it loads lazily, so scroll to it first.
    await panel.locator('img.qr__image').scrollIntoViewIfNeeded()
    await tab.waitForFunction(() => (document.querySelector<HTMLImageElement>('img.qr__image')?.naturalWidth ?? 0) > 0)

    await tab.emulateMedia({ media: 'print' })
    await expect(tab.locator('img.qr__image').isVisible()).resolves.toBe(true)
    await expect(tab.locator('.qr__actions').isVisible()).resolves.toBe(false)
    await expect(tab.locator('.qr__print').textContent()).resolves.toContain(await canonicalOf(page()))
    await tab.close()
  })
})

describe('print kits', () => {
  it.each([
    ['a4', PAPER_SIZES.a4],
    ['a3', PAPER_SIZES.a3],
  ] as const)(
    '%s kit of a commune: right page size, its name, hotline, desk and hours in the text',
    async (size, paper) => {
      const pdf = await get(kitUrl(poster?.title ?? '', commune.name, size))
      expect(pdf.status).toBe(200)
      expect(pdf.type).toContain('application/pdf')
      const facts = await readPdf(pdf.bytes)
      expect(facts.pages).toBe(1)
      expect(facts.size[0]).toBeCloseTo(paper.width, 1)
      expect(facts.size[1]).toBeCloseTo(paper.height, 1)
      expect(paper.width).toBeCloseTo(size === 'a4' ? 595.28 : 841.89, 2)
      expect(paper.height).toBeCloseTo(size === 'a4' ? 841.89 : 1190.55, 2)

      expect(facts.text).toContain('Xã Sì Lở Lầu')
      expect(facts.text).toContain(`Đường dây nóng: ${commune.contact?.hotline}`)
      expect(facts.text).toContain(`Bộ phận Một cửa: ${commune.contact?.oneStopAddress}`)
      expect(facts.text).toContain(`Giờ làm việc: ${commune.contact?.oneStopHours}`)
      expect(facts.text).toContain(poster?.title)
      expect(facts.text).not.toContain('undefined')
    },
  )

  it('a leaflet template has kits too, with the material’s address printed under its QR code', async () => {
    const facts = await readPdf((await get(kitUrl(leaflet?.title ?? '', commune.name, 'a4'))).bytes)
    expect(facts.text).toContain(leaflet?.title)
    expect(facts.text).toContain(await canonicalOf(`/tai-lieu/${slugify(leaflet?.title ?? '')}/`))
  })

  it('leaves out the one-stop desk line of a unit that has no address, with no "undefined"', async () => {
    expect(noAddress.contact?.oneStopAddress).toBeUndefined()
    const facts = await readPdf((await get(kitUrl(poster?.title ?? '', noAddress.name, 'a4'))).bytes)
    expect(facts.text).toContain('Ban Tuyên giáo và Dân vận Tỉnh ủy')
    expect(facts.text).toContain(`Đường dây nóng: ${noAddress.contact?.hotline}`)
    expect(facts.text).not.toContain('Bộ phận Một cửa:')
    expect(facts.text).not.toContain('undefined')
  })

  it('makes none for a unit that no longer exists, nor for a material that is not a template', () => {
    expect(historical).toBeTruthy()
    expect(fs.existsSync(path.join(dist, kitUrl(poster?.title ?? '', historical?.name ?? '', 'a4')))).toBe(false)
    expect(fs.existsSync(path.join(dist, 'in-an', slugify(notTemplate?.title ?? '')))).toBe(false)
    // Every active seeded unit has its pair of kits for each template (other e2e files may add units of their own).
    const active = UNIT_SEEDS.filter((u) => !u.historical)
    for (const template of [poster, leaflet]) {
      const files = new Set(fs.readdirSync(path.join(dist, 'in-an', slugify(template?.title ?? ''))))
      const missing = active
        .flatMap((u) => [`${slugify(u.name)}-a4.pdf`, `${slugify(u.name)}-a3.pdf`])
        .filter((name) => !files.has(name))
      expect(missing).toEqual([])
      expect(
        [...files].every(
          (name) =>
            /-a[34]\.pdf$/.test(name) &&
            files.has(name.replace(/a[34]\.pdf$/, (m) => (m === 'a4.pdf' ? 'a3.pdf' : 'a4.pdf'))),
        ),
      ).toBe(true)
    }
  })

  it('are listed on the template’s page, by unit, and not on other materials’ pages', async () => {
    const tab = await browser.newPage()
    await tab.goto(`${siteUrl}/tai-lieu/${slugify(poster?.title ?? '')}/`)
    const section = tab.getByRole('region', { name: 'Bản in cho từng đơn vị' })
    await section.locator('summary').click()
    const a3 = section.getByRole('link', { name: `Bản in A3 cho ${commune.name} (PDF)` })
    await expect(a3.getAttribute('href')).resolves.toBe(kitUrl(poster?.title ?? '', commune.name, 'a3'))
    await expect(a3.isVisible()).resolves.toBe(true)
    await tab.goto(`${siteUrl}/tai-lieu/${slugify(notTemplate?.title ?? '')}/`)
    await expect(tab.getByRole('region', { name: 'Bản in cho từng đơn vị' }).count()).resolves.toBe(0)
    await tab.close()
  })

  it('are listed on the unit’s page: every template that reaches it, in both sizes', async () => {
    const html = new TextDecoder().decode((await get(`/don-vi/${slugify(commune.name)}/`)).bytes)
    expect(html).toContain('Bản in của đơn vị')
    for (const template of [poster, leaflet]) {
      for (const size of ['a4', 'a3'] as const)
        expect(html).toContain(`href="${kitUrl(template?.title ?? '', commune.name, size)}"`)
    }
  })
})

describe('print kit renderer, for units with missing details', () => {
  const base: Omit<PrintKitInput, 'unit' | 'size'> = {
    title: 'Áp phích: Không chia sẻ mã OTP – Bảo vệ tài khoản VNeID',
    summary: 'Không cung cấp mã OTP cho bất kỳ ai.',
    kindLabel: 'Áp phích',
    publisher: 'Ủy ban nhân dân tỉnh Lai Châu',
    pageUrl: 'https://thuvien.example.vn/tai-lieu/ap-phich-otp/',
    qrUrl: 'https://thuvien.example.vn/tai-lieu/ap-phich-otp/?qr=1',
    updatedAt: '2026-01-01T00:00:00.000Z',
  }

  it('a unit without a hotline: no hotline label and no "undefined"', async () => {
    const facts = await readPdf(
      await renderPrintKit({
        ...base,
        size: 'a4',
        unit: {
          name: 'Xã Mường Tè',
          hotline: undefined,
          oneStopAddress: 'Bản Mường Tè, tỉnh Lai Châu',
          oneStopHours: null,
        },
      }),
    )
    expect(facts.text).toContain('Xã Mường Tè')
    expect(facts.text).toContain('Bộ phận Một cửa: Bản Mường Tè, tỉnh Lai Châu')
    expect(facts.text).not.toContain('Đường dây nóng')
    expect(facts.text).not.toContain('Giờ làm việc')
    expect(facts.text).not.toMatch(/undefined|null/)
  })

  it('a unit with only its name (blank values count as missing) still gets a kit with its name and QR code', async () => {
    const facts = await readPdf(
      await renderPrintKit({
        ...base,
        size: 'a3',
        unit: { name: 'Phường Đoàn Kết', hotline: '  ', oneStopAddress: '', oneStopHours: null },
      }),
    )
    expect(facts.size[0]).toBeCloseTo(PAPER_SIZES.a3.width, 1)
    expect(facts.text).toContain('Phường Đoàn Kết')
    expect(facts.text).toContain('Quét mã để xem tài liệu')
    expect(facts.text).not.toMatch(/Đường dây nóng|Bộ phận Một cửa:|Giờ làm việc|undefined|null/)
  })
})
