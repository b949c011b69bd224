/**
 * Printable lists of toàn trình procedures per unit (issue 7) on the built demo
 * site: /don-vi/<slug>/thu-tuc-toan-trinh.pdf and .xlsx. What each list must
 * hold is worked out here from the CMS database (Local API) by the rule the
 * issue states, not by the site's own code; the PDF is read with pdfjs, its QR
 * codes rendered to pixels and decoded with jsQR; the XLSX is opened with exceljs.
 */
import fs from 'node:fs'
import path from 'node:path'

import ExcelJS from 'exceljs'
import jsQR from 'jsqr'
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { PNG } from 'pngjs'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { slugify } from '../../cms/vocabulary'
import type { ListGroup } from '../../site/src/lib/procedureList'
import { renderProcedureListPdf } from '../../site/src/lib/procedureListPdf'
import { launchChromium, watchErrors } from './browser'
import { e2eEnv } from './env'
import { siteFetcher } from './siteFetch'

const siteUrl = inject('siteUrl')
const TITLE = 'Danh mục thủ tục hành chính thực hiện toàn trình trên môi trường điện tử'
const collator = new Intl.Collator('vi')

interface Expected {
  code: string
  name: string
  field: string
  nationalPortalUrl?: string | null
}

/**
 * The current toàn trình procedures a unit handles, straight from the database:
 * communes and wards take every commune-level one, any unit those naming it as an agency.
 */
async function expectedFor(unitName: string): Promise<{ slug: string; procedures: Expected[] }> {
  const { getCmsPayload } = await import('../../cms/lib/getCmsPayload')
  const payload = await getCmsPayload()
  // drizzle-kit (loaded with the SQLite adapter) adds an enumerable Array.prototype.random, which pdfjs refuses to run with:
  // made non-enumerable, as a built-in method would be, so the PDFs can be read in this process.
  const random = Object.getOwnPropertyDescriptor(Array.prototype, 'random')
  if (random?.enumerable) Object.defineProperty(Array.prototype, 'random', { ...random, enumerable: false })
  const unit = (await payload.find({ collection: 'units', where: { name: { equals: unitName } }, depth: 0, limit: 1 }))
    .docs[0]
  if (!unit?.slug) throw new Error(`no unit ${unitName} in the e2e database`)
  const local = unit.type === 'commune' || unit.type === 'ward'
  const { docs } = await payload.find({
    collection: 'procedures',
    depth: 0,
    pagination: false,
    where: {
      and: [
        { onlineLevel: { equals: 'full' } },
        { withdrawn: { not_equals: true } },
        { or: [{ agencies: { in: [unit.id] } }, ...(local ? [{ implementingLevel: { equals: 'commune' } }] : [])] },
      ],
    },
  })
  const procedures = docs
    .map((p) => ({
      code: p.code,
      name: p.name.normalize('NFC'),
      field: p.field.normalize('NFC'),
      nationalPortalUrl: p.nationalPortalUrl,
    }))
    .sort(
      (a, b) =>
        collator.compare(a.field, b.field) || collator.compare(a.name, b.name) || collator.compare(a.code, b.code),
    )
  return { slug: unit.slug, procedures }
}

/** Field headings are numbered I, II, III… as the province's own lists number their sections. */
const roman = (n: number) =>
  [
    '',
    'I',
    'II',
    'III',
    'IV',
    'V',
    'VI',
    'VII',
    'VIII',
    'IX',
    'X',
    'XI',
    'XII',
    'XIII',
    'XIV',
    'XV',
    'XVI',
    'XVII',
    'XVIII',
    'XIX',
    'XX',
  ][n] ?? String(n)
const fieldsOf = (procedures: Expected[]) => [...new Set(procedures.map((p) => p.field))]
const portalUrlOf = (p: Expected) =>
  p.nationalPortalUrl ||
  `https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=${p.code}`

const { get, canonicalOf } = siteFetcher(siteUrl)

function decodeQr(rgba: Uint8Array | Uint8ClampedArray, width: number, height: number): string | undefined {
  return jsQR(new Uint8ClampedArray(rgba.buffer, rgba.byteOffset, rgba.byteLength), width, height)?.data
}

/** pdfjs's own canvas factory (@napi-rs/canvas under Node); its type is not exported. */
interface CanvasFactory {
  create(width: number, height: number): { canvas: HTMLCanvasElement; context: CanvasRenderingContext2D }
}

