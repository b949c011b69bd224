/**
 * Hmong, Thái and Dao text in the PDFs the site makes (print kits, procedure lists): poppler's
 * pdftotext reads every letter back as written, pdffonts shows the font that has them embedded,
 * and pdftoppm renders the page. Be Vietnam Pro has no ŏ, ĭ, ŭ or ǎ: a kit whose text uses them is
 * set in Noto Sans, where before it lost those letters.
 */
import { execFile } from 'node:child_process'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import { PNG } from 'pngjs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { HMONG_POSTER_SUMMARY, HMONG_POSTER_TITLE, TAI_SPOT_TITLE } from '../../scripts/seed/data/materials'
import { UNIT_SEEDS } from '../../scripts/seed/data/units'
import { type PrintKitInput, renderPrintKit } from '../../site/src/lib/printKitPdf'
import { renderProcedureListPdf } from '../../site/src/lib/procedureListPdf'

const run = promisify(execFile)

/** Letters of Vietnamese-based minority scripts that Be Vietnam Pro lacks: the breve vowels of Thái La-tinh (bŏ, cŏ…). */
const TAI_LETTERS = 'Tô xŏng: bŏ, cŏ, chŏ, đŏ – Mŏng Thăn, Ĭn Ŭa, ǎ'

const unit = UNIT_SEEDS.find((u) => u.name === 'Xã Sìn Hồ')
const kit = (over: Partial<PrintKitInput>): PrintKitInput => ({
  title: HMONG_POSTER_TITLE,
  summary: HMONG_POSTER_SUMMARY,
  kindLabel: 'Áp phích',
  publisher: 'Ủy ban nhân dân tỉnh Lai Châu',
  pageUrl: 'https://thuvien.example.vn/tai-lieu/tsis-txhob-qhia/',
  qrUrl: 'https://thuvien.example.vn/tai-lieu/tsis-txhob-qhia/?qr=1',
  unit: { name: unit?.name ?? '', ...unit?.contact },
  size: 'a4',
  updatedAt: '2026-01-01T00:00:00.000Z',
  language: 'hmn',
  ...over,
})

let dir: string
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'dvctt-pdf-lang-'))
})
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true })
})

/** The PDF's text as poppler reads it, line breaks and runs of spaces as one space; its fonts; its page as pixels. */
async function read(name: string, bytes: Uint8Array) {
  const file = path.join(dir, `${name}.pdf`)
  await fs.writeFile(file, bytes)
  const text = (await run('pdftotext', [file, '-'])).stdout.normalize('NFC').replace(/\s+/g, ' ')
  const fonts = (await run('pdffonts', [file])).stdout
  const info = (await run('pdfinfo', [file])).stdout
  await run('pdftoppm', ['-r', '36', '-png', '-singlefile', file, path.join(dir, name)])
  const png = PNG.sync.read(await fs.readFile(path.join(dir, `${name}.png`)))
  let ink = 0
  for (let i = 0; i < png.data.length; i += 4) if ((png.data[i] ?? 255) < 128) ink++
  return { text, fonts, info, width: png.width, height: png.height, ink: ink / (png.width * png.height) }
}

describe('print kit of the seeded Hmong poster', () => {
  it('gives back its Hmong title and summary exactly, in Be Vietnam Pro, and renders', async () => {
    expect(unit?.contact?.hotline).toBeTruthy()
    const pdf = await read('hmong', await renderPrintKit(kit({})))
    expect(pdf.text).toContain(HMONG_POSTER_TITLE)
    expect(pdf.text).toContain(HMONG_POSTER_SUMMARY)
    expect(pdf.text).toContain(`Đường dây nóng: ${unit?.contact?.hotline}`)
    expect(pdf.fonts).toContain('BeVietnamPro')
    // A4 at 36 dpi, with the header band, text and QR code drawn.
    expect(pdf.width).toBe(298)
    expect(pdf.height).toBe(421)
    expect(pdf.ink).toBeGreaterThan(0.05)
  })
})

describe('letters Be Vietnam Pro lacks', () => {
  it('a Thái kit with breve vowels is set in Noto Sans and keeps every letter', async () => {
    const title = `${TAI_SPOT_TITLE} (${TAI_LETTERS})`
    const pdf = await read('tai', await renderPrintKit(kit({ title, summary: TAI_LETTERS, language: 'blt' })))
    expect(pdf.text).toContain(title)
    expect(pdf.text).toContain(`${TAI_LETTERS} `)
    expect(pdf.fonts).toContain('NotoSans')
    expect(pdf.fonts).not.toContain('BeVietnamPro')
    expect(pdf.ink).toBeGreaterThan(0.05)
  })

  it('a procedure list whose unit is named with such letters keeps them', async () => {
    const name = `Tổ công nghệ số bản Nà Ŏm (${TAI_LETTERS})`
    const bytes = await renderProcedureListPdf({
      unit: { name, hotline: '0213 3881 234', oneStopAddress: 'Bản Nà Ŏm, xã Mường Than', oneStopHours: null },
      groups: [
        {
          field: 'Hộ tịch',
          rows: [
            {
              number: 1,
              code: '1.001193',
              name: 'Đăng ký khai sinh',
              pageUrl: 'https://thuvien.example.vn/thu-tuc/1.001193/',
              portalUrl: 'https://dichvucong.gov.vn/?ma_thu_tuc=1.001193',
            },
          ],
        },
      ],
      updatedOn: '28/11/2026',
      updatedAt: '2026-11-28T02:00:00.000Z',
      publisher: 'Ủy ban nhân dân tỉnh Lai Châu',
      nationalPortal: { name: 'Cổng Dịch vụ công quốc gia', url: 'https://dichvucong.gov.vn' },
    })
    const pdf = await read('list', bytes)
    expect(pdf.text).toContain(TAI_LETTERS)
    expect(pdf.text).toContain('Bản Nà Ŏm, xã Mường Than')
    expect(pdf.text).toContain('I. Lĩnh vực Hộ tịch')
    expect(pdf.text).toContain('Đăng ký khai sinh')
    expect(pdf.fonts).toContain('NotoSans')
    expect(pdf.ink).toBeGreaterThan(0.01)
  })
})