interface PdfFacts {
  pages: number
  sizes: [number, number][]
  /** Every page's text in reading order, wrapped lines joined by spaces. */
  text: string[]
  /** What each QR code on the pages decodes to, page by page, top to bottom. */
  qr: string[][]
  /** Each piece of text's box in points (origin at the lower left), to check nothing runs off the page. */
  boxes: { page: number; text: string; left: number; right: number; bottom: number; top: number }[]
}

/**
 * Reads the PDF as a viewer would: text per page, and each QR code rendered to
 * pixels (3× scale) and decoded. QR codes are found by their square link areas.
 */
async function readPdf(bytes: Uint8Array): Promise<PdfFacts> {
  const task = getDocument({ data: bytes.slice(), verbosity: 0 })
  const doc = await task.promise
  try {
    const facts: PdfFacts = { pages: doc.numPages, sizes: [], text: [], qr: [], boxes: [] }
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n)
      const [, , width = 0, height = 0] = page.view
      facts.sizes.push([width, height])
      const content = await page.getTextContent()
      facts.text.push(
        content.items
          .map((item) => ('str' in item ? item.str : ''))
          .join(' ')
          .replace(/\s+/g, ' ')
          .normalize('NFC'),
      )
      for (const item of content.items) {
        if (!('str' in item) || !item.str.trim()) continue
        const [, , , , x = 0, y = 0] = item.transform as number[]
        facts.boxes.push({ page: n, text: item.str, left: x, right: x + item.width, bottom: y, top: y + item.height })
      }

      const scale = 3
      const viewport = page.getViewport({ scale })
      const { canvas, context } = (doc.canvasFactory as CanvasFactory).create(viewport.width, viewport.height)
      await page.render({ canvas, canvasContext: context, viewport }).promise
      const squares = (await page.getAnnotations())
        .filter((a) => a.subtype === 'Link' && Math.abs(a.rect[2] - a.rect[0] - (a.rect[3] - a.rect[1])) < 0.5)
        .sort((a, b) => b.rect[3] - a.rect[3])
      const decoded: string[] = []
      for (const a of squares) {
        const pad = 3
        const x = Math.floor((a.rect[0] - pad) * scale)
        const y = Math.floor((height - a.rect[3] - pad) * scale)
        const side = Math.ceil((a.rect[2] - a.rect[0] + pad * 2) * scale)
        const image = context.getImageData(x, y, side, side)
        decoded.push(decodeQr(image.data, side, side) ?? `(unreadable QR code at ${a.rect.map(Math.round).join(',')})`)
      }
      facts.qr.push(decoded)
      page.cleanup()
    }
    return facts
  } finally {
    await task.destroy()
  }
}

let browser: Browser

beforeAll(async () => {
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
})

describe.each([
  { what: 'a commune', unitName: 'Xã Sìn Hồ' },
  { what: 'a department', unitName: 'Sở Tư pháp' },
])('toàn trình list of $what ($unitName)', ({ unitName }) => {
  let expected: Expected[]
  let slug: string
  let pageUrlOf: (code: string) => string

  beforeAll(async () => {
    ;({ slug, procedures: expected } = await expectedFor(unitName))
    expect(expected.length).toBeGreaterThan(0)
    const canonical = await canonicalOf(`/thu-tuc/${expected[0]?.code}/`)
    pageUrlOf = (code) => canonical.replace(`/thu-tuc/${expected[0]?.code}/`, `/thu-tuc/${code}/`)
  })

  it('PDF: A4 pages listing exactly the expected procedures, grouped by field, each with a QR code to its page', async () => {
    const response = await get(`/don-vi/${slug}/thu-tuc-toan-trinh.pdf`)
    expect(response.status).toBe(200)
    expect(response.type).toContain('application/pdf')
    const pdf = await readPdf(response.bytes)

    for (const size of pdf.sizes) expect(size.map(Math.round)).toEqual([595, 842])
    const all = pdf.text.join(' ')
    expect(pdf.text[0]).toContain(TITLE.toUpperCase())
    expect(pdf.text[0]).toContain(unitName)
    expect(pdf.text[0]).toMatch(/Cập nhật ngày \d{2}\/\d{2}\/\d{4}/)
    // Every page: the table header repeated and «Trang x/y».
    pdf.text.forEach((text, i) => {
      expect(text).toContain('STT Mã thủ tục Tên thủ tục hành chính Mã QR')
      expect(text).toContain(`Trang ${i + 1}/${pdf.pages}`)
    })

    // Exactly the expected codes, in order: by field, then by name.
    expect(all.match(/\b\d\.\d{6}\b/g)).toEqual(expected.map((p) => p.code))
    // Each field's heading comes before its procedures, each procedure's whole name after its code.
    let at = 0
    fieldsOf(expected).forEach((field, i) => {
      const heading = all.indexOf(`${roman(i + 1)}. Lĩnh vực ${field}`, at)
      expect(heading, `heading of field ${i + 1} «${field}»`).toBeGreaterThanOrEqual(at)
      at = heading
      for (const p of expected.filter((e) => e.field === field)) {
        const row = all.indexOf(`${p.code} ${p.name}`, at)
        expect(row, `«${p.code} ${p.name}» under «${field}»`).toBeGreaterThan(at)
        at = row
      }
    })

    // The QR codes: the national portal on the first page, then one per procedure, in the list's order.
    const codes = pdf.qr.flat()
    expect(codes[0]).toBe('https://dichvucong.gov.vn')
    expect(codes.slice(1)).toEqual(expected.map((p) => pageUrlOf(p.code)))
  })

  it('XLSX: a print-ready sheet with the same rows, links to the page and to «Nộp hồ sơ trực tuyến», and a QR image per row', async () => {
    const response = await get(`/don-vi/${slug}/thu-tuc-toan-trinh.xlsx`)
    expect(response.status).toBe(200)
    expect(response.type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    expect(new TextDecoder().decode(response.bytes.slice(0, 2))).toBe('PK')
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(
      response.bytes.buffer.slice(
        response.bytes.byteOffset,
        response.bytes.byteOffset + response.bytes.byteLength,
      ) as ArrayBuffer,
    )
    const sheet = workbook.worksheets[0]
    if (!sheet) throw new Error('no sheet')
    const text = (v: ExcelJS.CellValue) =>
      v && typeof v === 'object' && 'text' in v ? String(v.text) : String(v ?? '')
    expect(text(sheet.getCell('A1').value)).toBe(TITLE.toUpperCase())
    expect(text(sheet.getCell('A2').value)).toBe(unitName)

    // Ready to print: A4 landscape, one page wide, the header row repeated and frozen.
    const headerRow = sheet.getColumn(1).values.findIndex((v) => v === 'STT')
    expect(headerRow).toBeGreaterThan(2)
    expect(sheet.getRow(headerRow).values).toEqual([
      undefined,
      'STT',
      'Mã thủ tục',
      'Tên thủ tục hành chính',
      'Hướng dẫn',
      'Nộp hồ sơ trực tuyến',
      'Mã QR',
    ])
    expect(sheet.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${headerRow}:${headerRow}`,
    })
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: headerRow })

    const rows: { row: number; number: unknown; code: string; name: string; page?: string; portal?: string }[] = []
    const headings: string[] = []
    for (let r = headerRow + 1; r <= sheet.rowCount; r++) {
      const row = sheet.getRow(r)
      const first = row.getCell(1).value
      if (typeof first === 'string') headings.push(first)
      else if (typeof first === 'number') {
        const link = (col: number) => (row.getCell(col).value as ExcelJS.CellHyperlinkValue | null)?.hyperlink
        rows.push({
          row: r,
          number: first,
          code: text(row.getCell(2).value),
          name: text(row.getCell(3).value),
          page: link(4),
          portal: link(5),
        })
        expect(row.getCell(3).alignment?.wrapText).toBe(true)
      }
    }
    expect(headings).toEqual(fieldsOf(expected).map((field, i) => `${roman(i + 1)}. Lĩnh vực ${field}`))
    expect(rows.map((r) => ({ number: r.number, code: r.code, name: r.name, page: r.page, portal: r.portal }))).toEqual(
      expected.map((p, i) => ({
        number: i + 1,
        code: p.code,
        name: p.name,
        page: pageUrlOf(p.code),
        portal: portalUrlOf(p),
      })),
    )

    // One QR image anchored in each procedure row, decoding to that procedure's page.
    const images = sheet.getImages()
    expect(images.map((image) => image.range.tl.nativeRow + 1).sort((a, b) => a - b)).toEqual(rows.map((r) => r.row))
    for (const image of images) {
      const png = PNG.sync.read(Buffer.from(workbook.getImage(Number(image.imageId)).buffer as unknown as Uint8Array))
      const row = rows.find((r) => r.row === image.range.tl.nativeRow + 1)
      expect(decodeQr(png.data, png.width, png.height)).toBe(row?.page)
    }
  })

  it('unit page: a «Thủ tục toàn trình» section with the count and both downloads', async () => {
    const tab = await browser.newPage()
    const errors = watchErrors(tab)
    await tab.goto(`${siteUrl}/don-vi/${slug}/`)
    const section = tab.getByRole('region', { name: 'Thủ tục toàn trình' })
    await expect(section.textContent()).resolves.toContain(`${expected.length} thủ tục hành chính`)
    await expect(section.getByRole('link', { name: 'Tải danh mục (PDF)' }).getAttribute('href')).resolves.toBe(
      `/don-vi/${slug}/thu-tuc-toan-trinh.pdf`,
    )
    await expect(section.getByRole('link', { name: 'Tải danh mục (Excel)' }).getAttribute('href')).resolves.toBe(
      `/don-vi/${slug}/thu-tuc-toan-trinh.xlsx`,
    )
    // Saved under the unit's name, so the lists of several units do not overwrite each other in a download folder.
    await expect(section.getByRole('link', { name: 'Tải danh mục (PDF)' }).getAttribute('download')).resolves.toBe(
      `thu-tuc-toan-trinh-${slug}.pdf`,
    )
    // The share with a guide is on the coverage page (every build renders it), in the unit's row.
    await section.getByRole('link', { name: 'Độ phủ tài liệu hướng dẫn' }).click()
    await tab.waitForURL(`${siteUrl}/thu-tuc/do-phu-huong-dan/#theo-don-vi`)
    await expect(tab.locator(`#bang-don-vi tr[data-unit="${slug}"]`).getAttribute('data-total')).resolves.toBe(
      String(expected.length),
    )
    expect(errors).toEqual([])
    await tab.close()
  })
})

describe('units without a list', () => {
  it.each([
    { what: 'a body that handles no procedure', name: 'Ban Tuyên giáo và Dân vận Tỉnh ủy' },
    { what: 'a former district', name: 'Huyện Sìn Hồ' },
  ])('$what has no section and no files', async ({ name }) => {
    const slug = slugify(name)
    const html = new TextDecoder().decode((await get(`/don-vi/${slug}/`)).bytes)
    expect(html).toContain(name)
    expect(html).not.toContain('Tải danh mục (PDF)')
    expect((await get(`/don-vi/${slug}/thu-tuc-toan-trinh.pdf`)).status).toBe(404)
    expect((await get(`/don-vi/${slug}/thu-tuc-toan-trinh.xlsx`)).status).toBe(404)
  })
})

describe('publishing a material (an incremental build)', () => {
  it('keeps every unit’s lists as they were, and the unit page it renders again still offers them', async () => {
    const { getCmsPayload } = await import('../../cms/lib/getCmsPayload')
    const payload = await getCmsPayload()
    const { slug, procedures } = await expectedFor('Xã Sìn Hồ')
    const lists = (unitSlug: string) => [
      `/don-vi/${unitSlug}/thu-tuc-toan-trinh.pdf`,
      `/don-vi/${unitSlug}/thu-tuc-toan-trinh.xlsx`,
    ]
    const other = 'so-tu-phap'
    const before = new Map(
      await Promise.all([...lists(slug), ...lists(other)].map(async (url) => [url, (await get(url)).bytes] as const)),
    )
    const unit = (await payload.find({ collection: 'units', where: { slug: { equals: slug } }, limit: 1, depth: 0 }))
      .docs[0]
    const procedure = (
      await payload.find({
        collection: 'procedures',
        where: { code: { equals: procedures[0]?.code } },
        limit: 1,
        depth: 0,
      })
    ).docs[0]
    if (!unit || !procedure) throw new Error('seeded unit or procedure missing')

    process.env.SITE_AUTO_REBUILD = '1'
    const created = await payload.create({
      collection: 'materials',
      data: {
        title: `Hướng dẫn nộp hồ sơ trực tuyến tại Xã Sìn Hồ ${Date.now()}`,
        kind: 'leaflet',
        language: 'vi',
        summary: 'Hướng dẫn người dân xã nộp hồ sơ trực tuyến.',
        ownerUnit: unit.id,
        procedures: [procedure.id],
        _status: 'published',
      },
    })
    try {
      await payload.jobs.run({ queue: 'site' })
      const live = fs.realpathSync(e2eEnv.SITE_DIST_DIR)
      const manifest = JSON.parse(
        fs.readFileSync(path.join(path.dirname(live), '.meta', path.basename(live), 'manifest.json'), 'utf8'),
      ) as { mode: string }
      expect(manifest.mode).toBe('incremental')
      for (const [url, bytes] of before) {
        const now = await get(url)
        expect(now.status, url).toBe(200)
        expect(Buffer.from(now.bytes).equals(Buffer.from(bytes)), `${url} unchanged`).toBe(true)
      }
      const html = new TextDecoder().decode((await get(`/don-vi/${slug}/`)).bytes)
      expect(html).toContain(created.title)
      expect(html).toContain(`href="/don-vi/${slug}/thu-tuc-toan-trinh.pdf"`)
      expect(html).toContain(`href="/don-vi/${slug}/thu-tuc-toan-trinh.xlsx"`)
    } finally {
      await payload.delete({ collection: 'materials', id: created.id })
      await (await import('../support/siteBuild')).runSiteJobsAndConsolidate(payload)
      process.env.SITE_AUTO_REBUILD = '0'
    }
  }, 400_000)
})

describe('PDF renderer, for long names and long lists', () => {
  it('wraps every name inside its cell, repeats the header on each page and cuts nothing off', async () => {
    const longName =
      'Liên thông thủ tục hành chính về đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi, ' +
      'kèm xác nhận thông tin về cư trú, cấp bản sao trích lục hộ tịch và giải quyết chế độ hỗ trợ cho người thuộc hộ nghèo, hộ cận nghèo ' +
      'trên địa bàn các xã, phường thuộc tỉnh theo quy định mới nhất của Chính phủ về dịch vụ công trực tuyến toàn trình'
    const unbroken = `Mã-hồ-sơ-${'x'.repeat(90)}`
    const fields = ['Hộ tịch', 'Bảo trợ xã hội', 'Đất đai']
    let number = 0
    const groups: ListGroup[] = fields.map((field, f) => ({
      field,
      rows: Array.from({ length: 20 }, (_, i) => {
        number += 1
        const code = `${f + 1}.${String(100000 + number)}`
        const name = i === 3 ? longName : i === 7 ? `Thủ tục ${unbroken}` : `Thủ tục số ${number} của lĩnh vực ${field}`
        return {
          number,
          code,
          name,
          pageUrl: `https://thuvien.example.vn/thu-tuc/${code}/`,
          portalUrl: `https://dichvucong.gov.vn/?ma_thu_tuc=${code}`,
        }
      }),
    }))
    const bytes = await renderProcedureListPdf({
      unit: {
        name: 'Ủy ban nhân dân xã Thu Lũm',
        hotline: '0213 3881 234',
        oneStopAddress: 'Bản Pa Thắng, xã Thu Lũm, tỉnh Lai Châu (cạnh trường tiểu học, đối diện chợ trung tâm)',
        oneStopHours: null,
      },
      groups,
      updatedOn: '28/11/2026',
      updatedAt: '2026-11-28T02:00:00.000Z',
      publisher: 'Ủy ban nhân dân tỉnh Lai Châu',
      nationalPortal: { name: 'Cổng Dịch vụ công quốc gia', url: 'https://dichvucong.gov.vn' },
    })
    const pdf = await readPdf(bytes)

    expect(pdf.pages).toBeGreaterThan(4)
    pdf.text.forEach((text, i) => {
      expect(text).toContain('STT Mã thủ tục Tên thủ tục hành chính Mã QR')
      expect(text).toContain(`Trang ${i + 1}/${pdf.pages}`)
    })
    expect(pdf.text[0]).not.toContain('Giờ làm việc')
    // Every piece of text inside the A4 page's 36 pt margins.
    const outside = pdf.boxes.filter(
      (b) => b.left < 35.5 || b.right > 595.28 - 35.5 || b.bottom < 30 || b.top > 841.89 - 35.5,
    )
    expect(outside).toEqual([])
    // Each name whole (wrapped lines joined), each code once, fields in order, and a readable QR code per row.
    const all = pdf.text.join(' ')
    const squashed = all.replace(/\s+/g, '')
    for (const row of groups.flatMap((g) => g.rows))
      expect(squashed).toContain(`${row.code}${row.name.replace(/\s+/g, '')}`)
    expect(all.match(/\b\d\.\d{6}\b/g)).toEqual(groups.flatMap((g) => g.rows.map((r) => r.code)))
    expect(all.indexOf('I. Lĩnh vực Hộ tịch')).toBeLessThan(all.indexOf('II. Lĩnh vực Bảo trợ xã hội'))
    expect(all.indexOf('II. Lĩnh vực Bảo trợ xã hội')).toBeLessThan(all.indexOf('III. Lĩnh vực Đất đai'))
    expect(all).toContain('(tiếp theo)')
    expect(pdf.qr.flat()).toEqual(['https://dichvucong.gov.vn', ...groups.flatMap((g) => g.rows.map((r) => r.pageUrl))])
  })
})
